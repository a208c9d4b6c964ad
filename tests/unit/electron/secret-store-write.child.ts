// Run by secret-store.test.ts under strace: writes one secret and exits.
import { fileSecretStore } from '../../../electron/services/secret-store';

const [dir] = process.argv.slice(2) as [string];
void fileSecretStore(dir).set('device-key', 'une clé inventée');
