import { describe, expect, it } from 'vitest';
import { failureCode } from '../../../renderer/src/app/failureCode';

class BridgeFailure extends Error {
  override name = 'BridgeFailure';
  constructor(readonly code: string) {
    super(code);
  }
}

describe('messages for unhandled failures', () => {
  it('keeps the code of a bridge refusal', () => {
    expect(failureCode(new BridgeFailure('sync_auth'))).toBe('sync_auth');
  });
  it('reports a full disk, even when Dexie wraps the browser error', () => {
    expect(failureCode(Object.assign(new Error('quota'), { name: 'QuotaExceededError' }))).toBe('disk_full');
    expect(failureCode({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe('disk_full');
  });
  it('never passes raw error text through', () => {
    expect(failureCode(new Error('Hélène Tremblay, 418-555-0199'))).toBe('internal');
    expect(failureCode(undefined)).toBe('internal');
  });
});
