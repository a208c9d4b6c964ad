/**
 * Structured logging that carries event names, channel names and codes only. Callers
 * must never pass personal data; the fields are restricted to short scalars to make that
 * hard to do by accident.
 */
export type LogFields = Record<string, string | number | boolean | string[] | undefined>;

export interface Logger {
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
}

export const consoleLogger = (quiet = false): Logger => {
  const write = (level: string, event: string, fields?: LogFields) => {
    if (quiet && level === 'info') return;
    process.stderr.write(`${JSON.stringify({ t: new Date().toISOString(), level, event, ...fields })}\n`);
  };
  return {
    info: (e, f) => write('info', e, f),
    warn: (e, f) => write('warn', e, f),
    error: (e, f) => write('error', e, f),
  };
};

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };
