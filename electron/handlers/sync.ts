import type { HandlerTable } from '../../shared/bridge/contract';
import type { HostContext } from './context';

type SyncHandlers = Pick<HandlerTable, never>;

/** Filled in by the sync slice. */
export const syncHandlers = (_ctx: HostContext): SyncHandlers => ({});
