import { describe, expect, it } from 'vitest';
import { BridgeFailure, failureCode, failureMessage } from '../../../renderer/src/failure';

// The real class, the one bridge.ts throws: this module has no import-time side effects.
describe('messages for failures', () => {
  it('keeps the code of a bridge refusal', () => {
    expect(failureCode(new BridgeFailure('sync_auth'))).toBe('sync_auth');
  });
  it('does not take an ordinary error named like a bridge refusal for one', () => {
    expect(failureCode(Object.assign(new Error('Hélène'), { name: 'BridgeFailure', code: 'Hélène' }))).toBe('internal');
  });
  it('accepts a known code as is, and nothing else', () => {
    expect(failureCode('sync_offline')).toBe('sync_offline');
    expect(failureCode('Hélène Tremblay')).toBe('internal');
  });
  it('reports a full disk, even when Dexie wraps the browser error', () => {
    expect(failureCode(Object.assign(new Error('quota'), { name: 'QuotaExceededError' }))).toBe('disk_full');
    expect(failureCode({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe('disk_full');
  });
  it('never passes raw error text through', () => {
    expect(failureCode(new Error('Hélène Tremblay, 418-555-0199'))).toBe('internal');
    expect(failureCode(undefined)).toBe('internal');
  });
  it('turns any failure into the translated message of its code, falling back to the general one', () => {
    const messages: Record<string, string> = { 'errors.sync_auth': 'Mot de passe refusé', 'errors.internal': 'Erreur interne' };
    const t = (key: string, o: { defaultValue: string }) => messages[key] ?? o.defaultValue;
    expect(failureMessage(t, new BridgeFailure('sync_auth'))).toBe('Mot de passe refusé');
    expect(failureMessage(t, new BridgeFailure('pdf_failed'))).toBe('Erreur interne');
    expect(failureMessage(t, new Error('Hélène'))).toBe('Erreur interne');
  });
});
