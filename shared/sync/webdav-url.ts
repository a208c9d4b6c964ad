/**
 * A WebDAV address Relais will send to. Basic authentication sends the password with
 * every request, and bundles' names and sizes travel too, over satellite and cellular
 * links: so https only, except on this machine itself (tests, a local relay). A user name
 * or password written inside the address would be saved in plain text and shown back in
 * the status, so it is refused: they have their own fields.
 */
const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;

export type WebdavUrlProblem = 'not_url' | 'not_https' | 'credentials_in_url';

export const webdavUrlProblem = (raw: string): WebdavUrlProblem | null => {
  let u: URL;
  try {
    u = new URL(raw.trim());
  } catch {
    return 'not_url';
  }
  if (u.protocol !== 'https:' && !(u.protocol === 'http:' && LOOPBACK.test(u.hostname))) return u.protocol === 'http:' ? 'not_https' : 'not_url';
  if (u.username || u.password) return 'credentials_in_url';
  return null;
};
