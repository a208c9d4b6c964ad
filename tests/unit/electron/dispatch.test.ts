import { describe, expect, it } from 'vitest';
import type { HandlerTable } from '../../../shared/bridge/contract';
import { RelaisError } from '../../../shared/bridge/result';
import { dispatch } from '../../../electron/bridge/dispatch';
import type { Logger } from '../../../electron/services/logger';

const recordingLog = () => {
  const lines: string[] = [];
  const log: Logger = {
    info: (e, f) => lines.push(JSON.stringify({ e, ...f })),
    warn: (e, f) => lines.push(JSON.stringify({ e, ...f })),
    error: (e, f) => lines.push(JSON.stringify({ e, ...f })),
  };
  return { lines, log };
};

const table = (over: Partial<HandlerTable>): HandlerTable =>
  ({
    'app.info': async () => ({ version: '1.0.0', shell: 'web', platform: 'linux' }),
    'app.setLanguage': async ({ language }: { language: 'fr' | 'en' }) => ({ language }),
    'file.save': async () => {
      throw new RelaisError('unsupported');
    },
    ...over,
  }) as HandlerTable;

describe('bridge dispatch', () => {
  it('answers a valid call with its validated value', async () => {
    const { log } = recordingLog();
    expect(await dispatch(table({}), 'app.setLanguage', { language: 'en' }, log)).toEqual({ ok: true, value: { language: 'en' } });
  });

  it('refuses unknown channels, including prototype names', async () => {
    const { log } = recordingLog();
    for (const name of ['nope', 'toString', '__proto__', 'constructor']) {
      expect(await dispatch(table({}), name, {}, log)).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    }
  });

  it('refuses invalid input without logging its values', async () => {
    const { log, lines } = recordingLog();
    const r = await dispatch(table({}), 'app.setLanguage', { language: 'Hélène Tremblay 418-555-0199' }, log);
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(lines.join('\n')).not.toContain('Hélène');
    expect(lines.join('\n')).toContain('language');
  });

  it('turns service refusals into their code and crashes into internal, without leaking messages', async () => {
    const { log, lines } = recordingLog();
    expect(await dispatch(table({}), 'file.save', { suggestedName: 'a.pdf', mime: 'application/pdf', base64: '' }, log)).toMatchObject({
      ok: false,
      error: { code: 'unsupported' },
    });
    const crashing = table({
      'app.info': async () => {
        throw new Error('secret: Hélène Tremblay');
      },
    });
    expect(await dispatch(crashing, 'app.info', {}, log)).toEqual({ ok: false, error: { code: 'internal', message: 'internal' } });
    expect(lines.join('\n')).not.toContain('Hélène');
  });

  it('reports a full disk as its own error', async () => {
    const { log } = recordingLog();
    const full = table({
      'app.info': async () => {
        throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
      },
    });
    expect(await dispatch(full, 'app.info', {}, log)).toMatchObject({ ok: false, error: { code: 'disk_full' } });
  });

  it('refuses a handler output that breaks the contract', async () => {
    const { log } = recordingLog();
    const wrong = table({ 'app.info': async () => ({ version: 1 }) as never });
    expect(await dispatch(wrong, 'app.info', {}, log)).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});
