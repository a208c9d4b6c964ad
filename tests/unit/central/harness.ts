import 'fake-indexeddb/auto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dispatch } from '../../../electron/bridge/dispatch';
import { createHost } from '../../../electron/host';
import type { HostContext } from '../../../electron/handlers/context';
import { silentLogger } from '../../../electron/services/logger';
import { fileSecretStore } from '../../../electron/services/secret-store';
import type { SyncService, SyncServiceOptions } from '../../../electron/services/sync/service';
import { loadDeviceClock } from '../../../renderer/src/db/clock';
import { openDb, type RelaisDb } from '../../../renderer/src/db/db';
import { Records } from '../../../renderer/src/db/records';
import { receiveAll, type Call } from '../../../renderer/src/screens/central/receiveLoop';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../../shared/bridge/contract';
import { PartnerFields } from '../../../shared/model/partner';
import { tableNames, type TableName } from '../../../shared/model/tables';

/**
 * Laptops and a central office as the app runs them: each has its own main-process data
 * folder and handler table (called through the real dispatch, as the bridge does) and its
 * own IndexedDB (fake-indexeddb). Bundles go through the real export, the real outbox and
 * folder delivery, the real inbox scan, decryption, signature and device checks, and the
 * renderer's merge. Nothing writes a database directly except through Records.
 */
const dirs: string[] = [];
export const tmp = (prefix: string): string => {
  const d = mkdtempSync(join(tmpdir(), `relais-${prefix}-`));
  dirs.push(d);
  return d;
};
export const cleanupAll = () => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
};

let wall = Date.UTC(2026, 10, 2, 14);
/** One clock for every simulated machine, moving forward a second per write. */
const tick = () => (wall += 1000);

export class Machine {
  readonly ctx: HostContext;
  readonly call: Call;
  readonly sync: SyncService;
  constructor(
    readonly db: RelaisDb,
    readonly records: Records,
    syncOptions?: SyncServiceOptions,
  ) {
    const dataDir = tmp('host');
    this.ctx = { shell: 'web', version: '0.0.0', dataDir, log: silentLogger, secrets: fileSecretStore(dataDir) };
    const host = createHost(this.ctx, { sync: syncOptions });
    this.sync = host.sync;
    const handlers = host.handlers;
    this.call = (async <K extends ChannelName>(channel: K, input: ChannelInput<K>): Promise<ChannelOutput<K>> => {
      const r = await dispatch(handlers, channel, input, silentLogger);
      if (!r.ok) throw Object.assign(new Error(r.error.code), { code: r.error.code });
      return r.value as ChannelOutput<K>;
    }) as Call;
  }

  static async make(syncOptions?: SyncServiceOptions): Promise<Machine> {
    const db = openDb(`relais-${Math.random()}`);
    await db.open();
    return new Machine(db, new Records(db, await loadDeviceClock(db, tick), () => new Date(wall)), syncOptions);
  }

  get deviceId(): string {
    return this.records.clock.deviceId;
  }

  async receive(folder: string, central: boolean) {
    const status = await this.call('central.status', {});
    if (status.inbox.folder !== folder) await this.call('central.configureInbox', { folder, webdav: null });
    return receiveAll({ db: this.db, call: this.call, central });
  }

  async approveAll() {
    const s = await this.call('central.status', {});
    for (const d of s.devices.filter((x) => x.status === 'pending')) await this.call('central.decideDevice', { deviceId: d.deviceId, decision: 'approve' });
  }

  /** Every synced row and every conflict, in a stable order: two databases compare equal when they hold the same. */
  async snapshot(): Promise<Record<string, unknown[]>> {
    const out: Record<string, unknown[]> = {};
    for (const t of tableNames) out[t] = (await this.db.table(t).toArray()).sort((a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id));
    out.conflicts = (await this.db.conflicts.toArray()).sort((a, b) => a.key.localeCompare(b.key));
    return out;
  }
}

export const partnerFields = (firstName: string, lastName = 'Fictif') => ({
  ...PartnerFields.parse({ firstName, lastName }),
  step: 'interest' as const,
  history: [{ at: '2026-11-02T12:00:00.000Z', to: 'interest' as const }],
  archived: false,
});

export class Laptop extends Machine {
  static override async make(syncOptions?: SyncServiceOptions): Promise<Laptop> {
    const m = await Machine.make(syncOptions);
    return Object.setPrototypeOf(m, Laptop.prototype) as Laptop;
  }

  async setOffice(establishment: string) {
    await this.records.save('settings', {
      id: 'office-settings',
      ...(await import('../../../shared/model/settings')).defaultOfficeSettings(),
      establishment,
      officeName: establishment,
    });
  }

  async setup(centralRecipient: string, outFolder: string) {
    await this.call('sync.setCentralKey', { recipient: centralRecipient, escrow: null });
    await this.call('sync.configureTarget', { kind: 'folder', path: outFolder });
  }

  /** What "Envoyer maintenant" does: changes since the last confirmed delivery, sealed and delivered. */
  async send(full = false): Promise<void> {
    const status = await this.call('sync.status', {});
    const since = full ? null : status.sinceStamp;
    const records: Partial<Record<TableName, unknown[]>> = {};
    for (const t of tableNames) records[t] = since === null ? await this.db.table(t).toArray() : await this.db.table(t).where('stamp').above(since).toArray();
    const office = await this.db.settings.get('office-settings');
    await this.call('sync.exportBundle', { full, sinceStamp: since, deviceId: this.deviceId, establishment: office?.establishment ?? '', records });
    await this.sync.drain(true);
  }
}
