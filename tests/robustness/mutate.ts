import type { Rng } from '../../shared/demo/prng';

/**
 * Seeded mutations, the kind a fuzzer or a bad disk makes: flipped bits, bytes set,
 * inserted, deleted or repeated, cut-offs, junk, and tokens chosen to hurt parsers.
 */
const NASTY = [
  '{"__proto__":{"polluted":1},',
  '"constructor":{"prototype":{"x":1}},',
  '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[',
  '1e999',
  '-0',
  '1.0',
  '"\\ud800"',
  '"\\u0000"',
  ',"signature":{"alg":"Ed25519"}',
  'null,null,null,null',
  '\uFEFF',
  ' ',
  '"=cmd|/c calc!A1"',
  '\r\n',
  ';;;;',
  '"""',
  'ᐄᔨᔨᐤ',
  '\u0000',
];

export type ByteMutation = { op: string; bytes: Uint8Array };

export const mutateBytes = (rng: Rng, input: Uint8Array): ByteMutation => {
  const b = Buffer.from(input);
  const at = () => rng.int(0, Math.max(0, b.length - 1));
  const ops: [string, () => Buffer][] = [
    [
      'flip-bit',
      () => {
        const out = Buffer.from(b);
        const i = at();
        out[i] = (out[i] ?? 0) ^ (1 << rng.int(0, 7));
        return out;
      },
    ],
    [
      'flip-bits',
      () => {
        const out = Buffer.from(b);
        for (let n = rng.int(2, 16); n > 0; n--) {
          const i = at();
          out[i] = (out[i] ?? 0) ^ (1 << rng.int(0, 7));
        }
        return out;
      },
    ],
    [
      'set-byte',
      () => {
        const out = Buffer.from(b);
        out[at()] = rng.int(0, 255);
        return out;
      },
    ],
    [
      'insert',
      () => {
        const i = at();
        const junk = Buffer.from(Array.from({ length: rng.int(1, 64) }, () => rng.int(0, 255)));
        return Buffer.concat([b.subarray(0, i), junk, b.subarray(i)]);
      },
    ],
    [
      'delete',
      () => {
        const i = at();
        return Buffer.concat([b.subarray(0, i), b.subarray(Math.min(b.length, i + rng.int(1, 256)))]);
      },
    ],
    [
      'repeat',
      () => {
        const i = at();
        const piece = b.subarray(i, i + rng.int(1, 512));
        return Buffer.concat([b.subarray(0, i), piece, piece, b.subarray(i + piece.length)]);
      },
    ],
    ['truncate', () => b.subarray(0, at())],
    ['append', () => Buffer.concat([b, Buffer.from(Array.from({ length: rng.int(1, 128) }, () => rng.int(0, 255)))])],
    [
      'nasty-token',
      () => {
        const i = at();
        return Buffer.concat([b.subarray(0, i), Buffer.from(rng.pick(NASTY), 'utf8'), b.subarray(i + (rng.chance(0.5) ? 0 : rng.int(1, 8)))]);
      },
    ],
    ['empty', () => Buffer.alloc(0)],
  ];
  const [op, make] = rng.weighted(ops.map((o, i) => [o, i === ops.length - 1 ? 0.2 : 1] as const));
  return { op, bytes: make() };
};

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

const randomJson = (rng: Rng, depth = 0): Json =>
  rng.pick<() => Json>([
    () => null,
    () => rng.chance(0.5),
    () => rng.pick([0, -1, 1e308, 2 ** 53 + 1, 3.5, -0.0001]),
    () => rng.pick(['', 'x', '1970-01-01', 'ᐄᔨᔨᐤ', 'a'.repeat(rng.int(1, 5000)), '__proto__']),
    () => (depth > 3 ? [] : Array.from({ length: rng.int(0, 3) }, () => randomJson(rng, depth + 1))),
    () => (depth > 3 ? {} : Object.fromEntries(Array.from({ length: rng.int(0, 3) }, (_, i) => [`k${i}`, randomJson(rng, depth + 1)]))),
  ])();

/** Every object or array inside a document, with the key that reaches it. */
const containers = (root: Json): (Json[] | { [k: string]: Json })[] => {
  const out: (Json[] | { [k: string]: Json })[] = [];
  const walk = (v: Json) => {
    if (v === null || typeof v !== 'object') return;
    out.push(v);
    for (const child of Array.isArray(v) ? v : Object.values(v)) walk(child);
  };
  walk(root);
  return out;
};

/**
 * Structural mutations of a parsed document (the caller re-signs it, so only the reader's
 * own rules can refuse it). `mustRefuse`: the result breaks the format whatever the
 * values (an unknown member, counts that lie, nesting past the limit); dropping or
 * retyping a member may leave a valid document.
 */
export const mutateJson = (rng: Rng, doc: Json): { op: string; doc: Json; mustRefuse: boolean } => {
  const copy = JSON.parse(JSON.stringify(doc)) as Json;
  const all = containers(copy);
  const target = rng.pick(all);
  const keys = Array.isArray(target) ? target.map((_, i) => String(i)) : Object.keys(target);
  let op = rng.pick(['add-member', 'drop-member', 'retype', 'nest', 'counts']);
  let mustRefuse = op === 'nest';
  const set = (k: string, v: Json) => {
    if (Array.isArray(target)) target[Number(k)] = v;
    else target[k] = v;
  };
  if (op === 'add-member' || keys.length === 0) {
    op = 'add-member';
    mustRefuse = false;
    if (Array.isArray(target)) target.push(randomJson(rng));
    else {
      // defineProperty, so "__proto__" becomes an own member as JSON.parse would make it.
      Object.defineProperty(target, rng.pick(['extra', '__proto__', 'constructor', 'admin']), {
        value: randomJson(rng),
        enumerable: true,
        writable: true,
        configurable: true,
      });
      mustRefuse = true;
    }
  } else if (op === 'drop-member') {
    const k = rng.pick(keys);
    if (Array.isArray(target)) target.splice(Number(k), 1);
    else delete target[k];
  } else if (op === 'retype') {
    const k = rng.pick(keys);
    const before = Array.isArray(target) ? target[Number(k)] : target[k];
    let v = randomJson(rng);
    for (let n = 0; n < 5 && typeof v === typeof before && v !== null; n++) v = randomJson(rng);
    set(k, v);
  } else if (op === 'nest') {
    let deep: Json = 0;
    for (let n = rng.int(40, 1000); n > 0; n--) deep = [deep];
    set(rng.pick(keys), deep);
  } else {
    const header = (copy as { header?: { counts?: Record<string, { records: number }> } }).header;
    const t = header?.counts && rng.pick(Object.keys(header.counts));
    if (t && header?.counts?.[t]) {
      header.counts[t].records += rng.pick([-1, 1, 1000]);
      mustRefuse = true;
    }
  }
  return { op: `json:${op}`, doc: copy, mustRefuse };
};
