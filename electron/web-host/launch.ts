import type { Logger } from '../services/logger';
import { createHost, type Host } from '../host';
import { webHostContext } from './context';
import { startWebHost, type WebHost } from './server';

export interface BrowserHostOptions {
  rendererDir: string;
  dataDir: string;
  token: string;
  log: Logger;
  port?: number;
}

/**
 * The browser mode in one call, for the CLI and the scripts: the host (context, handlers,
 * sync service), the loopback server, and the outbox's drain loop started.
 */
export const launchBrowserHost = async (opts: BrowserHostOptions): Promise<{ host: Host; web: WebHost; close(): Promise<void> }> => {
  const host = createHost(webHostContext(opts.dataDir, opts.log));
  const web = await startWebHost({ rendererDir: opts.rendererDir, handlers: host.handlers, token: opts.token, log: opts.log, port: opts.port });
  host.sync.start();
  return {
    host,
    web,
    close: async () => {
      host.sync.stop();
      await web.close();
    },
  };
};
