import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatStamp } from '../../../shared/clock/hlc';

/** Small invented records; unit tests never depend on the demo generator. */
export const DEVICE = 'dev-test-01';

export const stampAt = (n: number): string => formatStamp({ wall: 1_760_000_000_000 + n, counter: 0 }, DEVICE);

export const partner = (n: number, extra: Record<string, unknown> = {}): Record<string, unknown> => {
  const at = new Date(1_760_000_000_000 + n).toISOString();
  return {
    id: `01JPARTNER${String(n).padStart(8, '0')}`,
    createdAt: at,
    updatedAt: at,
    deviceId: DEVICE,
    stamp: stampAt(n),
    draft: false,
    firstName: `Prénom${n}`,
    lastName: `Nomfictif${n}`,
    phone: '418 555-0100',
    community: 'Chibougamau',
    language: 'fr',
    interpreter: false,
    participation: ['in_person'],
    availability: [],
    caregiver: n % 2 === 0,
    sectors: ['santé mentale et dépendance'],
    trajectories: [],
    roles: [],
    levels: [],
    trainings: [],
    notes: 'Disponible le soir. ᐄᔨᔨᐤ ᐊᔅᒌ',
    consents: {},
    sharedExperiences: [],
    dualRoles: [],
    step: 'interest',
    history: [{ at, to: 'interest' }],
    archived: false,
    ...extra,
  };
};

export const contact = (n: number, partnerId: string): Record<string, unknown> => {
  const at = new Date(1_760_000_000_000 + n).toISOString();
  return {
    id: `01JCONTACT${String(n).padStart(8, '0')}`,
    createdAt: at,
    updatedAt: at,
    deviceId: DEVICE,
    stamp: stampAt(n),
    partnerId,
    date: '2025-10-09',
    channel: 'call',
    summary: 'Premier appel, intéressée par le comité qualité.',
  };
};

export const tombstone = (n: number): Record<string, unknown> => ({ ...partner(n), deleted: 1 });

export interface AgeIdentity {
  identity: string;
  recipient: string;
  file: string;
}

/** A real X25519 identity made by the age-keygen CLI. */
export const ageKeygen = (dir: string, name = 'central-identity.txt'): AgeIdentity => {
  const file = join(dir, name);
  execFileSync('age-keygen', ['-o', file], { stdio: ['ignore', 'ignore', 'pipe'] });
  const text = execFileSync('cat', [file]).toString();
  const identity = /^AGE-SECRET-KEY-1\S+$/m.exec(text)?.[0];
  const recipient = /# public key: (age1\S+)/.exec(text)?.[1];
  if (!identity || !recipient) throw new Error('age-keygen output not understood');
  return { identity, recipient, file };
};

export const tempDir = (): { dir: string; cleanup: () => void } => {
  const dir = mkdtempSync(join(tmpdir(), 'relais-sync-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
};
