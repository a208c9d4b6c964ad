import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../shared/sync/canonical';
import { CanonicalRows } from '../../../shared/sync/canonical-rows';

const expectSame = (rows: unknown[]) => expect(new CanonicalRows().join(rows)).toBe(rows.map(canonicalJson).join(','));

describe('CanonicalRows', () => {
  it('writes rows exactly as canonicalJson does, keys sorted at every depth', () => {
    expectSame([
      { z: 1, a: 'é « x »', m: { y: [3, { b: 2, a: 1 }], x: null }, e: undefined, s: '\u2028\ud800"\\', n: -0, big: 1e21, nan: NaN },
      { a: 1, z: 1, m: { x: null, y: [] } },
      { stamp: 's', vv: { '01JDEVICE': 'a', '0xdev': 'b', Device: 'c', device: 'd' }, list: ['b', 'a', undefined, null, true] },
    ]);
  });

  it('keeps one sorted order per key list, even when rows share a first key', () => {
    const cr = new CanonicalRows();
    const rows = [
      { id: 1, b: 2, a: 3 },
      { id: 1, a: 3 },
      { id: 1, c: 0, b: 2, a: 3 },
      { id: 1, b: 2, a: 3 },
    ];
    expect(cr.join(rows)).toBe(rows.map(canonicalJson).join(','));
    expect(cr.join(rows.slice().reverse())).toBe(rows.slice().reverse().map(canonicalJson).join(','));
  });

  it('falls back to canonicalJson where the engine would order or drop members differently', () => {
    // Array-index keys come first in numeric order in every engine; canonical order is by code units.
    expectSame([{ b: 1, 10: 'ten', 9: 'nine', 0: 'zero' }]);
    // An own "__proto__" member (as JSON.parse creates it) is data, not a prototype.
    expectSame([JSON.parse('{"b":1,"__proto__":{"x":1}}') as unknown]);
    // Functions and symbols are written as null by canonicalJson, dropped by JSON.stringify.
    expectSame([{ a: 1, f: () => 1, s: Symbol('x') }, [() => 1]]);
    // Holes, dates and objects without a prototype.
    // eslint-disable-next-line no-sparse-arrays
    expectSame([{ a: [1, , 3] }]);
    expectSame([{ d: new Date(0), n: Object.assign(Object.create(null) as object, { b: 1, a: 2 }) }]);
    expectSame([null, 'text', 3, undefined]);
  });

  it('writes nothing for no rows', () => {
    expect(new CanonicalRows().join([])).toBe('');
  });
});
