import { contract, isChannelName, type HandlerTable } from '../../shared/bridge/contract';
import { fail, ok, RelaisError, type Result } from '../../shared/bridge/result';
import type { Logger } from '../services/logger';

/**
 * The single entry point both transports call: checks the channel exists, validates the
 * input, runs the handler, validates the output, and turns every failure into a result
 * with a code. Error details are logged by code and channel only: inputs can hold
 * personal data and are never logged.
 */
export async function dispatch(handlers: HandlerTable, channel: string, raw: unknown, log: Logger): Promise<Result<unknown>> {
  if (!isChannelName(channel)) return fail('unknown_channel');
  const spec = contract[channel];
  const parsed = spec.input.safeParse(raw);
  if (!parsed.success) {
    const paths = parsed.error.issues.map((i) => i.path.join('.') || '(root)').slice(0, 5);
    log.warn('bridge.invalid_input', { channel, paths });
    return fail('invalid_input', `invalid fields: ${paths.join(', ')}`);
  }
  try {
    const handler = handlers[channel] as (input: unknown) => Promise<unknown>;
    const value = await handler(parsed.data);
    return ok(spec.output.parse(value));
  } catch (err) {
    if (err instanceof RelaisError) {
      log.warn('bridge.refused', { channel, code: err.code });
      return fail(err.code, err.message);
    }
    const code = (err as NodeJS.ErrnoException | undefined)?.code;
    if (code === 'ENOSPC') {
      log.error('bridge.disk_full', { channel });
      return fail('disk_full');
    }
    log.error('bridge.internal', { channel, kind: err instanceof Error ? err.name : typeof err });
    return fail('internal');
  }
}
