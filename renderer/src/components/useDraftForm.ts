import { useState } from 'react';
import { useUi } from '../store/ui';
import { focusFirstInvalid } from './focusFirstInvalid';
import { useDraft } from './useDraft';

/**
 * A long record form kept as a draft while it is typed (see useDraft): what is typed,
 * a setter per field that marks the draft touched, and what a refused save does.
 */
export const useDraftForm = <T extends object>(key: string, initial: () => T) => {
  const notify = useUi((s) => s.notify);
  const [form, setForm] = useState<T>(initial);
  const draft = useDraft(key, form, setForm);
  const set =
    <K extends keyof T>(k: K) =>
    (v: T[K]) => {
      draft.markTouched();
      setForm((f) => ({ ...f, [k]: v }));
    };
  /** A refused save keeps what was typed (the draft is stored), says so, and takes the keyboard to the first field to fix. */
  const refuse = async (ns: string) => {
    await draft.keep();
    notify('error', { key: 'form.fixErrors', ns });
    focusFirstInvalid();
  };
  return { form, setForm, set, draft, refuse };
};
