import type { RecordBase } from '../../../../shared/model/base';
import { deriveContactFields } from '../../../../shared/logic/load';
import type { ContactChannel, PipelineStep } from '../../../../shared/model/enums';
import type { ContactEntry, Partner, PartnerFields } from '../../../../shared/model/partner';
import { live } from '../../db/records';
import type { Services } from '../../db/services';
import { todayIso } from '../../i18n/format';

/**
 * The bank's domain actions. Each takes the services it uses (the database and the
 * record layer), so tests run them on their own database; the bank's in-memory index
 * follows the record layer's change feed, so no action refreshes it.
 */
type Svc = Pick<Services, 'db' | 'records'>;

const savePartner = ({ records }: Svc, p: Omit<Partner, keyof RecordBase> & { id?: string }): Promise<Partner> => records.save('partners', p);

const current = async ({ db }: Svc, id: string): Promise<Partner> => {
  const p = await db.partners.get(id);
  if (!p || p.deleted) throw new Error('not_found');
  return p;
};

/** Creates a profile; its first pipeline step is dated and kept in the history. */
export const createPartner = async (svc: Svc, fields: PartnerFields, step: PipelineStep, by?: string): Promise<Partner> =>
  savePartner(svc, {
    ...fields,
    step,
    history: [{ at: new Date().toISOString(), to: step, by }],
    archived: false,
  });

export const updatePartner = async (svc: Svc, id: string, fields: PartnerFields): Promise<Partner> => {
  const p = await current(svc, id);
  return savePartner(svc, { ...p, ...fields, id });
};

export const moveStep = async (svc: Svc, id: string, to: PipelineStep, reason?: string, by?: string): Promise<Partner> => {
  const p = await current(svc, id);
  return savePartner(svc, {
    ...p,
    step: to,
    inactiveReason: to === 'inactive' ? reason : p.inactiveReason,
    history: [...p.history, { at: new Date().toISOString(), from: p.step, to, reason: reason || undefined, by }],
  });
};

export const setArchived = async (svc: Svc, id: string, archived: boolean): Promise<Partner> => {
  const p = await current(svc, id);
  return savePartner(svc, { ...p, archived });
};

/**
 * Adds a contact-log entry; the partner's last contact and next step are derived from the
 * whole log, in the same transaction, so the entry never lands without its dates.
 */
export const addContact = async (
  svc: Svc,
  partnerId: string,
  entry: { date: string; channel: ContactChannel; summary: string; nextStepAt?: string },
): Promise<ContactEntry> => {
  const { db, records } = svc;
  return db.transaction('rw', [db.contacts, db.partners, db.meta], async () => {
    const p = await current(svc, partnerId);
    const saved = await records.save('contacts', { partnerId, ...entry });
    const log = live(await db.contacts.where('partnerId').equals(partnerId).toArray());
    const derived = deriveContactFields(log);
    await savePartner(svc, { ...p, lastContactAt: derived.lastContactAt, nextStepAt: derived.nextStepAt });
    return saved;
  });
};

/**
 * Erases what other records say about a person: her contact log always (summaries are
 * about her), and her candidacies and mandates either entirely (deletion) or down to
 * what counts need (anonymisation: dates, hours and amounts stay; decline reasons, step
 * notes, survey answers and free-text notes go). Her unsaved form draft goes too.
 */
const eraseLinked = async ({ db, records }: Svc, partnerId: string, mode: 'delete' | 'anonymise') => {
  for (const c of live(await db.contacts.where('partnerId').equals(partnerId).toArray())) await records.remove('contacts', c.id);
  for (const c of live(await db.candidacies.where('partnerId').equals(partnerId).toArray())) {
    if (mode === 'delete') await records.remove('candidacies', c.id);
    else if (c.declineReason) await records.save('candidacies', { ...c, declineReason: undefined });
  }
  for (const m of live(await db.mandates.where('partnerId').equals(partnerId).toArray())) {
    if (mode === 'delete') await records.remove('mandates', m.id);
    else
      await records.save('mandates', {
        ...m,
        steps: m.steps.map((st) => ({ id: st.id, planned: st.planned, done: st.done })),
        hours: m.hours.map((h) => ({ date: h.date, hours: h.hours })),
        expenseLog: m.expenseLog.map((e) => ({ date: e.date, kind: e.kind, amount: e.amount })),
      });
  }
  await db.drafts.delete(`partner:${partnerId}`);
};

/** All tables a person's erasure touches, so it happens entirely or not at all. */
const erasureScope = ({ db }: Svc) => [db.partners, db.contacts, db.candidacies, db.mandates, db.drafts, db.meta];

/**
 * Deletion removes personal data everywhere and leaves tombstones (the person, her
 * contact log, candidacies and mandates), which the next bundle carries so the central
 * office deletes its copies too.
 */
export const deletePartner = async (svc: Svc, id: string): Promise<void> => {
  await svc.db.transaction('rw', erasureScope(svc), async () => {
    await eraseLinked(svc, id, 'delete');
    await svc.records.remove('partners', id);
  });
};

/**
 * Withdrawal of consent, as one action: either full deletion, or anonymisation that keeps
 * only what counts need (step, roles, levels, sectors) and drops everything that could
 * identify the person in a small community.
 */
export const withdrawConsent = async (svc: Svc, id: string, mode: 'delete' | 'anonymise', by?: string, now: Date = new Date()): Promise<void> => {
  if (mode === 'delete') return deletePartner(svc, id);
  const p = await current(svc, id);
  const today = todayIso(now);
  await svc.db.transaction('rw', erasureScope(svc), async () => {
    await eraseLinked(svc, id, 'anonymise');
    await savePartner(svc, {
      id: p.id,
      draft: false,
      firstName: '',
      lastName: '',
      language: p.language,
      languages: p.languages ?? [],
      interpreter: false,
      participation: [],
      availability: [],
      caregiver: p.caregiver,
      sectors: p.sectors,
      trajectories: [],
      roles: p.roles,
      levels: p.levels,
      trainings: [],
      consents: {
        bank: { given: false, date: today, method: 'verbal' },
        contact: { given: false, date: today, method: 'verbal' },
        publication: { given: false, date: today, method: 'verbal' },
      },
      sharedExperiences: [],
      dualRoles: [],
      step: 'withdrawn',
      history: [...p.history.map((h) => ({ at: h.at, from: h.from, to: h.to })), { at: now.toISOString(), from: p.step, to: 'withdrawn', by }],
      archived: true,
      anonymised: true,
    });
  });
};
