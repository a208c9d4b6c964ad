import type { HandlerTable } from '../../shared/bridge/contract';
import { backupServiceFor } from '../services/backup/service';
import type { HostContext } from './context';

type BackupHandlers = Pick<HandlerTable, 'backup.status' | 'backup.configure' | 'backup.run' | 'backup.open'>;

/** Thin: every handler delegates to the host's one backup service. */
export const backupHandlers = (ctx: HostContext): BackupHandlers => {
  const svc = () => backupServiceFor(ctx);
  return {
    'backup.status': () => svc().status(),
    'backup.configure': (input) => svc().configure(input),
    'backup.run': (input) => svc().run(input),
    'backup.open': async ({ base64, identity, passphrase }) => {
      const opened = await svc().open({ bytes: Buffer.from(base64, 'base64'), identity, passphrase });
      return { createdAt: opened.document.header.createdAt, counts: opened.counts, records: opened.document.records };
    },
  };
};
