import { useCallback, useEffect, useRef, useState } from 'react';
import type { SyncStatus } from '../../../../shared/bridge/channels/sync';
import { call } from '../../bridge';
import { failureCode } from '../../failure';

/** How often the open Sync screen asks the main process where things stand. */
export const POLL_MS = 1500;

/** The sync status, polled while the component is mounted; `refresh` asks at once. */
export const useSyncStatus = (): { status: SyncStatus | null; refresh(): void; pollError: string | null } => {
  const [status, setStatus] = useState<SyncStatus | null>(null);
  const [pollError, setPollError] = useState<string | null>(null);
  const timer = useRef<number | null>(null);
  const alive = useRef(true);

  const poll = useCallback(async () => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
    try {
      const s = await call('sync.status', {});
      if (!alive.current) return;
      setStatus(s);
      setPollError(null);
    } catch (err) {
      if (alive.current) setPollError(failureCode(err));
    }
    if (alive.current && timer.current === null) timer.current = window.setTimeout(() => void poll(), POLL_MS);
  }, []);

  useEffect(() => {
    alive.current = true;
    void poll();
    return () => {
      alive.current = false;
      if (timer.current !== null) window.clearTimeout(timer.current);
    };
  }, [poll]);

  const refresh = useCallback(() => void poll(), [poll]);
  return { status, refresh, pollError };
};
