import type { ReactNode } from 'react';
import { FormActions } from './FormActions';

export interface EditFormProps {
  className?: string;
  /** Validates and saves; a refusal stays on the form with its fields flagged. */
  onSubmit(): Promise<void>;
  saveLabel: string;
  leaveLabel: string;
  onLeave(): void;
  children: ReactNode;
}

/**
 * A record's edit form with its save bar. The browser's own validation is off: the
 * schema judges, and its refusals are shown translated on each field.
 */
export const EditForm = ({ className, onSubmit, children, ...actions }: EditFormProps) => (
  <form
    className={className}
    noValidate
    onSubmit={(e) => {
      e.preventDefault();
      void onSubmit();
    }}
  >
    {children}
    <FormActions {...actions} />
  </form>
);
