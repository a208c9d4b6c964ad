import { afterAll, describe, expect, it } from 'vitest';
import { startWebdavServer } from '../../support/webdav-server';
import { Laptop, Machine, cleanupAll, partnerFields } from './harness';

afterAll(cleanupAll);

describe('the WebDAV inbox and the central identity', () => {
  it('pulls a bundle sent in parts from a real loopback WebDAV server, reassembles it by its manifest and merges it; a wrong password is reported', async () => {
    const server = await startWebdavServer('bureau', 'bon-mot-de-passe');
    try {
      const central = await Machine.make();
      const key = await central.call('central.enable', {});
      const laptop = await Laptop.make({ partSize: 2048 });
      await laptop.setOffice('CISSS de la Gaspésie');
      await laptop.call('sync.setCentralKey', { recipient: key.recipient, escrow: null });
      await laptop.call('sync.configureTarget', { kind: 'webdav', url: server.url, username: 'bureau', password: 'bon-mot-de-passe' });
      for (let i = 0; i < 30; i++) await laptop.records.save('partners', partnerFields(`Inès${i}`, `Nomfictif${i}`));
      await laptop.send();
      const names = [...(await server.files()).keys()];
      expect(names.some((n) => n.endsWith('.parts.json'))).toBe(true);
      expect(names.filter((n) => /\.part-\d{4}$/.test(n)).length).toBeGreaterThan(1);

      await central.call('central.configureInbox', { folder: null, webdav: { url: server.url, username: 'bureau', password: 'mauvais' } });
      const refused = await central.call('central.scan', {});
      expect(refused.webdavError).toBe('sync_auth');

      await central.call('central.configureInbox', { folder: null, webdav: { url: server.url, username: 'bureau', password: 'bon-mot-de-passe' } });
      const { receiveAll } = await import('../../../renderer/src/screens/central/receiveLoop');
      const held = await receiveAll({ db: central.db, call: central.call, central: true });
      expect(held.held).toHaveLength(1);
      await central.approveAll();
      const merged = await receiveAll({ db: central.db, call: central.call, central: true });
      expect(merged).toMatchObject({ applied: 1, refused: [] });
      expect(await central.db.partners.count()).toBe(30);
      expect(await central.db.offices.get('CISSS de la Gaspésie')).toMatchObject({ settings: { officeName: 'CISSS de la Gaspésie' } });
    } finally {
      await server.stop();
    }
  });

  it('backs the central identity up as a passphrase-protected age file that opens only with that passphrase, and a new computer takes the key over from it', async () => {
    const central = await Machine.make();
    const key = await central.call('central.enable', {});
    await expect(central.call('central.backupIdentity', { passphrase: 'court' })).rejects.toThrow('invalid_input');
    const backup = await central.call('central.backupIdentity', { passphrase: 'une phrase secrète assez longue' });
    const bytes = Buffer.from(backup.base64, 'base64');
    expect(bytes.subarray(0, 22).toString()).toBe('age-encryption.org/v1\n');
    expect(bytes.toString('latin1')).toContain('-> scrypt ');
    // A new central office computer takes the key over from the backup, with its passphrase only.
    const replacement = await Machine.make();
    await expect(replacement.call('central.restoreIdentity', { base64: backup.base64, passphrase: 'une autre phrase secrète' })).rejects.toThrow(
      'bad_passphrase',
    );
    expect(await replacement.call('central.restoreIdentity', { base64: backup.base64, passphrase: 'une phrase secrète assez longue' })).toEqual(key);
    expect(await replacement.ctx.secrets.get('central.age-identity')).toBe(await central.ctx.secrets.get('central.age-identity'));
    expect((await replacement.call('central.status', {})).mode).toBe('central');
    // The same key on a second call: choosing central mode twice never replaces it.
    expect((await central.call('central.enable', {})).recipient).toBe(key.recipient);
    // age's scrypt is slow on purpose (three derivations here): more time on a busy machine.
  }, 120_000);
});
