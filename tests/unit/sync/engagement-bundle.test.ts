import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBundle } from '../../../electron/services/sync/bundle';
import { buildBundle } from '../../../electron/services/sync/export';
import { generateSigningKey, type SigningKeyPair } from '../../../electron/services/sync/signing';
import { builtInInstruments } from '../../../shared/logic/instruments';
import { tableSchemas, type TableName } from '../../../shared/model/tables';
import { BUNDLE_VERSION } from '../../../shared/sync/format';
import { DEVICE, ageKeygen, stampAt, tempDir, tombstone, type AgeIdentity } from './fixtures';

let tmp: ReturnType<typeof tempDir>;
let central: AgeIdentity;
let device: SigningKeyPair;

beforeAll(async () => {
  tmp = tempDir();
  central = ageKeygen(tmp.dir);
  device = await generateSigningKey();
});
afterAll(() => tmp.cleanup());

const meta = (n: number, prefix: string) => {
  const at = new Date(1_760_000_000_000 + n).toISOString();
  return { id: `01J${prefix}${String(n).padStart(8, '0')}`, createdAt: at, updatedAt: at, deviceId: DEVICE, stamp: stampAt(n) };
};
const P1 = '01JPARTNER00000001';
const journal = [{ at: '2025-10-09T14:00:00.000Z', event: 'created' }];
const grid = builtInInstruments().find((b) => b.builtIn === 'involvement')!;

/** One invented record of each table issue 12 added, as the screens write them. */
const engagementRecords: Partial<Record<TableName, Record<string, unknown>[]>> = {
  committees: [{ ...meta(1, 'COMMITTEE'), name: 'Comité de gestion des risques', type: 'user_safety', directorate: 'DQEPE', seats: 2, journal }],
  committeeMembers: [{ ...meta(2, 'SEATXXXXX'), committeeId: '01JCOMMITTEE00000001', partnerId: P1, termStart: '2025-09-01', termEnd: '2027-08-31' }],
  committeeMeetings: [{ ...meta(3, 'MEETINGXX'), committeeId: '01JCOMMITTEE00000001', date: '2025-10-08', attendeeIds: [P1], notes: 'Revue des incidents.' }],
  sessions: [
    {
      ...meta(4, 'SESSIONXX'),
      kind: 'information',
      title: 'Soirée d’information ᐄᔨᔨᐤ',
      date: '2025-10-01',
      language: 'cr',
      otherAttendees: 19,
      attendeeIds: [P1],
      journal,
    },
  ],
  copMeetings: [{ ...meta(5, 'COPXXXXXX'), date: '2025-10-02', themes: ['Accueil des nouveaux membres'], attendeeIds: [P1], journal }],
  instruments: [{ ...meta(6, 'XX'), ...grid, id: grid.id, journal }],
  surveyResponses: [
    {
      ...meta(7, 'RESPONSEX'),
      instrumentId: grid.id,
      date: '2025-10-09',
      mode: 'paper',
      partnerId: P1,
      committeeMemberId: '01JSEATXXXXX00000002',
      answers: { role: 4, obstacles: 'Les documents arrivent tard.' },
    },
    tombstone(8),
  ],
};

describe('bundles carry the committee, session, community and survey tables (since format 1.2)', () => {
  it('seals every new table, and the age CLI opens it into records that validate with the model', async () => {
    const sealed = await buildBundle({ full: true, sinceStamp: null, deviceId: DEVICE, establishment: 'CRSSS-BJ', records: engagementRecords }, device, [
      central.recipient,
    ]);
    if (!sealed) throw new Error('expected a bundle');
    const file = join(tmp.dir, 'engagement.age');
    writeFileSync(file, sealed.bytes);
    const doc = JSON.parse(gunzipSync(execFileSync('age', ['-d', '-i', central.file, file])).toString('utf8'));
    expect(doc.formatVersion).toBe(BUNDLE_VERSION);
    expect(doc.header.counts).toEqual({
      committees: { records: 1, tombstones: 0 },
      committeeMembers: { records: 1, tombstones: 0 },
      committeeMeetings: { records: 1, tombstones: 0 },
      sessions: { records: 1, tombstones: 0 },
      copMeetings: { records: 1, tombstones: 0 },
      instruments: { records: 1, tombstones: 0 },
      surveyResponses: { records: 1, tombstones: 1 },
    });
    for (const [table, rows] of Object.entries(doc.records) as [TableName, { deleted?: 1 }[]][])
      for (const row of rows.filter((r) => !r.deleted)) expect(tableSchemas[table].safeParse(row).success, table).toBe(true);
    expect(doc.records.sessions[0].title).toBe('Soirée d’information ᐄᔨᔨᐤ');
    expect(doc.records.surveyResponses.find((r: { deleted?: 1 }) => r.deleted)).not.toHaveProperty('answers');

    const opened = await openBundle(sealed.bytes, [central.identity], [device.publicRaw]);
    expect(opened.counts.committeeMembers).toEqual({ records: 1, tombstones: 0 });
  });

  it('refuses a committee record that breaks the model, naming the table', async () => {
    const bad = { committees: [{ ...meta(9, 'COMMITTEE'), name: '', type: 'user_safety', seats: -1, journal: [] }] };
    await expect(
      buildBundle({ full: true, sinceStamp: null, deviceId: DEVICE, establishment: '', records: bad }, device, [central.recipient]),
    ).rejects.toThrow();
  });
});
