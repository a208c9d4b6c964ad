import { describe, expect, it } from 'vitest';
import type { RecordBase } from '../../../shared/model/base';
import { compareVersions, differingFields, mergeVersion, nextVersion, resolveFields, type RecordState } from '../../../shared/sync/merge';

type Row = RecordBase & { name?: string; phone?: string };

const stamp = (n: number, dev: string) => `${String(1_760_000_000_000 + n).padStart(13, '0')}-00000-${dev}`;

/** A version written by `dev` at time n on top of `basis`. */
const write = (dev: string, n: number, basis: Row[], fields: Partial<Row> = {}): Row => {
  const s = stamp(n, dev);
  return {
    id: '01JRECORD000000001',
    createdAt: '2025-10-01T00:00:00.000Z',
    updatedAt: '2025-10-01T00:00:00.000Z',
    deviceId: dev,
    stamp: s,
    vv: nextVersion(basis, dev, s),
    ...fields,
  };
};

const fold = (versions: Row[]): RecordState<Row> =>
  versions.reduce<RecordState<Row>>((st, v) => mergeVersion(st, v).state, { current: undefined, conflict: null });

describe('merge rules', () => {
  const v1 = write('laptopA', 1, [], { name: 'Alpha' });
  const a2 = write('laptopA', 2, [v1], { name: 'Alpha', phone: '418 555-0101' });
  const a3 = write('laptopA', 3, [a2], { name: 'Alpha A', phone: '418 555-0101' });
  const b2 = write('laptopB', 2, [v1], { name: 'Alpha B' });

  it('a change made on one side is taken, even when its middle version never left the laptop', () => {
    expect(compareVersions(v1.vv ?? {}, a3.vv ?? {})).toBe('before');
    const r = mergeVersion({ current: v1, conflict: null }, a3);
    expect(r.outcome).toBe('updated');
    expect(r.state).toEqual({ current: a3, conflict: null });
  });

  it('an older or identical version changes nothing', () => {
    expect(mergeVersion({ current: a3, conflict: null }, v1).outcome).toBe('older');
    expect(mergeVersion({ current: a3, conflict: null }, a3).outcome).toBe('same');
  });

  it('two devices changing the same version is a conflict with both kept', () => {
    const r = mergeVersion({ current: a3, conflict: null }, b2);
    expect(r.outcome).toBe('conflict');
    expect(r.state.conflict).toEqual([b2, a3]);
    expect(r.state.current).toBe(a3);
    expect(differingFields(r.state.conflict ?? [])).toEqual(['name', 'phone']);
  });

  it('an edit against a deletion is a conflict; a deletion on top of the version held propagates', () => {
    const del = write('laptopB', 4, [v1], { deleted: 1 });
    expect(mergeVersion({ current: a3, conflict: null }, del).outcome).toBe('conflict');
    const del2 = write('laptopB', 5, [a3], { deleted: 1 });
    expect(mergeVersion({ current: a3, conflict: null }, del2)).toMatchObject({ outcome: 'updated', state: { current: { deleted: 1 } } });
  });

  it('a resolution includes every version of the conflict and ends it wherever it arrives', () => {
    const both = fold([a3, b2]).conflict ?? [];
    const fields = resolveFields(both, 1, { name: 0 });
    expect(fields).toMatchObject({ name: 'Alpha B', phone: '418 555-0101' });
    const resolved = write('central', 9, both, fields as Partial<Row>);
    expect(fold([v1, a3, b2, resolved])).toEqual({ current: resolved, conflict: null });
    expect(fold([resolved, b2, a3])).toEqual({ current: resolved, conflict: null });
  });

  it('any order of arrival, with repeats, gives the same state', () => {
    const c4 = write('laptopC', 4, [a2], { name: 'Alpha C' });
    const versions = [v1, a2, a3, b2, c4];
    const reference = fold(versions);
    expect(reference.conflict?.map((v) => v.stamp)).toEqual([b2.stamp, a3.stamp, c4.stamp]);
    const perms = [[...versions].reverse(), [c4, v1, b2, a3, a2, b2], [a2, c4, a3, v1, b2, v1, c4]];
    for (const p of perms) expect(fold(p)).toEqual(reference);
  });

  it('records written before format 1.4 (no vector) still compare by their own stamp', () => {
    const old1: Row = { ...v1, vv: undefined };
    const old2: Row = { ...v1, stamp: stamp(7, 'laptopA'), vv: undefined };
    expect(mergeVersion({ current: old1, conflict: null }, old2).outcome).toBe('updated');
  });
});
