import { afterAll, describe, expect, it } from 'vitest';
import { resolveConflict } from '../../../renderer/src/db/receive';
import { officeRecordsFor } from '../../../renderer/src/screens/central/officeRecords';
import { versionTitle } from '../../../renderer/src/screens/central/versionTitle';
import { guideRecordId } from '../../../shared/model/printables';
import { PortraitAnswers, yearReportId } from '../../../shared/model/year-report';
import { builtInId } from '../../../shared/model/survey';
import { centralId, isOfficeScoped, scopeOf, unscopeId } from '../../../shared/sync/office-scoped';
import { Laptop, Machine, cleanupAll, partnerFields, tmp } from './harness';

afterAll(cleanupAll);

const NORD = 'CISSS du Nord fictif';
const SUD = 'CIUSSS du Sud fictif';

const saveReport = (l: Laptop, highlights: string) =>
  l.records.save('yearReports', { id: yearReportId(2026), year: 2026, highlights, challenges: '', portrait: PortraitAnswers.parse({}) });
const saveGuide = (l: Laptop, body: string) =>
  l.records.save('guides', { id: guideRecordId('three_roles', 'fr'), guide: 'three_roles', language: 'fr', title: 'Trois rôles', body });

/** A central office and one laptop per named office, all sending to one folder. */
const region = async (...offices: string[]) => {
  const central = await Machine.make();
  const key = await central.call('central.enable', {});
  const drop = tmp('inbox');
  const laptops: Laptop[] = [];
  for (const o of offices) {
    const l = await Laptop.make();
    await l.setup(key.recipient, drop);
    await l.setOffice(o);
    laptops.push(l);
  }
  const receive = async () => {
    await central.receive(drop, true);
    await central.approveAll();
    return central.receive(drop, true);
  };
  /** A wiped laptop of `office` introduces itself, then gets its office's bundle back. */
  const restore = async (office: string): Promise<Laptop> => {
    const fresh = await Laptop.make();
    await fresh.setup(key.recipient, drop);
    await fresh.setOffice(office);
    await fresh.send(true);
    await receive();
    const back = tmp('back');
    const status = await central.call('central.status', {});
    await central.call('central.sendToOffice', {
      establishment: office,
      folder: back,
      deviceId: central.deviceId,
      records: await officeRecordsFor(central.db, office, status.devices),
    });
    await fresh.receive(back, false);
    await fresh.approveAll();
    await fresh.receive(back, false);
    return fresh;
  };
  return { central, drop, laptops, receive, restore };
};

describe('records with one fixed id per office at a central office of several offices', () => {
  it('namespaces only the fixed ids of their tables, and reads them back', () => {
    expect(isOfficeScoped('yearReports', yearReportId(2026))).toBe(true);
    expect(isOfficeScoped('guides', guideRecordId('three_roles', 'en'))).toBe(true);
    expect(isOfficeScoped('instruments', builtInId('post_partner'))).toBe(true);
    expect(isOfficeScoped('instruments', '01JDZ0000000000000000000AB')).toBe(false);
    expect(isOfficeScoped('partners', 'yearreport-2026')).toBe(false);
    const id = centralId('yearReports', NORD, yearReportId(2026));
    expect(id).not.toBe(yearReportId(2026));
    expect(isOfficeScoped('yearReports', id)).toBe(false);
    expect(scopeOf(id)).toBe(NORD);
    expect(unscopeId(id)).toBe(yearReportId(2026));
    expect(centralId('partners', NORD, 'abc')).toBe('abc');
    expect(scopeOf('abc')).toBeUndefined();
  });

  it('two offices each saving their 2026 year report and an edited guide: no conflict, both kept, each office gets back exactly its own', async () => {
    const { central, laptops, receive, restore } = await region(NORD, SUD);
    const [nord, sud] = laptops as [Laptop, Laptop];
    await saveReport(nord, 'Faits saillants du Nord');
    await saveGuide(nord, 'Guide du Nord');
    await nord.records.save('partners', partnerFields('Noémie'));
    await saveReport(sud, 'Faits saillants du Sud');
    await saveGuide(sud, 'Guide du Sud');
    await nord.send();
    await sud.send();
    const r = await receive();
    expect(r.applied).toBe(2);
    expect(await central.db.conflicts.toArray()).toEqual([]);
    const reports = await central.db.yearReports.toArray();
    expect(reports.map((x) => [scopeOf(x.id), unscopeId(x.id), x.highlights]).sort()).toEqual([
      [NORD, yearReportId(2026), 'Faits saillants du Nord'],
      [SUD, yearReportId(2026), 'Faits saillants du Sud'],
    ]);
    expect((await central.db.guides.toArray()).map((g) => g.body).sort()).toEqual(['Guide du Nord', 'Guide du Sud']);

    for (const [office, words] of [
      [NORD, 'du Nord'],
      [SUD, 'du Sud'],
    ] as const) {
      const fresh = await restore(office);
      const report = await fresh.db.yearReports.toArray();
      expect(report).toEqual([expect.objectContaining({ id: yearReportId(2026), highlights: `Faits saillants ${words}` })]);
      expect(await fresh.db.guides.toArray()).toEqual([expect.objectContaining({ id: guideRecordId('three_roles', 'fr'), body: `Guide ${words}` })]);
      expect(await fresh.db.conflicts.count()).toBe(0);
    }
    // The laptops still hold their own text after the central office's bundles went out.
    expect(await nord.db.yearReports.get(yearReportId(2026))).toMatchObject({ highlights: 'Faits saillants du Nord' });
  });

  it('two laptops of ONE office editing the same year report still make a conflict; its resolution goes back to that office only', async () => {
    const { central, laptops, receive, restore } = await region(NORD, NORD, SUD);
    const [a, b, sud] = laptops as [Laptop, Laptop, Laptop];
    await saveReport(a, 'Version A');
    await saveReport(b, 'Version B');
    await saveReport(sud, 'Version du Sud');
    for (const l of laptops) await l.send();
    await receive();
    const conflicts = await central.db.conflicts.toArray();
    expect(conflicts).toHaveLength(1);
    const c = conflicts[0] as (typeof conflicts)[number];
    expect(c.table).toBe('yearReports');
    expect(scopeOf(c.recordId)).toBe(NORD);
    expect(c.versions.map((v) => (v as { highlights?: string }).highlights).sort()).toEqual(['Version A', 'Version B']);
    // The conflict list and screen name the record and its office, not a slice of the namespaced id.
    const t = ((key: string, o?: Record<string, unknown>) => `${key}|${String(o?.name)}`) as unknown as Parameters<typeof versionTitle>[0];
    expect(versionTitle(t, c)).toBe(`conflicts.item|${yearReportId(2026)} (${NORD})`);

    const keep = c.versions.find((v) => (v as { highlights?: string }).highlights === 'Version B') as Record<string, unknown>;
    await resolveConflict(central.records, c.key, keep);
    expect(await central.db.conflicts.count()).toBe(0);
    expect(await central.db.yearReports.get(c.recordId)).toMatchObject({ highlights: 'Version B' });

    expect(await (await restore(NORD)).db.yearReports.toArray()).toEqual([expect.objectContaining({ id: yearReportId(2026), highlights: 'Version B' })]);
    expect(await (await restore(SUD)).db.yearReports.toArray()).toEqual([expect.objectContaining({ id: yearReportId(2026), highlights: 'Version du Sud' })]);
  });
});
