import type { HandlerTable } from '../../shared/bridge/contract';
import type { HostContext } from './context';

type PdfHandlers = Pick<HandlerTable, never>;

/** Filled in by the printables slice. */
export const pdfHandlers = (_ctx: HostContext): PdfHandlers => ({});
