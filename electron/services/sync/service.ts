import { join } from 'node:path';
import type { SyncStatus, SyncTarget } from '../../../shared/bridge/channels/sync';
import { RelaisError, type ErrorCode } from '../../../shared/bridge/result';
import type { HostContext } from '../../handlers/context';
import type { BeforeRename } from './atomic';
import { backoffDelay, systemClock, type SyncClock } from './backoff';
import { loadConfig, saveConfig, type SyncConfig } from './config';
import { deliverEntry } from './deliver';
import { buildBundle, type ExportRequest } from './export';
import { folderTransport } from './folder-transport';
import { WEBDAV_PASSWORD, devicePublicText, loadDeviceKey, parseRecipient, recipientFingerprint } from './keys';
import { Outbox, type OutboxEntry } from './outbox';
import { TARGET_ERRORS, type Transport } from './transport';
import { webdavTransport } from './webdav-transport';

export type SyncHost = Pick<HostContext, 'dataDir' | 'secrets' | 'log'>;

export interface SyncServiceOptions {
  clock?: SyncClock;
  random?: () => number;
  partSize?: number;
  beforeRename?: BeforeRename;
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Failures of one bundle (target reachable) before it is set aside. */
  maxBundleAttempts?: number;
  transportFor?: (target: SyncTarget, password: string | null) => Transport;
}

export interface ExportResult {
  written: boolean;
  bundleId: string | null;
  bytes: number;
  records: number;
  toStamp: string | null;
  superseded: number;
}

const defaultTransport = (target: SyncTarget, password: string | null): Transport =>
  target.kind === 'folder' ? folderTransport(target.path) : webdavTransport({ url: target.url, username: target.username, password: password ?? '' });

const codeOf = (err: unknown): ErrorCode => {
  if (err instanceof RelaisError) return err.code;
  return (err as NodeJS.ErrnoException | undefined)?.code === 'ENOSPC' ? 'disk_full' : 'internal';
};

const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());

/**
 * The outbox and its drain loop. Exports land in the outbox; a timer drains it whenever
 * there is something due, backing off while the target is unreachable and probing it
 * lightly until it answers. A failure particular to one bundle only delays that bundle
 * and, after repeated failures, quarantines it; the others keep going.
 */
export class SyncService {
  private readonly clock: SyncClock;
  private readonly random: () => number;
  private outboxP: Promise<Outbox> | null = null;
  private config: SyncConfig | null = null;
  private failures = 0;
  private lastError: ErrorCode | null = null;
  private nextAttemptAt: number | null = null;
  private cancelTimer: (() => void) | null = null;
  private running = false;
  private draining: Promise<void> | null = null;
  private again = false;
  private deviceKeyP: ReturnType<typeof loadDeviceKey> | null = null;
  /** A "send now" that arrived during a drain keeps its force for the rerun. */
  private againForce = false;
  private inFlight: string | null = null;
  private progress: { doneBytes: number; totalBytes: number } | null = null;

  constructor(
    private readonly host: SyncHost,
    private readonly opts: SyncServiceOptions = {},
  ) {
    this.clock = opts.clock ?? systemClock;
    this.random = opts.random ?? Math.random;
  }

  private get syncDir(): string {
    return join(this.host.dataDir, 'sync');
  }

  private outbox(): Promise<Outbox> {
    this.outboxP ??= Outbox.open(this.syncDir, { log: this.host.log, partSize: this.opts.partSize, beforeRename: this.opts.beforeRename });
    return this.outboxP;
  }

  private async cfg(): Promise<SyncConfig> {
    this.config ??= await loadConfig(this.syncDir);
    return this.config;
  }

  private async setConfig(next: SyncConfig): Promise<void> {
    await saveConfig(this.syncDir, next);
    this.config = next;
  }

  private delay(n: number): number {
    return backoffDelay(n, this.random, this.opts.baseDelayMs ?? 5_000, this.opts.maxDelayMs ?? 15 * 60_000);
  }

  // --- lifecycle: the host calls these -------------------------------------------------

  /** Starts the drain loop; an outbox left from a previous run is sent as soon as possible. */
  start(): void {
    this.running = true;
    this.schedule(0);
  }

  stop(): void {
    this.running = false;
    this.cancelTimer?.();
    this.cancelTimer = null;
    this.nextAttemptAt = null;
  }

  /** OS network back online, or resume from sleep: forget the backoff and try now. */
  onConnectivityHint(): void {
    this.failures = 0;
    if (this.running) this.schedule(0);
  }

  private schedule(ms: number): void {
    if (!this.running) return;
    this.cancelTimer?.();
    this.nextAttemptAt = this.clock.now() + ms;
    this.cancelTimer = this.clock.setTimer(() => {
      this.cancelTimer = null;
      this.nextAttemptAt = null;
      return this.tick();
    }, ms);
  }

  private async tick(): Promise<void> {
    if (this.failures > 0) {
      const reachable = await this.probe();
      if (!reachable) return;
    }
    await this.drain();
  }

  /** While the target is unreachable, a light probe decides whether a full drain is worth it. */
  private async probe(): Promise<boolean> {
    const transport = await this.transport();
    if (!transport) return false;
    try {
      await transport.probe();
      return true;
    } catch (err) {
      this.targetFailed(codeOf(err));
      return false;
    }
  }

  private targetFailed(code: ErrorCode): void {
    this.failures++;
    this.lastError = code;
    this.host.log.warn('sync.target_unreachable', { code, failures: this.failures });
    this.schedule(this.delay(this.failures));
  }

  private async transport(): Promise<Transport | null> {
    const cfg = await this.cfg();
    if (!cfg.target) return null;
    const password = cfg.target.kind === 'webdav' ? await this.host.secrets.get(WEBDAV_PASSWORD) : null;
    return (this.opts.transportFor ?? defaultTransport)(cfg.target, password);
  }

  private async transportFor(c: { target: SyncTarget | null; password?: string }): Promise<Transport | null> {
    if (!c.target) return null;
    const password = c.target.kind === 'webdav' ? (c.password ?? (await this.host.secrets.get(WEBDAV_PASSWORD))) : null;
    return (this.opts.transportFor ?? defaultTransport)(c.target, password);
  }

  /**
   * The device's signing key, loaded (or made, on first run) once: two calls at the same
   * moment on first run would otherwise each make a different key.
   */
  private deviceKey(): ReturnType<typeof loadDeviceKey> {
    this.deviceKeyP ??= loadDeviceKey(this.host.secrets).catch((err: unknown) => {
      this.deviceKeyP = null;
      throw err;
    });
    return this.deviceKeyP;
  }

  // --- draining ------------------------------------------------------------------------

  /** Sends what is due; `force` also sends bundles waiting out their own retry delay. */
  drain(force = false): Promise<void> {
    if (this.draining) {
      this.again = true;
      this.againForce ||= force;
      return this.draining;
    }
    this.draining = this.runDrain(force)
      .catch((err: unknown) => {
        this.lastError = codeOf(err);
        this.host.log.error('sync.drain_failed', { code: this.lastError });
      })
      .finally(() => {
        this.draining = null;
        this.progress = null;
        if (this.again) {
          const forced = this.againForce;
          this.again = false;
          this.againForce = false;
          if (forced) void this.drain(true);
          else if (this.failures === 0) this.schedule(0);
        }
      });
    return this.draining;
  }

  private async runDrain(force: boolean): Promise<void> {
    const outbox = await this.outbox();
    const cfg = await this.cfg();
    const due = (e: OutboxEntry) => !e.quarantined && (force || e.nextAttemptAt === null || e.nextAttemptAt <= this.clock.now());
    const todo = outbox.list().filter(due);
    if (!todo.length) return this.scheduleNextDue(outbox);
    const transport = await this.transport();
    if (!transport || !cfg.central) {
      this.lastError = 'sync_not_configured';
      return;
    }
    const totalBytes = todo.reduce((n, e) => n + e.parts.filter((p) => !p.delivered).reduce((m, p) => m + p.size, 0), 0);
    this.progress = { doneBytes: 0, totalBytes };
    for (const { id } of todo) {
      // No await between this lookup and marking it in flight: an export superseding it
      // cannot slip in between.
      const entry = outbox.get(id);
      if (!entry || entry.quarantined) continue;
      this.inFlight = id;
      try {
        await deliverEntry(outbox, entry, transport, (n) => {
          if (this.progress) this.progress.doneBytes += n;
        });
        this.failures = 0;
        this.lastError = null;
        this.host.log.info('sync.bundle_delivered', { parts: entry.parts.length });
      } catch (err) {
        const code = codeOf(err);
        if (TARGET_ERRORS.has(code)) {
          this.targetFailed(code);
          return;
        }
        await this.bundleFailed(outbox, id, code);
      } finally {
        this.inFlight = null;
      }
    }
    this.scheduleNextDue(outbox);
  }

  private async bundleFailed(outbox: Outbox, id: string, code: ErrorCode): Promise<void> {
    const latest = outbox.get(id);
    if (!latest) return;
    const attempts = latest.attempts + 1;
    const giveUp = code === 'outbox_damaged' || attempts >= (this.opts.maxBundleAttempts ?? 5);
    const at = this.clock.now();
    await outbox.save({
      ...latest,
      attempts,
      lastError: code,
      nextAttemptAt: giveUp ? null : at + this.delay(attempts),
      quarantined: giveUp ? { reason: code, at: new Date(at).toISOString() } : null,
    });
    this.host.log.warn(giveUp ? 'sync.bundle_quarantined' : 'sync.bundle_failed', { code, attempts });
  }

  private scheduleNextDue(outbox: Outbox): void {
    const next = outbox
      .list()
      .filter((e) => !e.quarantined)
      .map((e) => e.nextAttemptAt ?? this.clock.now())
      .sort((a, b) => a - b)[0];
    if (next !== undefined) this.schedule(Math.max(0, next - this.clock.now()));
  }

  // --- channels ------------------------------------------------------------------------

  async status(): Promise<SyncStatus> {
    const outbox = await this.outbox();
    const cfg = await this.cfg();
    const entries = outbox.list();
    const pending = entries.filter((e) => !e.quarantined);
    const configured = Boolean(cfg.target && cfg.central);
    const state: SyncStatus['state'] = !configured
      ? 'not_configured'
      : this.draining
        ? 'sending'
        : this.failures > 0
          ? 'offline'
          : pending.length
            ? 'waiting'
            : 'idle';
    return {
      state,
      target: cfg.target,
      centralKeySet: Boolean(cfg.central),
      sinceStamp: outbox.syncState.confirmedStamp,
      pendingBundles: pending.length,
      pendingBytes: pending.reduce((n, e) => n + e.size, 0),
      quarantinedBundles: entries.length - pending.length,
      bundles: entries.map((e) => ({
        id: e.id,
        createdAt: e.createdAt,
        full: e.full,
        records: e.records,
        bytes: e.size,
        partsDone: e.parts.filter((p) => p.delivered).length,
        partsTotal: e.parts.length,
        attempts: e.attempts,
        nextAttemptAt: iso(e.nextAttemptAt),
        lastError: e.lastError,
        quarantined: e.quarantined,
      })),
      lastDeliveryAt: outbox.syncState.lastDeliveryAt,
      nextAttemptAt: iso(this.nextAttemptAt),
      lastError: configured ? this.lastError : 'sync_not_configured',
      progress: this.progress && { ...this.progress },
    };
  }

  async exportBundle(req: ExportRequest): Promise<ExportResult> {
    const cfg = await this.cfg();
    if (!cfg.central) throw new RelaisError('no_recipient', 'import the central office key first');
    const outbox = await this.outbox();
    const confirmed = outbox.syncState.confirmedStamp;
    // Selecting from above the confirmed stamp would skip changes no bundle delivered.
    if (!req.full && req.sinceStamp !== null && (confirmed === null || req.sinceStamp > confirmed))
      throw new RelaisError('sync_stale_since', 'read sync.status again and export from its sinceStamp');
    const signer = await this.deviceKey();
    const recipients = cfg.escrow ? [cfg.central, cfg.escrow] : [cfg.central];
    const sealed = await buildBundle(req.full ? { ...req, sinceStamp: null } : req, signer, recipients);
    if (!sealed) return { written: false, bundleId: null, bytes: 0, records: 0, toStamp: req.sinceStamp, superseded: 0 };
    const records = Object.values(sealed.header.counts).reduce((n, c) => n + c.records + c.tombstones, 0);
    const entry = await outbox.add(sealed, records);
    const superseded = await outbox.supersede(entry, new Set(this.inFlight ? [this.inFlight] : []));
    this.host.log.info('sync.bundle_written', { bytes: entry.size, parts: entry.parts.length, superseded: superseded.length });
    if (this.draining) this.again = true;
    else if (this.failures === 0) this.schedule(0);
    return { written: true, bundleId: entry.id, bytes: entry.size, records, toStamp: entry.toStamp, superseded: superseded.length };
  }

  async sendNow(): Promise<SyncStatus> {
    this.failures = 0;
    void this.drain(true);
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

  async setCentralKey(recipientText: string, escrowText: string | null) {
    const central = parseRecipient(recipientText);
    const escrow = escrowText?.trim() ? parseRecipient(escrowText) : null;
    await this.setConfig({ ...(await this.cfg()), central, escrow });
    return {
      central: { recipient: central, fingerprint: await recipientFingerprint(central) },
      escrow: escrow ? { recipient: escrow, fingerprint: await recipientFingerprint(escrow) } : null,
    };
  }

  async keys() {
    const cfg = await this.cfg();
    const device = await this.deviceKey();
    return {
      central: cfg.central ? { recipient: cfg.central, fingerprint: await recipientFingerprint(cfg.central) } : null,
      escrow: cfg.escrow ? { recipient: cfg.escrow, fingerprint: await recipientFingerprint(cfg.escrow) } : null,
      device: await devicePublicText(device.publicRaw),
      protectedAtRest: this.host.secrets.protected,
    };
  }

  async configureTarget(target: SyncTarget | null, password?: string): Promise<{ target: SyncTarget | null }> {
    if (password !== undefined) await this.host.secrets.set(WEBDAV_PASSWORD, password);
    await this.setConfig({ ...(await this.cfg()), target });
    this.failures = 0;
    this.lastError = null;
    if (this.running) this.schedule(0);
    return { target };
  }

  /**
   * Probes `candidate` (a destination typed but not saved: nothing is stored, the saved
   * one keeps receiving bundles) or, without it, the saved target.
   */
  async testTarget(candidate?: { target: SyncTarget | null; password?: string }): Promise<{ reachable: boolean; error: ErrorCode | null }> {
    const transport = candidate ? await this.transportFor(candidate) : await this.transport();
    if (!transport) return { reachable: false, error: 'sync_not_configured' };
    try {
      await transport.probe();
    } catch (err) {
      return { reachable: false, error: codeOf(err) };
    }
    if (!candidate && this.failures > 0) this.onConnectivityHint();
    return { reachable: true, error: null };
  }
}

const services = new WeakMap<object, SyncService>();

/**
 * The one service per host context, made on first use, so the Electron main and the
 * browser host share what the handlers use. The Electron main calls `.start()` once the
 * window is up and `.onConnectivityHint()` on `online` and powerMonitor `resume`.
 */
export const syncServiceFor = (ctx: SyncHost, opts?: SyncServiceOptions): SyncService => {
  let s = services.get(ctx);
  if (!s) {
    s = new SyncService(ctx, opts);
    services.set(ctx, s);
  }
  return s;
};
