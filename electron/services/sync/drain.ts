import type { CertificateInfo } from '../../../shared/bridge/channels/sync';
import { RelaisError, type ErrorCode } from '../../../shared/bridge/result';
import type { Logger } from '../logger';
import { backoffDelay, type SyncClock } from './backoff';
import { deliverEntry } from './deliver';
import type { Outbox, OutboxEntry } from './outbox';
import type { SyncSettings } from './settings';
import type { LoopSnapshot } from './status';
import { CertificateError } from './http';
import { NEEDS_ACTION, TARGET_ERRORS } from './transport';

export interface DrainOptions {
  clock: SyncClock;
  random: () => number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Failures of one bundle (target reachable) before it is set aside. */
  maxBundleAttempts?: number;
}

export const codeOf = (err: unknown): ErrorCode => {
  if (err instanceof RelaisError) return err.code;
  return (err as NodeJS.ErrnoException | undefined)?.code === 'ENOSPC' ? 'disk_full' : 'internal';
};

/**
 * The drain loop. A timer drains the outbox whenever something is due, backing off while
 * the target is unreachable and probing it lightly until it answers. A failure particular
 * to one bundle only delays that bundle and, after repeated failures, quarantines it; the
 * others keep going.
 */
export class DrainLoop {
  private failures = 0;
  private lastError: ErrorCode | null = null;
  /** A failure waiting cannot cure (NEEDS_ACTION): no timer runs until the user acts. */
  private blocked: ErrorCode | null = null;
  private certificate: CertificateInfo | null = null;
  private nextAttemptAt: number | null = null;
  private cancelTimer: (() => void) | null = null;
  private running = false;
  private draining: Promise<void> | null = null;
  private again = false;
  /** A "send now" that arrived during a drain keeps its force for the rerun. */
  private againForce = false;
  private progress: { doneBytes: number; totalBytes: number } | null = null;

  constructor(
    private readonly outbox: () => Promise<Outbox>,
    private readonly settings: SyncSettings,
    private readonly log: Logger,
    private readonly opts: DrainOptions,
  ) {}

  snapshot(): LoopSnapshot {
    return {
      sending: this.draining !== null,
      failures: this.failures,
      lastError: this.lastError,
      blocked: this.blocked !== null,
      certificate: this.certificate,
      nextAttemptAt: this.nextAttemptAt,
      progress: this.progress,
    };
  }

  private delay(n: number): number {
    return backoffDelay(n, this.opts.random, this.opts.baseDelayMs ?? 5_000, this.opts.maxDelayMs ?? 15 * 60_000);
  }

  /** Starts the loop; an outbox left from a previous run is sent as soon as possible. */
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

  /**
   * The user's "send now": forget the backoff and send everything, due or not. A refused
   * password stays refused until it is changed; a missing folder is tried again, since
   * central IT may have made it.
   */
  sendNow(): void {
    if (this.blocked === 'sync_auth') return;
    this.blocked = null;
    this.failures = 0;
    void this.drain(true);
  }

  /** OS network back online, or resume from sleep: forget the backoff and try now. */
  onConnectivityHint(): void {
    if (this.blocked) return;
    this.failures = 0;
    if (this.running) this.schedule(0);
  }

  /** The settings changed: what failed before says nothing about the new target or password. */
  onSettingsChanged(): void {
    this.blocked = null;
    this.certificate = null;
    this.failures = 0;
    this.lastError = null;
    if (this.running) this.schedule(0);
  }

  /** A new bundle is in the outbox: send it soon, unless the target is known to be away. */
  onBundleAdded(): void {
    if (this.draining) this.again = true;
    else if (this.failures === 0) this.schedule(0);
  }

  /** "Test the connection" succeeded: the target's problem is gone, whatever it was. */
  onTargetReachable(): void {
    const hadProblem = this.blocked !== null || this.failures > 0 || (this.lastError !== null && TARGET_ERRORS.has(this.lastError));
    this.blocked = null;
    if (!hadProblem) return;
    this.certificate = null;
    this.lastError = null;
    this.failures = 0;
    if (this.running) this.schedule(0);
  }

  /** "Test the connection" failed: show its reason in the status too, so both say the same. */
  onTargetFailed(err: unknown): void {
    const code = codeOf(err);
    if (!TARGET_ERRORS.has(code)) return;
    this.lastError = code;
    this.certificate = err instanceof CertificateError ? err.certificate : null;
    if (NEEDS_ACTION.has(code)) this.block(code);
  }

  private block(code: ErrorCode): void {
    if (this.blocked !== code) this.log.warn('sync.needs_action', { code });
    this.blocked = code;
    this.cancelTimer?.();
    this.cancelTimer = null;
    this.nextAttemptAt = null;
  }

  private schedule(ms: number): void {
    if (!this.running || this.blocked) return;
    this.cancelTimer?.();
    this.nextAttemptAt = this.opts.clock.now() + ms;
    this.cancelTimer = this.opts.clock.setTimer(() => {
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
    const transport = await this.settings.transport();
    if (!transport) return false;
    try {
      await transport.probe();
      return true;
    } catch (err) {
      this.targetFailed(err);
      return false;
    }
  }

  private targetFailed(err: unknown): void {
    const code = codeOf(err);
    this.failures++;
    this.lastError = code;
    this.certificate = err instanceof CertificateError ? err.certificate : null;
    if (NEEDS_ACTION.has(code)) return this.block(code);
    this.log.warn('sync.target_unreachable', { code, failures: this.failures });
    this.schedule(this.delay(this.failures));
  }

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
        this.log.error('sync.drain_failed', { code: this.lastError });
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
    if (this.blocked) return;
    const outbox = await this.outbox();
    const cfg = await this.settings.get();
    const now = this.opts.clock.now();
    const due = (e: OutboxEntry) => !e.quarantined && (force || e.nextAttemptAt === null || e.nextAttemptAt <= now);
    const todo = outbox.list().filter(due);
    if (!todo.length) return this.scheduleNextDue(outbox);
    const transport = await this.settings.transport();
    if (!transport || !cfg.central) {
      this.lastError = 'sync_not_configured';
      return;
    }
    const totalBytes = todo.reduce((n, e) => n + e.parts.filter((p) => !p.delivered).reduce((m, p) => m + p.size, 0), 0);
    this.progress = { doneBytes: 0, totalBytes };
    for (const { id } of todo) {
      // The claim is the lock supersede respects: a superseded bundle is not claimed, a
      // claimed one is not superseded.
      const entry = outbox.claim(id);
      if (!entry) continue;
      try {
        await deliverEntry(outbox, entry, transport, (n) => {
          if (this.progress) this.progress.doneBytes += n;
        });
        this.failures = 0;
        this.lastError = null;
        this.certificate = null;
        this.log.info('sync.bundle_delivered', { parts: entry.parts.length });
      } catch (err) {
        const code = codeOf(err);
        if (TARGET_ERRORS.has(code)) {
          this.targetFailed(err);
          return;
        }
        await this.bundleFailed(outbox, id, code);
      } finally {
        outbox.release(id);
      }
    }
    this.scheduleNextDue(outbox);
  }

  private async bundleFailed(outbox: Outbox, id: string, code: ErrorCode): Promise<void> {
    const latest = outbox.get(id);
    if (!latest) return;
    const attempts = latest.attempts + 1;
    const giveUp = code === 'outbox_damaged' || attempts >= (this.opts.maxBundleAttempts ?? 5);
    const at = this.opts.clock.now();
    await outbox.save({
      ...latest,
      attempts,
      lastError: code,
      nextAttemptAt: giveUp ? null : at + this.delay(attempts),
      quarantined: giveUp ? { reason: code, at: new Date(at).toISOString() } : null,
    });
    this.log.warn(giveUp ? 'sync.bundle_quarantined' : 'sync.bundle_failed', { code, attempts });
  }

  private scheduleNextDue(outbox: Outbox): void {
    const now = this.opts.clock.now();
    const next = outbox
      .list()
      .filter((e) => !e.quarantined)
      .map((e) => e.nextAttemptAt ?? now)
      .sort((a, b) => a - b)[0];
    if (next !== undefined) this.schedule(Math.max(0, next - now));
  }
}
