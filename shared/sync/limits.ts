/**
 * Hard limits of the bundle reader (docs/bundle-format.md, "Limits").
 *
 * The largest bank Relais is built for, 20,000 partners with their contacts, requests and
 * history, is ≈ 50 MB of canonical JSON (bench/node/bundle.bench.ts). The reader refuses
 * to inflate more than 128 MiB (≈ 2.5× that), so a compressed bomb stops there, before
 * anything is parsed. A legitimate bank that grows past it needs this number raised and a
 * new release, which is the point: the limit is a decision, not an accident.
 */
export const MAX_BUNDLE_JSON_BYTES = 128 * 1024 * 1024;

/**
 * Deepest nesting of arrays and objects a bundle may have. A real document goes
 * document → records → table → row → field → item → member (7); 32 leaves room for
 * later minors without letting 10,000 levels reach a recursive parser or validator.
 */
export const MAX_BUNDLE_DEPTH = 32;
