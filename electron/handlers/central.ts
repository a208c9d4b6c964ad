import type { HandlerTable } from '../../shared/bridge/contract';
import { centralServiceFor } from '../services/central/service';
import { sendToOffice } from '../services/central/send-back';
import type { HttpClient } from '../services/sync/http';
import type { SyncService } from '../services/sync/service';
import type { HostContext } from './context';

type CentralHandlers = Pick<
  HandlerTable,
  | 'central.status'
  | 'central.enable'
  | 'central.backupIdentity'
  | 'central.restoreIdentity'
  | 'central.configureInbox'
  | 'central.scan'
  | 'central.open'
  | 'central.unquarantine'
  | 'central.decideDevice'
  | 'central.sendToOffice'
>;

/** Thin: every handler delegates to the host's one receiving service. */
export const centralHandlers = (ctx: HostContext, sync: SyncService, http?: HttpClient): CentralHandlers => {
  // The WebDAV inbox travels like the laptops' sync: Electron's network stack in the desktop app.
  const svc = () => centralServiceFor(ctx, http);
  return {
    'central.status': () => svc().status(),
    'central.enable': () => svc().enable(),
    'central.backupIdentity': ({ passphrase }) => svc().backup(passphrase),
    'central.restoreIdentity': ({ base64, passphrase }) => svc().restore(base64, passphrase),
    'central.configureInbox': ({ folder, webdav }) =>
      svc().configureInbox({ folder, webdav: webdav && { url: webdav.url, username: webdav.username, caFile: webdav.caFile || null } }, webdav?.password),
    'central.scan': () => svc().scan(),
    'central.open': ({ file }) => svc().open(file),
    'central.unquarantine': ({ file }) => svc().unquarantine(file),
    'central.decideDevice': ({ deviceId, decision }) => svc().decideDevice(deviceId, decision),
    'central.sendToOffice': (input) => sendToOffice(ctx, svc(), sync, input),
  };
};
