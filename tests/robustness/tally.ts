import { ErrorCode, RelaisError } from '../../shared/bridge/result';

/** What a robustness run counts; written to docs/robustness.md by scripts/fuzz.ts. */
export interface Tally {
  target: string;
  seed: number;
  tried: number;
  refused: number;
  /** Accepted with the very content that was signed (e.g. a flip in gzip's OS byte): harmless. */
  acceptedUnchanged: number;
  /** Accepted after a mutation re-signed with the device key that still obeys the format. */
  acceptedValid: number;
  /** Accepted although changed and not re-signed: a hole. Must stay 0. */
  acceptedUnexpected: number;
  /** Thrown without a project error code. Must stay 0. */
  untyped: number;
  codes: Record<string, number>;
  /** Which mutations were accepted as still valid (re-signed documents, importable CSV files). */
  acceptedOps: Record<string, number>;
  examples: string[];
  peakRssMb: number;
  seconds: number;
}

export const newTally = (target: string, seed: number): Tally => ({
  target,
  seed,
  tried: 0,
  refused: 0,
  acceptedUnchanged: 0,
  acceptedValid: 0,
  acceptedUnexpected: 0,
  untyped: 0,
  codes: {},
  acceptedOps: {},
  examples: [],
  peakRssMb: 0,
  seconds: 0,
});

/** Counts one refusal; anything that is not a RelaisError with a known code is "untyped". */
export const countError = (t: Tally, err: unknown, what: string): void => {
  if (err instanceof RelaisError && ErrorCode.safeParse(err.code).success) {
    t.refused++;
    t.codes[err.code] = (t.codes[err.code] ?? 0) + 1;
    return;
  }
  t.untyped++;
  if (t.examples.length < 10) t.examples.push(`${what}: ${err instanceof Error ? `${err.name}: ${err.message}` : String(err)}`.slice(0, 200));
};

export const notePeak = (t: Tally): void => {
  t.peakRssMb = Math.max(t.peakRssMb, Math.round(process.memoryUsage().rss / 1048576));
};

/** Replaces the part of a Markdown file between `<!-- name:start -->` and `<!-- name:end -->`. */
export const replaceSection = (doc: string, name: string, body: string): string => {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const a = doc.indexOf(start);
  const b = doc.indexOf(end);
  if (a < 0 || b < a) return `${doc.trimEnd()}\n\n${start}\n${body.trim()}\n${end}\n`;
  return `${doc.slice(0, a + start.length)}\n${body.trim()}\n${doc.slice(b)}`;
};

export const tallyTable = (tallies: readonly Tally[]): string => {
  const row = (t: Tally) =>
    `| ${t.target} | ${t.seed} | ${t.tried} | ${t.refused} | ${t.acceptedUnchanged + t.acceptedValid} | ${t.acceptedUnexpected} | ${t.untyped} | ${t.peakRssMb} MB | ${t.seconds} s |`;
  const codes = (t: Tally) =>
    `- ${t.target}: ${Object.entries(t.codes)
      .sort((a, b) => b[1] - a[1])
      .map(([c, n]) => `\`${c}\` ${n}`)
      .join(', ')}` +
    (Object.keys(t.acceptedOps).length
      ? `; accepted: ${Object.entries(t.acceptedOps)
          .map(([c, n]) => `${c} ${n}`)
          .join(', ')}`
      : '');
  return [
    '| target | seed | tried | refused | accepted (unchanged or still valid) | accepted although altered | untyped | peak RSS | time |',
    '|---|---|---|---|---|---|---|---|---|',
    ...tallies.map(row),
    '',
    ...tallies.map(codes),
  ].join('\n');
};
