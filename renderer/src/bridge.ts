import type { ChannelInput, ChannelName, ChannelOutput, RelaisBridge } from '../../shared/bridge/contract';
import type { Result } from '../../shared/bridge/result';
import { BridgeFailure } from './failure';

export { BridgeFailure } from './failure';

declare global {
  interface Window {
    relais?: RelaisBridge;
  }
}

const TOKEN_KEY = 'relais.webToken';

/**
 * The browser host hands the page its token in the URL fragment (never sent to a server
 * or a referrer). Keep it in this origin's storage (127.0.0.1:<port> only) and drop it
 * from the address, so a bookmark of the app still works in a new tab or after a
 * restart: the host keeps the same token from one launch to the next.
 */
const takeToken = (): string | null => {
  const m = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(window.location.hash);
  if (m?.[1]) {
    localStorage.setItem(TOKEN_KEY, m[1]);
    history.replaceState(null, '', `${window.location.pathname}${window.location.search}#/`);
  }
  return localStorage.getItem(TOKEN_KEY);
};

const httpBridge = (token: string | null): RelaisBridge => ({
  async invoke<K extends ChannelName>(channel: K, input: ChannelInput<K>): Promise<Result<ChannelOutput<K>>> {
    try {
      const res = await fetch(`/bridge/${channel}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Relais-Token': token ?? '' },
        body: JSON.stringify(input),
      });
      return (await res.json()) as Result<ChannelOutput<K>>;
    } catch {
      return { ok: false, error: { code: 'internal', message: 'host unreachable' } };
    }
  },
});

export const bridge: RelaisBridge = window.relais ?? httpBridge(takeToken());

/** Unwraps a result or throws a BridgeFailure carrying the translated-by-code error. */
export const call = async <K extends ChannelName>(channel: K, input: ChannelInput<K>): Promise<ChannelOutput<K>> => {
  const r = await bridge.invoke(channel, input);
  if (!r.ok) throw new BridgeFailure(r.error.code);
  return r.value;
};
