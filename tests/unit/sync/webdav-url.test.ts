import { describe, expect, it } from 'vitest';
import { contract } from '../../../shared/bridge/contract';
import { webdavUrlProblem } from '../../../shared/sync/webdav-url';

describe('WebDAV addresses', () => {
  it('accepts https, and http only on this machine', () => {
    expect(webdavUrlProblem('https://nuage.example.org/remote.php/dav/files/bureau/')).toBeNull();
    expect(webdavUrlProblem('http://127.0.0.1:8080/dav/')).toBeNull();
    expect(webdavUrlProblem('http://localhost:8080/dav/')).toBeNull();
  });
  it('refuses plain http over the network, where the password would travel in clear', () => {
    expect(webdavUrlProblem('http://nuage.example.org/dav/')).toBe('not_https');
  });
  it('refuses a user name or password written inside the address', () => {
    expect(webdavUrlProblem('https://bureau:secret@nuage.example.org/dav/')).toBe('credentials_in_url');
  });
  it('refuses what is not an address', () => {
    expect(webdavUrlProblem('nuage.example.org')).toBe('not_url');
    expect(webdavUrlProblem('ftp://nuage.example.org/')).toBe('not_url');
  });
  it('is enforced at the bridge, whatever the screen sends', () => {
    const input = contract['sync.configureTarget'].input;
    expect(input.safeParse({ kind: 'webdav', url: 'http://nuage.example.org/dav/', username: 'u' }).success).toBe(false);
    expect(input.safeParse({ kind: 'webdav', url: 'https://nuage.example.org/dav/', username: 'u' }).success).toBe(true);
  });
});
