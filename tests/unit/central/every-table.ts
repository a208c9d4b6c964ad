import { builtInInstruments } from '../../../shared/logic/instruments';
import type { RecordBase } from '../../../shared/model/base';
import { PortraitAnswers, yearReportId } from '../../../shared/model/year-report';
import { tableNames, type TableName } from '../../../shared/model/tables';
import { generateDemo } from '../../../shared/demo/generate';
import { newPoster } from '../../../shared/printables/poster-defaults';
import { guideRecordId } from '../../../shared/model/printables';
import type { Machine } from './harness';

const strip = <T extends RecordBase>(r: T) => {
  const { createdAt: _c, updatedAt: _u, deviceId: _d, stamp: _s, vv: _v, ...fields } = r;
  return fields;
};

/**
 * At least one invented record in every synced table (except `settings`, which each
 * laptop sets itself), written through the laptop's Records as its screens do. Fails
 * loudly when a table is added to shared/model/tables.ts and not filled here, so the
 * restore test keeps covering every table.
 */
export const fillEveryTable = async (m: Machine): Promise<void> => {
  const demo = generateDemo({ partners: 4, contactsPerPartner: 1, requests: 2 });
  const { records } = m;
  for (const t of ['partners', 'contacts', 'requests', 'candidacies', 'mandates'] as const)
    for (const r of demo[t] as RecordBase[]) await records.save(t, strip(r) as never);
  const partner = (demo.partners[0] as RecordBase).id;
  const journal = [{ at: '2026-10-09T14:00:00.000Z', event: 'created' as const }];
  const committee = await records.save('committees', { name: 'Comité de vigilance', type: 'user_safety', directorate: 'DQEPE', seats: 2, journal });
  const seat = await records.save('committeeMembers', { committeeId: committee.id, partnerId: partner, termStart: '2026-09-01', termEnd: '2028-08-31' });
  await records.save('committeeMeetings', { committeeId: committee.id, date: '2026-10-08', attendeeIds: [partner], notes: 'Revue des incidents.' });
  await records.save('sessions', {
    kind: 'information',
    title: 'Soirée d’information',
    date: '2026-10-01',
    language: 'fr',
    otherAttendees: 9,
    attendeeIds: [partner],
    journal,
  } as never);
  await records.save('copMeetings', { date: '2026-10-02', themes: ['Accueil'], attendeeIds: [partner], journal } as never);
  const grid = builtInInstruments().find((b) => b.builtIn === 'involvement');
  if (!grid) throw new Error('no built-in involvement grid');
  await records.save('instruments', { ...grid, journal } as never);
  await records.save('surveyResponses', {
    instrumentId: grid.id,
    date: '2026-10-09',
    mode: 'paper',
    partnerId: partner,
    committeeMemberId: seat.id,
    answers: { role: 4 },
  } as never);
  await records.save('posters', newPoster({ coordinator: 'Coordination fictive', officeName: 'Bureau', phone: '418 555-0100', email: '' }, 'Affiche 1'));
  await records.save('guides', { id: guideRecordId('three_roles', 'fr'), guide: 'three_roles', language: 'fr', title: 'Trois rôles', body: 'Texte modifié.' });
  await records.save('yearReports', {
    id: yearReportId(2026),
    year: 2026,
    highlights: 'Faits saillants',
    challenges: 'Défis',
    portrait: PortraitAnswers.parse({}),
  });
  for (const t of tableNames.filter((n): n is Exclude<TableName, 'settings'> => n !== 'settings'))
    if ((await m.db.table(t).count()) === 0) throw new Error(`fillEveryTable leaves ${t} empty`);
};
