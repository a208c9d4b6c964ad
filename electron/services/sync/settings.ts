import type { SyncTarget } from '../../../shared/bridge/channels/sync';
import type { Logger } from '../logger';
import type { SecretStore } from '../secret-store';
import { loadConfig, saveConfig, type SyncConfig } from './config';
import { folderTransport } from './folder-transport';
import type { HttpClient } from './http';
import { WEBDAV_PASSWORD, devicePublicText, loadDeviceKey, parseRecipient, recipientFingerprint } from './keys';
import type { Transport } from './transport';
import { webdavTransport } from './webdav-transport';

export type TransportFactory = (target: SyncTarget, password: string | null) => Transport;

/** Folder or WebDAV; `http` is Electron's network stack in the desktop app, Node's (with the CA file setting) otherwise. */
export const defaultTransport =
  (http?: HttpClient): TransportFactory =>
  (target, password) =>
    target.kind === 'folder'
      ? folderTransport(target.path)
      : webdavTransport({ url: target.url, username: target.username, password: password ?? '', http, caFile: target.caFile });

/**
 * Sync settings: where bundles go, for whom they are sealed, and the device's signing key.
 * `config.json` is read once and cached; the password and the key live in the secret store.
 */
export class SyncSettings {
  private config: SyncConfig | null = null;
  private deviceKeyP: ReturnType<typeof loadDeviceKey> | null = null;

  constructor(
    private readonly syncDir: string,
    private readonly secrets: SecretStore,
    private readonly log: Logger,
    private readonly makeTransport: TransportFactory = defaultTransport(),
  ) {}

  async get(): Promise<SyncConfig> {
    this.config ??= await loadConfig(this.syncDir, this.log);
    return this.config;
  }

  private async update(patch: Partial<Omit<SyncConfig, 'version'>>): Promise<void> {
    const next = { ...(await this.get()), ...patch };
    await saveConfig(this.syncDir, next);
    this.config = next;
  }

  /** The configured target's transport, or null when there is none. */
  async transport(): Promise<Transport | null> {
    return this.transportFor((await this.get()).target);
  }

  /** A transport for a target (saved or only typed); without a typed password, the stored one. */
  async transportFor(target: SyncTarget | null, password?: string): Promise<Transport | null> {
    if (!target) return null;
    const secret = target.kind === 'webdav' ? (password ?? (await this.secrets.get(WEBDAV_PASSWORD))) : null;
    return this.makeTransport(target, secret);
  }

  /**
   * The device's signing key, loaded (or made, on first run) once: two calls at the same
   * moment on first run would otherwise each make a different key.
   */
  deviceKey(): ReturnType<typeof loadDeviceKey> {
    this.deviceKeyP ??= loadDeviceKey(this.secrets).catch((err: unknown) => {
      this.deviceKeyP = null;
      throw err;
    });
    return this.deviceKeyP;
  }

  async setCentralKey(recipientText: string, escrowText: string | null) {
    const central = parseRecipient(recipientText);
    const escrow = escrowText?.trim() ? parseRecipient(escrowText) : null;
    await this.update({ central, escrow });
    return {
      central: { recipient: central, fingerprint: await recipientFingerprint(central) },
      escrow: escrow ? { recipient: escrow, fingerprint: await recipientFingerprint(escrow) } : null,
    };
  }

  async setTarget(target: SyncTarget | null, password?: string): Promise<void> {
    if (password !== undefined) await this.secrets.set(WEBDAV_PASSWORD, password);
    await this.update({ target });
  }

  async keys() {
    const cfg = await this.get();
    const device = await this.deviceKey();
    return {
      central: cfg.central ? { recipient: cfg.central, fingerprint: await recipientFingerprint(cfg.central) } : null,
      escrow: cfg.escrow ? { recipient: cfg.escrow, fingerprint: await recipientFingerprint(cfg.escrow) } : null,
      device: await devicePublicText(device.publicRaw),
      protectedAtRest: this.secrets.protected,
    };
  }
}
