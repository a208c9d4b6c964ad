/**
 * The translated-message code for a failure nobody handled: a bridge refusal keeps its
 * code, a full disk (IndexedDB's QuotaExceededError, possibly wrapped by Dexie) gets
 * 'disk_full', anything else 'internal'. Raw error text is never shown: it could hold
 * personal data.
 */
export const failureCode = (reason: unknown): string => {
  if (reason instanceof Error && reason.name === 'BridgeFailure' && 'code' in reason && typeof reason.code === 'string') return reason.code;
  const r = reason as { name?: string; inner?: { name?: string } } | null;
  if (r?.name === 'QuotaExceededError' || r?.inner?.name === 'QuotaExceededError') return 'disk_full';
  return 'internal';
};
