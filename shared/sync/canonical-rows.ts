import { canonicalJson } from './canonical';

/**
 * canonicalJson for many records at once, written for the full export (≈ 78,000 records,
 * 57 M characters). canonicalJson builds the text from millions of small strings and
 * arrays; here each record is copied with its keys in canonical order and the copies
 * go through the engine's own JSON.stringify in one call. The bytes are the same:
 * JSON.stringify writes strings, numbers and keys exactly as canonicalJson does (it
 * calls JSON.stringify for each of them), skips undefined members as canonicalJson does,
 * and writes an object's keys in the order they were added — except keys that are array
 * indices ("0", "12"), which every engine writes first in numeric order, and a member
 * named "__proto__", which an assignment would not create. Rows with either, and values
 * that are not plain data, go through canonicalJson itself (tests/unit/sync/canonical-rows).
 */

class NotPlain extends Error {}

const INDEX = /^(?:0|[1-9]\d{0,9})$/;
const isArrayIndex = (key: string): boolean => INDEX.test(key) && Number(key) < 4294967295;

/**
 * Records of one table share a few key lists (one per optional-field combination), so
 * the sorted order is looked up by the list's first key and compared entry by entry
 * rather than sorted again for every object.
 */
interface KeyOrder {
  keys: string[];
  sorted: string[];
}

export class CanonicalRows {
  private readonly orders = new Map<string, KeyOrder[]>();

  private sortedKeys(keys: string[]): string[] {
    const bucket = this.orders.get(keys[0] ?? '');
    if (bucket) {
      search: for (const order of bucket) {
        if (order.keys.length !== keys.length) continue;
        for (let i = 0; i < keys.length; i++) if (order.keys[i] !== keys[i]) continue search;
        return order.sorted;
      }
    }
    for (const key of keys) {
      const c = key.charCodeAt(0);
      if ((c >= 48 && c <= 57 && isArrayIndex(key)) || key === '__proto__') throw new NotPlain();
    }
    const sorted = [...keys].sort();
    if (!bucket) this.orders.set(keys[0] ?? '', [{ keys, sorted }]);
    else if (bucket.length < 32) bucket.push({ keys, sorted });
    return sorted;
  }

  private copy(value: unknown): unknown {
    if (typeof value !== 'object' || value === null) {
      // canonicalJson writes a function or symbol member as null; JSON.stringify would drop it.
      if (typeof value === 'function' || typeof value === 'symbol') throw new NotPlain();
      return value;
    }
    if (Array.isArray(value)) {
      let plain = true;
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i];
        if (!(i in value) || (typeof item === 'object' && item !== null) || typeof item === 'function' || typeof item === 'symbol') {
          plain = false;
          break;
        }
      }
      if (plain) return value;
      const out = new Array<unknown>(value.length);
      for (let i = 0; i < value.length; i++) {
        if (!(i in value)) throw new NotPlain();
        out[i] = this.copy(value[i]);
      }
      return out;
    }
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) throw new NotPlain();
    const keys = this.sortedKeys(Object.keys(value));
    const out: Record<string, unknown> = {};
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as string;
      out[key] = this.copy((value as Record<string, unknown>)[key]);
    }
    return out;
  }

  /** `rows.map(canonicalJson).join(',')`, the inside of a canonical array of these rows. */
  join(rows: readonly unknown[]): string {
    if (rows.length === 0) return '';
    let copies: unknown[];
    try {
      copies = rows.map((row) => this.copy(row));
    } catch (err) {
      if (!(err instanceof NotPlain)) throw err;
      return rows.map((row) => this.one(row)).join(',');
    }
    return JSON.stringify(copies).slice(1, -1);
  }

  private one(row: unknown): string {
    try {
      return JSON.stringify(this.copy(row)) ?? 'null';
    } catch (err) {
      if (!(err instanceof NotPlain)) throw err;
      return canonicalJson(row);
    }
  }
}
