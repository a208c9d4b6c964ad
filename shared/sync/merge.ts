import type { RecordBase } from '../model/base';

/**
 * Merge rules for bundles (pure; used by the central office and by laptops receiving
 * from it). Each record version carries a version vector: for every device that changed
 * it, the stamp of that device's latest change in the version's history. Comparing two
 * vectors tells whether one version already includes the other (an update: take the
 * newer) or neither does (both changed since the version they shared: a conflict).
 *
 * Plain last-writer-wins cannot tell those apart, and a single "previous stamp" field
 * cannot either once a laptop changes a record twice between bundles (the middle version
 * never leaves the laptop), which is why the vector keeps one entry per device.
 *
 * A record's state at a receiver is the set of its "heads": the versions that no other
 * known version includes. One head is the normal case; two or more is a conflict. The
 * heads are the maximal elements of every version ever received, so they do not depend
 * on the order bundles arrive in, nor on receiving one twice. The row shown (current) is
 * the head with the highest stamp, again independent of order.
 */
export type VersionVector = Readonly<Record<string, string>>;

export const vvOf = (r: Pick<RecordBase, 'vv' | 'deviceId' | 'stamp'>): VersionVector => r.vv ?? { [r.deviceId]: r.stamp };

export type Order = 'equal' | 'before' | 'after' | 'concurrent';

/** a ≤ b: every change a knows of, b knows of too. */
const includedIn = (a: VersionVector, b: VersionVector): boolean => {
  for (const [device, stamp] of Object.entries(a)) {
    const other = b[device];
    if (other === undefined || other < stamp) return false;
  }
  return true;
};

/** How version a relates to version b. */
export const compareVersions = (a: VersionVector, b: VersionVector): Order => {
  const ab = includedIn(a, b);
  const ba = includedIn(b, a);
  if (ab && ba) return 'equal';
  if (ab) return 'before';
  if (ba) return 'after';
  return 'concurrent';
};

/** Every change either vector knows of. */
export const joinVersions = (...vs: VersionVector[]): Record<string, string> => {
  const out: Record<string, string> = {};
  for (const v of vs)
    for (const [device, stamp] of Object.entries(v)) {
      const cur = out[device];
      if (cur === undefined || stamp > cur) out[device] = stamp;
    }
  return out;
};

/** The vector of a local change made by `deviceId` at `stamp` on top of `basis` (none: a new record). */
export const nextVersion = (basis: readonly Pick<RecordBase, 'vv' | 'deviceId' | 'stamp'>[], deviceId: string, stamp: string): Record<string, string> => ({
  ...joinVersions(...basis.map(vvOf)),
  [deviceId]: stamp,
});

export type MergeOutcome = 'new' | 'updated' | 'same' | 'older' | 'conflict';

export interface RecordState<R extends RecordBase> {
  /** The row the table holds (undefined: never seen). */
  current: R | undefined;
  /** Two or more concurrent versions when in conflict, else null. */
  conflict: R[] | null;
}

const byStamp = <R extends RecordBase>(a: R, b: R): number => (a.stamp < b.stamp ? -1 : a.stamp > b.stamp ? 1 : 0);

/**
 * Folds one incoming version into a record's state. Nothing is dropped silently: a
 * version is discarded only when a version already held includes it (its change is in
 * there); two concurrent versions are both kept as a conflict, an edit against a
 * deletion included.
 */
export const mergeVersion = <R extends RecordBase>(state: RecordState<R>, incoming: R): { state: RecordState<R>; outcome: MergeOutcome } => {
  const heads = state.conflict ?? (state.current ? [state.current] : []);
  if (!heads.length) return { state: { current: incoming, conflict: null }, outcome: 'new' };
  const inV = vvOf(incoming);
  const kept: R[] = [];
  for (const head of heads) {
    const order = compareVersions(inV, vvOf(head));
    if (order === 'equal') return { state, outcome: 'same' };
    if (order === 'before') return { state, outcome: 'older' };
    if (order === 'concurrent') kept.push(head);
  }
  const next = [...kept, incoming].sort(byStamp);
  const current = next[next.length - 1] as R;
  if (next.length === 1) return { state: { current, conflict: null }, outcome: 'updated' };
  return { state: { current, conflict: next }, outcome: 'conflict' };
};

/** Bookkeeping fields: never compared or chosen field by field. */
export const BOOKKEEPING = new Set(['id', 'createdAt', 'updatedAt', 'deviceId', 'stamp', 'vv', 'deleted']);

/** Fields whose values differ between the versions of a conflict, for the side-by-side view. */
export const differingFields = (versions: readonly RecordBase[]): string[] => {
  const keys = new Set<string>();
  for (const v of versions) for (const k of Object.keys(v)) if (!BOOKKEEPING.has(k)) keys.add(k);
  const json = (x: unknown) => JSON.stringify(x ?? null);
  return [...keys].filter((k) => versions.some((v) => json((v as Record<string, unknown>)[k]) !== json((versions[0] as Record<string, unknown>)[k]))).sort();
};

/**
 * The fields of a resolution: start from the chosen version and take each listed field
 * from the version picked for it. The caller stamps it as a new local change whose basis
 * is every version of the conflict, so it includes them all and ends the conflict
 * everywhere it travels.
 */
export const resolveFields = (versions: readonly RecordBase[], base: number, picks: Readonly<Record<string, number>> = {}): Record<string, unknown> => {
  const from = versions[base] as Record<string, unknown> | undefined;
  if (!from) throw new Error('no such version');
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(from)) if (!BOOKKEEPING.has(k) || k === 'id') out[k] = v;
  for (const [field, index] of Object.entries(picks)) {
    const src = versions[index] as Record<string, unknown> | undefined;
    if (!src || BOOKKEEPING.has(field)) continue;
    if (src[field] === undefined) delete out[field];
    else out[field] = src[field];
  }
  return out;
};
