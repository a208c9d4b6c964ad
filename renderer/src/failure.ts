import { ErrorCode } from '../../shared/bridge/result';

/**
 * A refusal from the main process, carrying only its error code (never text that could
 * hold personal data). This module has no import-time side effects, so tests import the
 * real class (bridge.ts, which reads `window`, re-exports it).
 */
export class BridgeFailure extends Error {
  override name = 'BridgeFailure';
  constructor(readonly code: string) {
    super(code);
  }
}

/**
 * The one way an error becomes a message code: a bridge refusal keeps its code, a known
 * code passed as a string stays itself, a full disk (IndexedDB's QuotaExceededError,
 * possibly wrapped by Dexie) gives 'disk_full', anything else 'internal'. Raw error text is
 * never shown: it could hold personal data.
 */
export const failureCode = (reason: unknown): string => {
  if (reason instanceof BridgeFailure) return reason.code;
  if (typeof reason === 'string') return ErrorCode.safeParse(reason).success ? reason : 'internal';
  const r = reason as { name?: string; inner?: { name?: string } } | null;
  if (r?.name === 'QuotaExceededError' || r?.inner?.name === 'QuotaExceededError') return 'disk_full';
  return 'internal';
};

type Translate = (key: string, options: { defaultValue: string }) => string;

/** The user's message for any error or code, from the namespace `t` is bound to (errors.<code>). */
export const failureMessage = (t: Translate, reason: unknown): string =>
  t(`errors.${failureCode(reason)}`, { defaultValue: t('errors.internal', { defaultValue: 'errors.internal' }) });
