import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import type { RelaisBridge } from '../../../shared/bridge/contract';
import { Machine, cleanupAll } from './harness';

afterAll(cleanupAll);
afterEach(() => vi.useRealTimers());

/** Waits (in real time) for the host's file work to finish; the poll timers stay fake. */
const until = async (cond: () => boolean) => {
  const end = performance.now() + 10_000;
  while (!cond()) {
    if (performance.now() > end) throw new Error('condition not reached');
    await new Promise((r) => setImmediate(r));
  }
};

describe('receiving by itself at the central office', () => {
  it('a WebDAV link saved after start is polled every five minutes without a restart; removing it stops the polling', async () => {
    const central = await Machine.make();
    await central.call('central.enable', {});
    // The renderer's bridge, answered by this machine's real handlers.
    const relais: RelaisBridge = {
      invoke: (async (channel: never, input: never) => {
        try {
          return { ok: true, value: await central.call(channel, input) };
        } catch (err) {
          return { ok: false, error: { code: (err as { code: string }).code, message: '' } };
        }
      }) as RelaisBridge['invoke'],
    } as RelaisBridge;
    (globalThis as { window?: unknown }).window = { relais };
    const { useReceive, keepReceiving, WEBDAV_POLL_MS } = await import('../../../renderer/src/screens/central/receiveStore');
    // Each receiving run is counted (its merge is covered by receive.test.ts).
    const receive = vi.fn(async () => null);
    useReceive.setState({ receive, status: null });

    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const stop = keepReceiving();
    await until(() => useReceive.getState().status !== null);
    expect(useReceive.getState().status?.inbox).toEqual({ folder: null, webdav: null });
    await vi.advanceTimersByTimeAsync(3 * WEBDAV_POLL_MS);
    expect(receive).not.toHaveBeenCalled();

    // The coordinator saves a WebDAV link in the inbox form (it saves, then refreshes the status).
    await central.call('central.configureInbox', { folder: null, webdav: { url: 'https://dav.example.org/relais/', username: 'bureau', password: 'x' } });
    await useReceive.getState().refresh();
    expect(receive).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(WEBDAV_POLL_MS - 1000);
    expect(receive).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1000);
    await until(() => receive.mock.calls.length === 1);
    // The next poll is set when that run ends, five minutes later.
    await until(() => vi.getTimerCount() === 1);
    await vi.advanceTimersByTimeAsync(WEBDAV_POLL_MS);
    await until(() => receive.mock.calls.length === 2);
    await until(() => vi.getTimerCount() === 1);

    // The link removed: no more polling.
    await central.call('central.configureInbox', { folder: null, webdav: null });
    await useReceive.getState().refresh();
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(3 * WEBDAV_POLL_MS);
    expect(receive).toHaveBeenCalledTimes(2);
    stop();
  });
});
