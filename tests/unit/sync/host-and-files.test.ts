import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHost } from '../../../electron/host';
import type { Logger } from '../../../electron/services/logger';
import { fileSecretStore } from '../../../electron/services/secret-store';
import { SyncService } from '../../../electron/services/sync/service';
import { syncStatus, type LoopSnapshot } from '../../../electron/services/sync/status';
import { EMPTY_CONFIG } from '../../../electron/services/sync/config';
import type { Transport } from '../../../electron/services/sync/transport';
import { RelaisError } from '../../../shared/bridge/result';
import { DEVICE, ageKeygen, partner, tempDir, type AgeIdentity } from './fixtures';

let tmp: ReturnType<typeof tempDir>;
let central: AgeIdentity;
let data: string;
beforeEach(() => {
  tmp = tempDir();
  central = ageKeygen(tmp.dir);
  data = join(tmp.dir, 'data');
});
afterEach(() => tmp.cleanup());

/** Remembers the events logged, which must be codes only. */
const recordingLogger = (): Logger & { events: string[]; fields: unknown[] } => {
  const events: string[] = [];
  const fields: unknown[] = [];
  const rec = (e: string, f?: unknown) => {
    events.push(e);
    fields.push(f);
  };
  return { events, fields, info: rec, warn: rec, error: rec };
};

const ctxFor = (log: Logger) => ({ shell: 'web' as const, version: '0.0.0', dataDir: data, log, secrets: fileSecretStore(data) });

const failingTransport = (code: 'sync_offline' | 'sync_auth'): Transport => ({
  kind: 'folder',
  probe: () => Promise.reject(new RelaisError(code)),
  put: () => Promise.reject(new RelaisError(code)),
});

describe('one host wiring', () => {
  it('gives each host its own sync service with the options it was made with, and the handlers use it', async () => {
    const ctx = ctxFor(recordingLogger());
    // Before createHost, a second lookup for the same context returned the first service and ignored these options.
    const a = createHost(ctx, { sync: { transportFor: () => failingTransport('sync_offline') } });
    const b = createHost(ctx, { sync: { transportFor: () => failingTransport('sync_auth') } });
    expect(a.sync).not.toBe(b.sync);
    await a.handlers['sync.configureTarget']({ kind: 'folder', path: tmp.dir });
    expect(await a.handlers['sync.testTarget']({})).toMatchObject({ reachable: false, error: 'sync_offline' });
    expect(await b.handlers['sync.testTarget']({})).toMatchObject({ reachable: false, error: 'sync_auth' });
    expect(await a.sync.testTarget()).toMatchObject({ reachable: false, error: 'sync_offline' });
  });
});

describe('versioned sync files', () => {
  const service = (log: Logger) => new SyncService({ dataDir: data, secrets: fileSecretStore(data), log }, { random: () => 0.5 });
  const syncDir = () => join(data, 'sync');

  it('writes a version into config.json, state.json and every outbox entry', async () => {
    const svc = service(recordingLogger());
    await svc.setCentralKey(central.recipient, null);
    await svc.configureTarget({ kind: 'folder', path: tmp.dir });
    await svc.exportBundle({ full: true, sinceStamp: null, deviceId: DEVICE, establishment: 'X', records: { partners: [partner(1)] } });
    await svc.drain();
    expect(JSON.parse(readFileSync(join(syncDir(), 'config.json'), 'utf8')).version).toBe(1);
    expect(JSON.parse(readFileSync(join(syncDir(), 'state.json'), 'utf8')).version).toBe(1);
    await svc.exportBundle({ full: true, sinceStamp: null, deviceId: DEVICE, establishment: 'X', records: { partners: [partner(2)] } });
    const entry = readdirSync(join(syncDir(), 'outbox')).find((n) => n.endsWith('.json')) as string;
    expect(JSON.parse(readFileSync(join(syncDir(), 'outbox', entry), 'utf8')).version).toBe(1);
  });

  it('reads files written before versions existed', async () => {
    mkdirSync(join(syncDir(), 'outbox'), { recursive: true });
    writeFileSync(join(syncDir(), 'config.json'), JSON.stringify({ central: central.recipient, escrow: null, target: { kind: 'folder', path: tmp.dir } }));
    writeFileSync(join(syncDir(), 'state.json'), JSON.stringify({ confirmedStamp: 'S1', lastDeliveryAt: null, deliveredBundles: 3 }));
    const log = recordingLogger();
    const status = await service(log).status();
    expect(status.centralKeySet).toBe(true);
    expect(status.target).toEqual({ kind: 'folder', path: tmp.dir });
    expect(status.sinceStamp).toBe('S1');
    expect(log.events.filter((e) => e.includes('unreadable') || e.includes('newer'))).toEqual([]);
  });

  it('logs a code and keeps an unreadable or newer file aside instead of silently starting over', async () => {
    mkdirSync(join(syncDir(), 'outbox'), { recursive: true });
    writeFileSync(join(syncDir(), 'config.json'), '{"central": "age1… cut by a power fail');
    writeFileSync(join(syncDir(), 'state.json'), JSON.stringify({ version: 9, confirmedStamp: 'S9', lastDeliveryAt: null, deliveredBundles: 1 }));
    writeFileSync(join(syncDir(), 'outbox', '01BROKEN.json'), '{ not json');
    writeFileSync(join(syncDir(), 'outbox', '01BROKEN.age'), 'bytes of a sealed bundle');
    const log = recordingLogger();
    const status = await service(log).status();
    expect(status.centralKeySet).toBe(false);
    expect(status.sinceStamp).toBeNull();
    expect(log.events).toEqual(expect.arrayContaining(['sync.config_unreadable', 'sync.state_newer', 'sync.outbox_entry_unreadable']));
    // Codes only: no field carries file content.
    expect(JSON.stringify(log.fields)).not.toContain('age1');
    const kept = readdirSync(syncDir());
    expect(kept.some((n) => n.startsWith('config.json.unreadable-'))).toBe(true);
    expect(kept.some((n) => n.startsWith('state.json.unreadable-'))).toBe(true);
    expect(readdirSync(join(syncDir(), 'outbox')).sort()).toEqual(['01BROKEN.age.unreadable', '01BROKEN.json.unreadable']);
    expect(existsSync(join(syncDir(), 'config.json'))).toBe(false);
  });
});

describe('status, a pure function of settings, outbox and loop', () => {
  const loop = (over: Partial<LoopSnapshot> = {}): LoopSnapshot => ({
    sending: false,
    failures: 0,
    lastError: null,
    blocked: false,
    certificate: null,
    nextAttemptAt: null,
    progress: null,
    ...over,
  });
  const state = { version: 1 as const, confirmedStamp: null, lastDeliveryAt: null, deliveredBundles: 0 };
  const configured = { ...EMPTY_CONFIG, central: 'age1x', target: { kind: 'folder' as const, path: '/x' } };

  it('says what is missing, what is happening, and what went wrong', () => {
    expect(syncStatus(EMPTY_CONFIG, [], state, loop({ lastError: 'sync_offline' }))).toMatchObject({
      state: 'not_configured',
      lastError: 'sync_not_configured',
    });
    expect(syncStatus(configured, [], state, loop())).toMatchObject({ state: 'idle', lastError: null });
    expect(syncStatus(configured, [], state, loop({ sending: true, progress: { doneBytes: 1, totalBytes: 2 } }))).toMatchObject({
      state: 'sending',
      progress: { doneBytes: 1, totalBytes: 2 },
    });
    expect(syncStatus(configured, [], state, loop({ failures: 2, lastError: 'sync_offline', nextAttemptAt: 0 }))).toMatchObject({
      state: 'offline',
      lastError: 'sync_offline',
      nextAttemptAt: '1970-01-01T00:00:00.000Z',
    });
  });
});
