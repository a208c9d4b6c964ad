import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { NewerDatabaseError, openChecked, openDb } from '../../../renderer/src/db/db';
import { SCHEMA_VERSION, v1Stores, v2Stores } from '../../../renderer/src/db/schema';

const base = (id: string, n: number) => ({
  id,
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
  deviceId: 'olddevice',
  stamp: `00017356896000${String(n).padStart(2, '0')}-00000-olddevice`,
});

describe('database migrations', () => {
  it('upgrades a version-1 database without losing anything and derives contact dates', async () => {
    const name = `relais-migration-${Math.random()}`;
    // Write the database exactly as version 1 of Relais declared it.
    const v1 = new Dexie(name);
    v1.version(1).stores(v1Stores);
    await v1.open();
    await v1.table('partners').bulkPut([
      { ...base('01JPARTNER0000000000000001', 1), firstName: 'Rose', lastName: 'Gagnon', step: 'in_bank', history: [] },
      { ...base('01JPARTNER0000000000000002', 2), firstName: 'Élise', lastName: 'Wapachee', step: 'interest', history: [] },
    ]);
    await v1.table('contacts').bulkPut([
      { ...base('01JCONTACT0000000000000001', 3), partnerId: '01JPARTNER0000000000000001', date: '2025-03-02', channel: 'call', summary: 'a' },
      {
        ...base('01JCONTACT0000000000000002', 4),
        partnerId: '01JPARTNER0000000000000001',
        date: '2025-06-10',
        channel: 'meeting',
        summary: 'b',
        nextStepAt: '2025-07-01',
      },
      { ...base('01JCONTACT0000000000000003', 5), partnerId: '01JPARTNER0000000000000001', date: '2025-04-01', channel: 'email', summary: 'c' },
    ]);
    await v1.table('settings').put({ ...base('office-settings', 6), officeName: 'Bureau' });
    await v1.table('meta').put({ key: 'deviceId', value: 'olddevice' });
    v1.close();

    const db = openDb(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(await db.partners.count()).toBe(2);
    expect(await db.contacts.count()).toBe(3);
    expect((await db.settings.get('office-settings'))?.officeName).toBe('Bureau');
    expect((await db.meta.get('deviceId'))?.value).toBe('olddevice');
    const rose = await db.partners.get('01JPARTNER0000000000000001');
    expect(rose).toMatchObject({ firstName: 'Rose', lastContactAt: '2025-06-10', nextStepAt: '2025-07-01', stamp: base('', 1).stamp });
    const elise = await db.partners.get('01JPARTNER0000000000000002');
    expect(elise?.firstName).toBe('Élise');
    expect(elise?.lastContactAt).toBeUndefined();
    // The new tables and indexes exist and work.
    expect(await db.partners.where('lastContactAt').above('2025-01-01').count()).toBe(1);
    await db.requests.put({ id: 'x'.repeat(26) } as never);
    expect(await db.requests.count()).toBe(1);
    // v5: the printables' tables start empty (the guides fall back to their originals).
    expect(await db.posters.count()).toBe(0);
    expect(await db.guides.where('guide').equals('your_role').count()).toBe(0);
    db.close();
  });

  it('upgrades a version-2 database: each partner speaks its one language, and the language filter index works', async () => {
    const name = `relais-migration-v2-${Math.random()}`;
    const v2 = new Dexie(name);
    v2.version(1).stores(v1Stores);
    v2.version(2).stores(v2Stores);
    await v2.open();
    await v2.table('partners').bulkPut([
      { ...base('01JPARTNER0000000000000011', 1), firstName: 'Josée', lastName: 'Wapachee', language: 'cr', step: 'in_bank', history: [] },
      { ...base('01JPARTNER0000000000000012', 2), firstName: 'Rose', lastName: 'Gagnon', language: 'fr', step: 'in_bank', history: [] },
      { ...base('01JPARTNER0000000000000013', 3), deleted: 1 },
    ]);
    v2.close();

    const db = openDb(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect((await db.partners.get('01JPARTNER0000000000000011'))?.languages).toEqual(['cr']);
    expect(await db.partners.get('01JPARTNER0000000000000012')).toMatchObject({ language: 'fr', languages: ['fr'], stamp: base('', 2).stamp });
    // A tombstone stays a tombstone: nothing personal is added to it.
    expect((await db.partners.get('01JPARTNER0000000000000013'))?.languages).toBeUndefined();
    expect((await db.partners.where('languages').equals('cr').primaryKeys()).sort()).toEqual(['01JPARTNER0000000000000011']);
    db.close();
  });

  it('v8 adds the per-year notes table to a version-2 database, keeping its records', async () => {
    const name = `relais-migration-v8-${Math.random()}`;
    const v2 = new Dexie(name);
    v2.version(1).stores(v1Stores);
    v2.version(2).stores(v2Stores);
    await v2.open();
    await v2.table('requests').put({ ...base('01JREQUEST0000000000000001', 1), title: 'Comité', receivedAt: '2025-02-01', status: 'received' });
    v2.close();

    const db = openDb(name);
    await db.open();
    expect(await db.requests.count()).toBe(1);
    await db.yearReports.put({ ...base('yearreport-2025', 2), year: 2025, highlights: 'Un bon an', challenges: '', portrait: {} } as never);
    expect((await db.yearReports.where('year').equals(2025).first())?.highlights).toBe('Un bon an');
    db.close();
  });

  it('upgrades a version-2 database through version 4: data kept, committee and survey tables ready, attendance indexed per partner', async () => {
    const name = `relais-migration-v2-${Math.random()}`;
    const v2 = new Dexie(name);
    v2.version(1).stores(v1Stores);
    v2.version(2).stores(v2Stores);
    await v2.open();
    await v2.table('partners').put({ ...base('01JPARTNER0000000000000001', 1), firstName: 'Rose', lastName: 'Gagnon', step: 'active', history: [] });
    await v2
      .table('mandates')
      .put({ ...base('01JMANDATE0000000000000001', 2), requestId: 'r', partnerId: '01JPARTNER0000000000000001', status: 'active', steps: [] });
    v2.close();

    const db = openDb(name);
    await openChecked(db);
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect((await db.partners.get('01JPARTNER0000000000000001'))?.firstName).toBe('Rose');
    expect(await db.mandates.count()).toBe(1);
    await db.sessions.put({ ...base('01JSESSION0000000000000001', 3), attendeeIds: ['01JPARTNER0000000000000001', 'other'] } as never);
    await db.committeeMembers.put({
      ...base('01JSEAT00000000000000001', 4),
      committeeId: 'c',
      partnerId: '01JPARTNER0000000000000001',
      termStart: '2026-01-01',
    } as never);
    expect(await db.sessions.where('attendeeIds').equals('01JPARTNER0000000000000001').count()).toBe(1);
    expect(await db.committeeMembers.where('partnerId').equals('01JPARTNER0000000000000001').count()).toBe(1);
    expect(await db.surveyResponses.count()).toBe(0);
    db.close();
  });

  it('refuses a database written by a newer Relais instead of damaging it', async () => {
    const name = `relais-newer-${Math.random()}`;
    const future = new Dexie(name);
    future.version(SCHEMA_VERSION + 5).stores({ ...v1Stores, future: 'id' });
    await future.open();
    future.close();
    const db = openDb(name);
    await expect(openChecked(db)).rejects.toBeInstanceOf(NewerDatabaseError);
    // Untouched: the future table is still there.
    const again = new Dexie(name);
    await again.open();
    expect(again.tables.map((t) => t.name).sort()).toEqual([...Object.keys(v1Stores), 'future'].sort());
    again.close();
  });
});
