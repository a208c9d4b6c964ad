/** After a refused save, takes the keyboard (and screen reader) to the first field to fix. */
export const focusFirstInvalid = (): void => {
  requestAnimationFrame(() => document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
};
