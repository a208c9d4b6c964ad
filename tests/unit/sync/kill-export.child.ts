// Run by kill-export.test.ts in its own process: exports one bundle and stops dead
// between the flushed temporary file and the rename, waiting to be killed.
import { fileSecretStore } from '../../../electron/services/secret-store';
import { silentLogger } from '../../../electron/services/logger';
import { SyncService } from '../../../electron/services/sync/service';
import { DEVICE, partner } from './fixtures';

const [dataDir, recipient] = process.argv.slice(2) as [string, string];

const main = async () => {
  const svc = new SyncService(
    { dataDir, secrets: fileSecretStore(dataDir), log: silentLogger },
    {
      beforeRename: (path) => {
        if (!path.endsWith('.age')) return Promise.resolve();
        process.stdout.write('AT_RENAME\n');
        return new Promise<void>(() => undefined);
      },
    },
  );
  await svc.setCentralKey(recipient, null);
  await svc.exportBundle({ full: false, sinceStamp: null, deviceId: DEVICE, establishment: 'X', records: { partners: [partner(1), partner(2)] } });
};

void main();
