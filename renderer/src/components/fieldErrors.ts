import type { TFunction } from 'i18next';
import { formatNumber } from '../../../shared/format/numbers';
import type { UiLanguage } from '../../../shared/model/enums';

/** Field key → translated message; keys are the schema path ("notes", "consents.bank.date"). */
export type FieldErrors = Record<string, string>;

interface Issue {
  code: string;
  path: readonly PropertyKey[];
  maximum?: number | bigint;
  origin?: string;
  format?: string;
}

const valueAt = (values: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>((v, k) => (v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined), values);

/**
 * Turns a schema's refusal into one message per field, in the UI language, stating the
 * limit ("at most 5 000 characters, it has 10 000"), so a refused save points at the
 * field instead of "correct the flagged fields" with nothing flagged. A list item
 * ("trajectories.2") is reported on its list's field.
 */
export function fieldErrors(issues: readonly Issue[], values: unknown, tf: TFunction, lang: UiLanguage): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of issues) {
    const strings = issue.path.filter((k): k is string => typeof k === 'string');
    const key = strings.join('.');
    if (!key || out[key]) continue;
    const last = strings[strings.length - 1] ?? '';
    const max = issue.maximum === undefined ? 0 : Number(issue.maximum);
    const itemOfList = typeof issue.path[issue.path.length - 1] === 'number';
    if (issue.code === 'too_big' && issue.origin === 'string') {
      const v = valueAt(values, issue.path);
      const count = typeof v === 'string' ? v.trim().length : max + 1;
      out[key] = itemOfList
        ? tf('itemTooLong', { max: formatNumber(max, lang) })
        : tf('tooLong', { max: formatNumber(max, lang), count: formatNumber(count, lang) } as Record<string, string>);
    } else if (issue.code === 'too_big') out[key] = tf('tooMany', { max: formatNumber(max, lang) });
    else if (/date$|expires$|At$/i.test(last)) out[key] = tf('invalidDate');
    else out[key] = tf('invalid');
  }
  return out;
}
