import { useState } from 'react';
import type { z } from 'zod';
import { useUi, type NoticeKey } from '../store/ui';

interface RecordFormOptions<V, S extends z.ZodType, F extends string> {
  /** What the fields hold when the form opens, as typed text. */
  initial: V;
  schema: S;
  /** The typed text as the schema expects it (blank → undefined, numbers parsed). */
  toInput(values: V): unknown;
  /** The translated message shown on each field the schema may refuse. */
  messages: Record<F, string>;
  /** Stores what the schema accepted; gives the saved record's id. */
  save(data: z.output<S>): Promise<string>;
  /** Said once saved. */
  saved: NoticeKey;
  /** Where the form goes once saved. */
  done(id: string): void;
}

/**
 * The state of a small record form: what is typed, the per-field errors of the last
 * refused save, and the submit that validates through the schema before saving.
 * Nothing typed is lost on a refusal.
 */
export const useRecordForm = <V extends Record<string, string>, S extends z.ZodType, F extends string>({
  initial,
  schema,
  toInput,
  messages,
  save,
  saved,
  done,
}: RecordFormOptions<V, S, F>) => {
  const notify = useUi((s) => s.notify);
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Partial<Record<F, string>>>({});
  const set = (k: keyof V) => (value: string) => setValues((x) => ({ ...x, [k]: value }));

  const submit = async () => {
    const parsed = schema.safeParse(toInput(values));
    if (!parsed.success) {
      const bad = new Set(parsed.error.issues.map((i) => String(i.path[0])));
      const flagged = (Object.keys(messages) as F[]).filter((k) => bad.has(k));
      setErrors(Object.fromEntries(flagged.map((k) => [k, messages[k]])) as Partial<Record<F, string>>);
      return;
    }
    setErrors({});
    const id = await save(parsed.data);
    notify('success', saved);
    done(id);
  };

  return { values, set, errors, submit };
};
