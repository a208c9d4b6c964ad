import type { RecordBase } from '../../../../shared/model/base';
import { deriveContactFields } from '../../../../shared/logic/load';
import type { ContactChannel, PipelineStep } from '../../../../shared/model/enums';
import type { ContactEntry, Partner, PartnerFields } from '../../../../shared/model/partner';
import { getServices } from '../../app/services';
import { todayIso } from '../../i18n/format';
import { useBank } from './bankStore';

const live = <T extends { deleted?: 1 }>(rows: T[]) => rows.filter((r) => !r.deleted);

const saveAndIndex = async (p: Omit<Partner, keyof RecordBase> & { id?: string }): Promise<Partner> => {
  const saved = await getServices().records.save('partners', p);
  useBank.getState().upsert(saved);
  return saved;
};

const current = async (id: string): Promise<Partner> => {
  const p = await getServices().db.partners.get(id);
  if (!p || p.deleted) throw new Error('not_found');
  return p;
};

/** Creates a profile; its first pipeline step is dated and kept in the history. */
export const createPartner = async (fields: PartnerFields, step: PipelineStep, by?: string): Promise<Partner> =>
  saveAndIndex({
    ...fields,
    step,
    history: [{ at: new Date().toISOString(), to: step, by }],
    archived: false,
  });

export const updatePartner = async (id: string, fields: PartnerFields): Promise<Partner> => {
  const p = await current(id);
  return saveAndIndex({ ...p, ...fields, id });
};

export const moveStep = async (id: string, to: PipelineStep, reason?: string, by?: string): Promise<Partner> => {
  const p = await current(id);
  return saveAndIndex({
    ...p,
    step: to,
    inactiveReason: to === 'inactive' ? reason : p.inactiveReason,
    history: [...p.history, { at: new Date().toISOString(), from: p.step, to, reason: reason || undefined, by }],
  });
};

export const setArchived = async (id: string, archived: boolean): Promise<Partner> => {
  const p = await current(id);
  return saveAndIndex({ ...p, archived });
};

/** Adds a contact-log entry; the partner's last contact and next step are derived from the whole log. */
export const addContact = async (
  partnerId: string,
  entry: { date: string; channel: ContactChannel; summary: string; nextStepAt?: string },
): Promise<ContactEntry> => {
  const { db, records } = getServices();
  const saved = await records.save('contacts', { partnerId, ...entry });
  const log = live(await db.contacts.where('partnerId').equals(partnerId).toArray());
  const derived = deriveContactFields(log);
  const p = await current(partnerId);
  await saveAndIndex({ ...p, lastContactAt: derived.lastContactAt, nextStepAt: derived.nextStepAt });
  return saved;
};

const tombstoneContacts = async (partnerId: string) => {
  const { db, records } = getServices();
  const ids = (await db.contacts.where('partnerId').equals(partnerId).toArray()).filter((c) => !c.deleted).map((c) => c.id);
  for (const id of ids) await records.remove('contacts', id);
};

/**
 * Deletion removes personal data and leaves tombstones (the partner and their contact log),
 * which the next bundle carries so the central office deletes its copy too.
 */
export const deletePartner = async (id: string): Promise<void> => {
  await tombstoneContacts(id);
  await getServices().records.remove('partners', id);
  useBank.getState().index.remove(id);
  useBank.setState((s) => ({ version: s.version + 1 }));
};

/**
 * Withdrawal of consent, as one action: either full deletion, or anonymisation that keeps
 * only what counts need (step, roles, levels, sectors) and drops everything that could
 * identify the person in a small community.
 */
export const withdrawConsent = async (id: string, mode: 'delete' | 'anonymise', by?: string): Promise<void> => {
  if (mode === 'delete') return deletePartner(id);
  const p = await current(id);
  const today = todayIso();
  await tombstoneContacts(id);
  await saveAndIndex({
    id: p.id,
    draft: false,
    firstName: '',
    lastName: '',
    language: p.language,
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
    history: [...p.history.map((h) => ({ at: h.at, from: h.from, to: h.to })), { at: new Date().toISOString(), from: p.step, to: 'withdrawn', by }],
    archived: true,
    anonymised: true,
  });
};
