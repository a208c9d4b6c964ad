import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { freePort } from './rclone-webdav';

/**
 * Debian's Apache with mod_dav_fs, run in the foreground from a small config on a free
 * loopback port: the other strict WebDAV server central IT runs. Serves `dir` (which must
 * lie in `work`, a folder of its own) with Basic authentication, over https when given a
 * certificate and key.
 */
export interface ApacheServer {
  url: string;
  stop(): Promise<void>;
}

const MODULES = '/usr/lib/apache2/modules';

export const hasApache = (): boolean => {
  try {
    readFileSync(`${MODULES}/mod_dav_fs.so`);
    return true;
  } catch {
    return false;
  }
};

export const startApache = async (opts: { work: string; dir: string; user: string; pass: string; cert?: string; key?: string }): Promise<ApacheServer> => {
  const port = await freePort();
  const run = join(opts.work, 'apache');
  mkdirSync(join(run, 'lock'), { recursive: true });
  // Apache drops root for an unprivileged user, which must reach the served folder and
  // write its lock database (mod_dav_fs keeps one even for clients that never lock).
  for (const d of [opts.work, run]) chmodSync(d, 0o755);
  for (const d of [opts.dir, join(run, 'lock')]) chmodSync(d, 0o777);
  writeFileSync(join(run, 'htpasswd'), `${opts.user}:{SHA}${createHash('sha1').update(opts.pass).digest('base64')}\n`);
  const mods = ['mpm_event', 'authn_core', 'authn_file', 'auth_basic', 'authz_core', 'authz_user', 'dav', 'dav_fs', 'alias'];
  if (opts.cert) mods.push('socache_shmcb', 'ssl');
  const conf = [
    `ServerRoot ${run}`,
    `Listen 127.0.0.1:${port}`,
    'ServerName 127.0.0.1',
    `PidFile ${run}/httpd.pid`,
    `ErrorLog ${run}/error.log`,
    'LogLevel warn',
    'User nobody',
    'Group nogroup',
    ...mods.map((m) => `LoadModule ${m}_module ${MODULES}/mod_${m}.so`),
    `DavLockDB ${run}/lock/DavLock`,
    `DocumentRoot ${opts.dir}`,
    ...(opts.cert ? ['SSLEngine on', `SSLCertificateFile ${opts.cert}`, `SSLCertificateKeyFile ${opts.key}`] : []),
    `<Directory ${opts.dir}>`,
    '  Dav On',
    '  AuthType Basic',
    '  AuthName relais',
    `  AuthUserFile ${run}/htpasswd`,
    '  Require valid-user',
    '</Directory>',
  ].join('\n');
  writeFileSync(join(run, 'httpd.conf'), `${conf}\n`);
  if (opts.key) chmodSync(opts.key, 0o644);
  const child: ChildProcess = spawn('/usr/sbin/apache2', ['-f', join(run, 'httpd.conf'), '-DFOREGROUND'], { stdio: 'ignore' });
  const until = Date.now() + 15_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`apache2 exited: ${readFileSync(join(run, 'error.log'), 'utf8').slice(-500)}`);
    const up = await new Promise<boolean>((res) => {
      const c = connect(port, '127.0.0.1', () => {
        c.end();
        res(true);
      });
      c.once('error', () => res(false));
    });
    if (up) break;
    if (Date.now() > until) throw new Error('apache2 did not start');
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    url: `${opts.cert ? 'https' : 'http'}://127.0.0.1:${port}/`,
    stop: () =>
      new Promise<void>((res) => {
        if (child.exitCode !== null || child.signalCode !== null) return res();
        child.once('exit', () => res());
        child.kill('SIGTERM');
      }),
  };
};
