import { join } from 'node:path';
import type { CertificateInfo, SyncStatus, SyncTarget } from '../../../shared/bridge/channels/sync';
import { RelaisError, type ErrorCode } from '../../../shared/bridge/result';
import type { HostContext } from '../../handlers/context';
import type { BeforeRename } from './atomic';
import { systemClock, type SyncClock } from './backoff';
import { DrainLoop, codeOf } from './drain';
import { buildBundle, type ExportRequest } from './export';
import { deviceAgeInfo } from '../central/identity';
import { Outbox } from './outbox';
import { CertificateError, type HttpClient } from './http';
import { SyncSettings, defaultTransport, type TransportFactory } from './settings';
import { syncStatus } from './status';

export type SyncHost = Pick<HostContext, 'dataDir' | 'secrets' | 'log'>;

export interface SyncServiceOptions {
  clock?: SyncClock;
  random?: () => number;
  partSize?: number;
  beforeRename?: BeforeRename;
  /** Test hook, see OutboxOptions. */
  beforeSupersedeCheck?: (id: string) => Promise<void>;
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Failures of one bundle (target reachable) before it is set aside. */
  maxBundleAttempts?: number;
  transportFor?: TransportFactory;
  /** How WebDAV requests travel; the desktop app passes Electron's `net.fetch` (system certificates and proxies). */
  http?: HttpClient;
}

export interface ExportResult {
  written: boolean;
  bundleId: string | null;
  bytes: number;
  records: number;
  toStamp: string | null;
  superseded: number;
}

/**
 * What the sync channels call: settings (`settings.ts`), the outbox on disk (`outbox.ts`),
 * the drain loop (`drain.ts`) and the status they make together (`status.ts`). The host
 * makes one per process (`electron/host.ts`), starts it, and passes connectivity hints.
 */
export class SyncService {
  private outboxP: Promise<Outbox> | null = null;
  private readonly settings: SyncSettings;
  private readonly loop: DrainLoop;

  constructor(
    private readonly host: SyncHost,
    private readonly opts: SyncServiceOptions = {},
  ) {
    const syncDir = join(host.dataDir, 'sync');
    this.settings = new SyncSettings(syncDir, host.secrets, host.log, opts.transportFor ?? defaultTransport(opts.http));
    this.loop = new DrainLoop(() => this.outbox(), this.settings, host.log, {
      clock: opts.clock ?? systemClock,
      random: opts.random ?? Math.random,
      baseDelayMs: opts.baseDelayMs,
      maxDelayMs: opts.maxDelayMs,
      maxBundleAttempts: opts.maxBundleAttempts,
    });
  }

  private outbox(): Promise<Outbox> {
    this.outboxP ??= Outbox.open(join(this.host.dataDir, 'sync'), {
      log: this.host.log,
      partSize: this.opts.partSize,
      beforeRename: this.opts.beforeRename,
      beforeSupersedeCheck: this.opts.beforeSupersedeCheck,
    });
    return this.outboxP;
  }

  // --- lifecycle: the host calls these -------------------------------------------------

  start(): void {
    this.loop.start();
  }

  stop(): void {
    this.loop.stop();
  }

  onConnectivityHint(): void {
    this.loop.onConnectivityHint();
  }

  /** Sends what is due; `force` also sends bundles waiting out their own retry delay. */
  drain(force = false): Promise<void> {
    return this.loop.drain(force);
  }

  // --- channels ------------------------------------------------------------------------

  async status(): Promise<SyncStatus> {
    const outbox = await this.outbox();
    return syncStatus(await this.settings.get(), outbox.list(), outbox.syncState, this.loop.snapshot());
  }

  async exportBundle(req: ExportRequest): Promise<ExportResult> {
    const cfg = await this.settings.get();
    if (!cfg.central) throw new RelaisError('no_recipient', 'import the central office key first');
    const outbox = await this.outbox();
    const confirmed = outbox.syncState.confirmedStamp;
    // Selecting from above the confirmed stamp would skip changes no bundle delivered.
    if (!req.full && req.sinceStamp !== null && (confirmed === null || req.sinceStamp > confirmed))
      throw new RelaisError('sync_stale_since', 'read sync.status again and export from its sinceStamp');
    const signer = await this.settings.deviceKey();
    const recipients = cfg.escrow ? [cfg.central, cfg.escrow] : [cfg.central];
    // 1.4: this device's own age key travels in the header, so the central office can send records back.
    const replyTo = (await deviceAgeInfo(this.host.secrets)).recipient;
    const sealed = await buildBundle({ ...req, ...(req.full ? { sinceStamp: null } : {}), replyTo }, signer, recipients);
    if (!sealed) return { written: false, bundleId: null, bytes: 0, records: 0, toStamp: req.sinceStamp, superseded: 0 };
    const records = Object.values(sealed.header.counts).reduce((n, c) => n + c.records + c.tombstones, 0);
    const entry = await outbox.add(sealed, records);
    const superseded = await outbox.supersede(entry);
    this.host.log.info('sync.bundle_written', { bytes: entry.size, parts: entry.parts.length, superseded: superseded.length });
    this.loop.onBundleAdded();
    return { written: true, bundleId: entry.id, bytes: entry.size, records, toStamp: entry.toStamp, superseded: superseded.length };
  }

  async sendNow(): Promise<SyncStatus> {
    this.loop.sendNow();
    return this.status();
  }

  async retryQuarantined(bundleId?: string): Promise<SyncStatus> {
    const outbox = await this.outbox();
    for (const e of outbox.list()) {
      if (!e.quarantined || (bundleId && e.id !== bundleId)) continue;
      await outbox.save({ ...e, quarantined: null, attempts: 0, nextAttemptAt: null, lastError: null });
    }
    return this.sendNow();
  }

  setCentralKey(recipientText: string, escrowText: string | null) {
    return this.settings.setCentralKey(recipientText, escrowText);
  }

  keys() {
    return this.settings.keys();
  }

  async configureTarget(target: SyncTarget | null, password?: string): Promise<{ target: SyncTarget | null }> {
    await this.settings.setTarget(target, password);
    this.loop.onSettingsChanged();
    return { target };
  }

  /**
   * Probes `candidate` (a destination typed but not saved: nothing is stored, the saved
   * one keeps receiving bundles, and the drain loop's state is left alone) or, without it,
   * the saved target, whose result the status then shows too.
   */
  async testTarget(candidate?: {
    target: SyncTarget | null;
    password?: string;
  }): Promise<{ reachable: boolean; error: ErrorCode | null; certificate: CertificateInfo | null }> {
    const transport = candidate ? await this.settings.transportFor(candidate.target, candidate.password) : await this.settings.transport();
    if (!transport) return { reachable: false, error: 'sync_not_configured', certificate: null };
    try {
      await transport.probe();
    } catch (err) {
      if (!candidate) this.loop.onTargetFailed(err);
      return { reachable: false, error: codeOf(err), certificate: err instanceof CertificateError ? err.certificate : null };
    }
    if (!candidate) this.loop.onTargetReachable();
    return { reachable: true, error: null, certificate: null };
  }
}
