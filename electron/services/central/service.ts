import { join } from 'node:path';
import type { CentralStatus, InboxConfig, OpenedForMerge } from '../../../shared/bridge/channels/central';
import { RelaisError, type ErrorCode } from '../../../shared/bridge/result';
import { cleanTable, tablesIn } from '../../../shared/sync/format';
import { fingerprintOf } from '../../../shared/sync/fingerprint';
import type { HostContext } from '../../handlers/context';
import type { CertificateInfo } from '../../../shared/bridge/channels/sync';
import { openBundle } from '../sync/bundle';
import { CertificateError, type HttpClient } from '../sync/http';
import { readEntry, safeName, scanFolder, type InboxEntry } from './inbox';
import { backupIdentity, centralIdentity, centralKeyInfo, deviceAgeIdentity, deviceAgeInfo, ensureCentralIdentity, restoreCentralIdentity } from './identity';
import { loadState, saveState, type CentralState } from './state';
import { pullWebdav } from './webdav-inbox';

export type CentralHost = Pick<HostContext, 'dataDir' | 'secrets' | 'log'>;

export const INBOX_WEBDAV_PASSWORD = 'central.webdav-password';

const codeOf = (err: unknown): ErrorCode => (err instanceof RelaisError ? err.code : 'internal');

/**
 * The receiving side: where bundles arrive (a folder, a WebDAV inbox), which devices are
 * trusted, and opening one bundle for the renderer to merge. Used by a central office
 * (bundles from every laptop, decrypted with the central identity) and by a laptop
 * restored from its central office (bundles for its own age key). Never merges: records
 * stay in the renderer's database, which merges each bundle in one transaction.
 */
export class CentralService {
  private stateP: Promise<CentralState> | null = null;
  /** Serialises state changes: two bundles of a new device opened at once register it once. */
  private chain: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly host: CentralHost,
    private readonly now: () => Date = () => new Date(),
    /** How WebDAV requests travel: the desktop app passes the sync transport's (Electron's network stack). */
    private readonly http?: HttpClient,
  ) {}

  private get dir(): string {
    return join(this.host.dataDir, 'central');
  }

  private get webdavCache(): string {
    return join(this.dir, 'webdav-inbox');
  }

  private state(): Promise<CentralState> {
    this.stateP ??= loadState(this.dir);
    return this.stateP;
  }

  private update<T>(fn: (s: CentralState) => T | Promise<T>): Promise<T> {
    const run = this.chain.then(async () => {
      const s = await this.state();
      const out = await fn(s);
      await saveState(this.dir, s);
      return out;
    });
    this.chain = run.catch(() => undefined);
    return run;
  }

  async status(): Promise<CentralStatus> {
    const s = await this.state();
    return {
      mode: s.mode,
      identity: await centralKeyInfo(this.host.secrets),
      deviceKey: await deviceAgeInfo(this.host.secrets),
      inbox: s.inbox,
      devices: Object.values(s.devices).sort((a, b) => a.firstSeenAt.localeCompare(b.firstSeenAt)),
      quarantine: Object.entries(s.quarantine).map(([file, q]) => ({ file, ...q })),
      protectedAtRest: this.host.secrets.protected,
    };
  }

  async enable(): Promise<{ recipient: string; fingerprint: string }> {
    const key = await ensureCentralIdentity(this.host.secrets);
    await this.update((s) => {
      s.mode = 'central';
    });
    this.host.log.info('central.enabled');
    return key;
  }

  async restore(base64: string, passphrase: string): Promise<{ recipient: string; fingerprint: string }> {
    const key = await restoreCentralIdentity(this.host.secrets, Buffer.from(base64, 'base64'), passphrase);
    await this.update((s) => {
      s.mode = 'central';
    });
    this.host.log.info('central.identity_restored');
    return key;
  }

  async backup(passphrase: string): Promise<{ fileName: string; base64: string }> {
    const bytes = await backupIdentity(this.host.secrets, passphrase);
    return { fileName: 'relais-identite-centrale.age', base64: Buffer.from(bytes).toString('base64') };
  }

  async configureInbox(inbox: InboxConfig, password?: string): Promise<CentralStatus> {
    if (password !== undefined) await this.host.secrets.set(INBOX_WEBDAV_PASSWORD, password);
    await this.update((s) => {
      s.inbox = inbox;
    });
    return this.status();
  }

  private async listing(): Promise<{ entry: InboxEntry; dir: string; file: string }[]> {
    const s = await this.state();
    const out: { entry: InboxEntry; dir: string; file: string }[] = [];
    if (s.inbox.folder) for (const entry of await scanFolder(s.inbox.folder)) out.push({ entry, dir: s.inbox.folder, file: `folder/${entry.name}` });
    if (s.inbox.webdav)
      for (const entry of await scanFolder(this.webdavCache).catch(() => [])) out.push({ entry, dir: this.webdavCache, file: `webdav/${entry.name}` });
    return out;
  }

  async scan() {
    const s = await this.state();
    if (!s.inbox.folder && !s.inbox.webdav) throw new RelaisError('inbox_not_configured');
    let pulled = 0;
    let webdavError: ErrorCode | null = null;
    let webdavCertificate: CertificateInfo | null = null;
    if (s.inbox.webdav) {
      try {
        const password = (await this.host.secrets.get(INBOX_WEBDAV_PASSWORD)) ?? '';
        pulled = await pullWebdav({ ...s.inbox.webdav, password, http: this.http }, this.webdavCache);
      } catch (err) {
        webdavError = codeOf(err);
        if (err instanceof CertificateError) webdavCertificate = err.certificate;
        this.host.log.warn('central.webdav_pull_failed', { code: webdavError });
      }
    }
    const bundles = (await this.listing()).map(({ entry, file }) => ({ file, bundleId: entry.bundleId, quarantined: Boolean(s.quarantine[file]) }));
    this.host.log.info('central.scanned', { bundles: bundles.length, pulled });
    return { bundles, pulled, webdavError, webdavCertificate };
  }

  private quarantine(file: string, code: ErrorCode, message: string): Promise<OpenedForMerge> {
    this.host.log.warn('central.bundle_quarantined', { code });
    return this.update((s) => {
      s.quarantine[file] = { code, message: message.slice(0, 300), at: this.now().toISOString() };
      return { status: 'refused' as const, code, message: message.slice(0, 300) };
    });
  }

  async open(file: string): Promise<OpenedForMerge> {
    const [source, name] = file.split('/');
    if (!name || !safeName(name) || (source !== 'folder' && source !== 'webdav')) throw new RelaisError('invalid_input', 'not a bundle of the inbox');
    const found = (await this.listing()).find((l) => l.file === file);
    if (!found) throw new RelaisError('not_found', 'this bundle is no longer in the inbox');
    const identities = [await deviceAgeIdentity(this.host.secrets)];
    const central = await centralIdentity(this.host.secrets);
    if (central) identities.unshift(central);
    let opened: Awaited<ReturnType<typeof openBundle>>;
    try {
      opened = await openBundle(await readEntry(found.dir, found.entry), identities);
    } catch (err) {
      return this.quarantine(file, codeOf(err), err instanceof Error ? err.message : 'refused');
    }
    const { header } = opened.document;
    const publicKey = Buffer.from(opened.signerPublicKey).toString('base64');
    const fingerprint = await fingerprintOf(opened.signerPublicKey);
    const at = this.now().toISOString();
    const verdict = await this.update((s) => {
      const known = s.devices[header.deviceId];
      if (!known) {
        s.devices[header.deviceId] = {
          deviceId: header.deviceId,
          publicKey,
          fingerprint,
          establishment: header.establishment,
          status: 'pending',
          firstSeenAt: at,
          decidedAt: null,
          lastBundleAt: null,
          replyTo: header.replyTo ?? null,
        };
        return 'held' as const;
      }
      if (known.status === 'revoked') return 'revoked' as const;
      if (known.publicKey !== publicKey) return 'key_changed' as const;
      if (known.status === 'pending') return 'held' as const;
      known.lastBundleAt = !known.lastBundleAt || header.createdAt > known.lastBundleAt ? header.createdAt : known.lastBundleAt;
      if (header.replyTo) known.replyTo = header.replyTo;
      if (header.establishment) known.establishment = header.establishment;
      return 'ok' as const;
    });
    if (verdict === 'held') {
      this.host.log.info('central.device_held');
      return { status: 'held', deviceId: header.deviceId, fingerprint, establishment: header.establishment };
    }
    if (verdict === 'revoked') return this.quarantine(file, 'device_revoked', 'this device was revoked: its bundles are refused');
    if (verdict === 'key_changed') return this.quarantine(file, 'device_key_changed', 'signed by another key than the one approved for this device');
    const records: Record<string, unknown[]> = {};
    for (const table of tablesIn(opened.document.records)) {
      const cleaned = cleanTable(table, opened.document.records[table] ?? []);
      if (!cleaned.ok) return this.quarantine(file, 'bundle_not_a_bundle', `records do not match the format (${table})`);
      records[table] = cleaned.value.rows;
    }
    this.host.log.info('central.bundle_opened', { tables: Object.keys(records).length });
    return { status: 'ready', header, records: records as never };
  }

  async unquarantine(file: string): Promise<CentralStatus> {
    await this.update((s) => {
      delete s.quarantine[file];
    });
    return this.status();
  }

  async decideDevice(deviceId: string, decision: 'approve' | 'revoke'): Promise<CentralStatus> {
    await this.update((s) => {
      const d = s.devices[deviceId];
      if (!d) throw new RelaisError('not_found', 'no such device');
      d.status = decision === 'approve' ? 'approved' : 'revoked';
      d.decidedAt = this.now().toISOString();
      // A device approved again gets its bundles set aside for revocation back in line.
      if (decision === 'approve') for (const [file, q] of Object.entries(s.quarantine)) if (q.code === 'device_revoked') delete s.quarantine[file];
    });
    this.host.log.info(decision === 'approve' ? 'central.device_approved' : 'central.device_revoked');
    return this.status();
  }

  /** Approved devices of an office that gave their own age key. */
  async officeRecipients(establishment: string): Promise<string[]> {
    const s = await this.state();
    return [
      ...new Set(
        Object.values(s.devices)
          .filter((d) => d.status === 'approved' && d.establishment === establishment && d.replyTo)
          .map((d) => d.replyTo as string),
      ),
    ];
  }
}

const services = new WeakMap<object, CentralService>();

export const centralServiceFor = (ctx: CentralHost, http?: HttpClient): CentralService => {
  let s = services.get(ctx);
  if (!s) {
    s = new CentralService(ctx, undefined, http);
    services.set(ctx, s);
  }
  return s;
};
