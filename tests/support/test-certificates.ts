import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface TestCertificates {
  /** The internal certificate authority (as a health network runs one). */
  caCert: string;
  /** A server certificate for 127.0.0.1 signed by that authority, and its key. */
  serverCert: string;
  serverKey: string;
  /** A certificate for 127.0.0.1 that signs itself, and its key. */
  selfSignedCert: string;
  selfSignedKey: string;
  /** SHA-256 fingerprint as `openssl x509 -fingerprint -sha256` prints it (AA:BB:…). */
  fingerprint(certFile: string): string;
}

const openssl = (args: string[]) => execFileSync('openssl', args, { stdio: ['ignore', 'pipe', 'pipe'] }).toString();

/** A new P-256 key, unencrypted: every certificate below uses one. */
const newP256Key = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes'];

/** Made with the real openssl at test time, into `dir`; nothing is checked in. */
export const makeTestCertificates = (dir: string): TestCertificates => {
  const p = (n: string) => join(dir, n);
  const subjectAlt = p('san.cnf');
  writeFileSync(subjectAlt, 'subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\n');
  openssl(['req', '-x509', ...newP256Key, '-days', '2', '-subj', '/CN=CA interne de test Relais/O=Réseau fictif', '-keyout', p('ca.key'), '-out', p('ca.pem')]);
  openssl(['req', ...newP256Key, '-subj', '/CN=nuage.test/O=Réseau fictif', '-keyout', p('server.key'), '-out', p('server.csr')]);
  openssl([
    'x509',
    '-req',
    '-in',
    p('server.csr'),
    '-CA',
    p('ca.pem'),
    '-CAkey',
    p('ca.key'),
    '-CAcreateserial',
    '-days',
    '2',
    '-extfile',
    subjectAlt,
    '-out',
    p('server.pem'),
  ]);
  openssl([
    'req',
    '-x509',
    ...newP256Key,
    '-days',
    '2',
    '-subj',
    '/CN=auto-signe.test',
    '-addext',
    'subjectAltName=IP:127.0.0.1',
    '-keyout',
    p('self.key'),
    '-out',
    p('self.pem'),
  ]);
  return {
    caCert: p('ca.pem'),
    serverCert: p('server.pem'),
    serverKey: p('server.key'),
    selfSignedCert: p('self.pem'),
    selfSignedKey: p('self.key'),
    fingerprint: (file) => /=([0-9A-F:]+)/.exec(openssl(['x509', '-noout', '-fingerprint', '-sha256', '-in', file]))?.[1] ?? '',
  };
};
