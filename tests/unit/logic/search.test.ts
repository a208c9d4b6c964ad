import { describe, expect, it } from 'vitest';
import { builtInViews, computeLoads, PartnerIndex, PartnerQuery, type SearchContext } from '../../../shared/logic';
import type { Partner } from '../../../shared/model';
import { mandate, partner, TODAY } from './factory';

const helene = partner({
  firstName: 'Hélène',
  lastName: 'Tremblay',
  community: 'Chibougamau',
  language: 'fr',
  trajectories: ['Cancer du sein'],
  sectors: ['Cancérologie'],
  roles: ['UPO'],
  levels: ['tactical'],
});
const josee = partner({
  firstName: 'Josée',
  lastName: 'Côté',
  community: 'Mistissini',
  language: 'cr',
  trajectories: ['Diabète'],
  sectors: ['Première ligne'],
  roles: ['UPA'],
  levels: ['clinical'],
  notes: 'Préfère les appels en soirée',
  trainings: [],
});
const marc = partner({
  firstName: 'Marc',
  lastName: 'Bélanger',
  community: 'Chapais',
  language: 'en',
  trajectories: ['Santé mentale'],
  sectors: ['Santé mentale et dépendance'],
  roles: ['UPO', 'UPA'],
  levels: ['strategic'],
  lastContactAt: '2025-11-01',
});
const archived = partner({ firstName: 'Hélène', lastName: 'Archambault', archived: true });

const ctx = (partners: Partner[] = []): SearchContext => ({
  loads: computeLoads(
    partners.flatMap((p) => [mandate(p.id), mandate(p.id), mandate(p.id)]),
    [],
    TODAY,
  ),
  today: TODAY,
  thresholds: { overloadMandates: 3, overloadHours: 60, followUpMonths: 6 },
});

const fresh = (): PartnerIndex => new PartnerIndex([helene, josee, marc, archived]);

describe('bank search', () => {
  it('finds "Hélène Tremblay" from "Helene", without accents or capitals', () => {
    expect(fresh().query({ text: 'Helene' }, ctx())).toEqual([helene.id]);
    expect(fresh().query({ text: 'HELENE trem' }, ctx())).toEqual([helene.id]);
  });

  it('finds a community by its first letters', () => {
    expect(fresh().query({ text: 'chibou' }, ctx())).toEqual([helene.id]);
  });

  it('searches trajectories and notes, and forgives a typo in a longer word', () => {
    expect(fresh().query({ text: 'diabete' }, ctx())).toEqual([josee.id]);
    expect(fresh().query({ text: 'soiree' }, ctx())).toEqual([josee.id]);
    expect(fresh().query({ text: 'chibougamo' }, ctx())).toEqual([helene.id]);
  });

  it('narrows from the first keystroke by names and places, and ignores articles beside real words', () => {
    expect(fresh().query({ text: 'h' }, ctx())).toEqual([helene.id]);
    expect(fresh().query({ text: 'j c' }, ctx())).toEqual([josee.id]);
    expect(fresh().query({ text: 'cancer du' }, ctx())).toEqual([helene.id]);
    expect(fresh().query({ text: 'cancer du se' }, ctx())).toEqual([helene.id]);
    expect(fresh().query({ text: 'be' }, ctx())).toEqual([marc.id]);
    expect(fresh().query({ text: 'cancer des' }, ctx())).toEqual([helene.id]);
    // Alone, an article is a prefix like any other ("dépendance").
    expect(fresh().query({ text: 'de' }, ctx())).toEqual([marc.id]);
  });

  it('requires every word to match', () => {
    expect(fresh().query({ text: 'helene diabete' }, ctx())).toEqual([]);
  });

  it('hides archived people unless asked', () => {
    expect(fresh().query({ text: 'helene', filters: { archived: 'include' } }, ctx())).toHaveLength(2);
    expect(fresh().query({ text: 'helene', filters: { archived: 'only' } }, ctx())).toEqual([archived.id]);
  });

  it('combines filters with AND across kinds and OR within a kind', () => {
    const idx = fresh();
    expect(idx.query({ filters: { languages: ['fr', 'cr'] } }, ctx())).toEqual(expect.arrayContaining([helene.id, josee.id]));
    expect(idx.query({ filters: { languages: ['fr', 'cr'] } }, ctx())).toHaveLength(2);
    expect(idx.query({ filters: { languages: ['fr', 'cr'], roles: ['UPA'] } }, ctx())).toEqual([josee.id]);
    expect(idx.query({ filters: { sectors: ['cancerologie', 'Santé mentale et dépendance'] } }, ctx()).sort()).toEqual([helene.id, marc.id].sort());
    expect(idx.query({ filters: { communities: ['chapais'], levels: ['clinical'] } }, ctx())).toEqual([]);
    expect(idx.query({ filters: { training: 'untrained' } }, ctx())).toEqual([josee.id]);
  });

  it('requires every ticked consent, counting an expired one as absent', () => {
    const photo = partner({
      consents: {
        contact: { given: true, date: '2025-01-01', method: 'written' },
        publication: { given: true, date: '2025-01-01', method: 'written' },
      },
    });
    const expiredPhoto = partner({
      consents: {
        contact: { given: true, date: '2025-01-01', method: 'written' },
        publication: { given: true, date: '2024-01-01', method: 'written', expires: '2026-01-01' },
      },
    });
    const idx = new PartnerIndex([photo, expiredPhoto, helene]);
    expect(idx.query({ filters: { consents: ['contact', 'publication'] } }, ctx())).toEqual([photo.id]);
  });

  it('sorts by name accent-insensitively, both ways', () => {
    const idx = fresh();
    expect(idx.query({ sort: { key: 'name' } }, ctx())).toEqual([marc.id, josee.id, helene.id]);
    expect(idx.query({ sort: { key: 'name', dir: 'desc' } }, ctx())).toEqual([helene.id, josee.id, marc.id]);
  });

  it('reflects upserts and removals', () => {
    const idx = fresh();
    idx.upsert({ ...josee, community: 'Chibougamau' });
    expect(idx.query({ text: 'chibou', sort: { key: 'name' } }, ctx())).toEqual([josee.id, helene.id]);
    idx.remove(helene.id);
    expect(idx.query({ text: 'chibou' }, ctx())).toEqual([josee.id]);
    idx.upsert({ ...josee, deleted: 1 });
    expect(idx.query({ text: 'chibou' }, ctx())).toEqual([]);
    expect(idx.query({}, ctx())).toEqual([marc.id]);
  });
});

describe('built-in views', () => {
  it('"to follow up" lists someone not contacted in 7 months and not someone contacted last week', () => {
    const late = partner({ firstName: 'Lucie', lastName: 'Roy', lastContactAt: '2025-11-10' });
    const recent = partner({ firstName: 'Paul', lastName: 'Roy', lastContactAt: '2026-06-08' });
    const idx = new PartnerIndex([late, recent]);
    expect(idx.query({ view: 'follow_up' }, ctx())).toEqual([late.id]);
  });

  it('"to follow up" lists an overdue next step, sorts the longest-forgotten first, and drops someone once contacted', () => {
    const overdue = partner({ firstName: 'Rita', lastName: 'Simard', lastContactAt: '2026-06-01', nextStepAt: '2026-06-10' });
    const oldest = partner({ firstName: 'Guy', lastName: 'Nadeau', lastContactAt: '2025-02-01' });
    const old = partner({ firstName: 'Ève', lastName: 'Aubin', lastContactAt: '2025-10-01' });
    const idx = new PartnerIndex([overdue, old, oldest]);
    expect(idx.query({ view: 'follow_up', sort: { key: 'lastContact' } }, ctx())).toEqual([oldest.id, old.id, overdue.id]);
    idx.upsert({ ...oldest, lastContactAt: '2026-06-14' });
    expect(idx.query({ view: 'follow_up', sort: { key: 'lastContact' } }, ctx())).toEqual([old.id, overdue.id]);
  });

  it('"over-solicited" lists a person with 3 active mandates when N = 3', () => {
    const idx = fresh();
    expect(idx.query({ view: 'over_solicited' }, ctx([marc]))).toEqual([marc.id]);
    expect(idx.query({ view: 'over_solicited' }, { ...ctx([marc]), thresholds: { overloadMandates: 4, overloadHours: 60, followUpMonths: 6 } })).toEqual([]);
  });

  it('ships both views as valid saved queries', () => {
    expect(builtInViews.map((v) => v.query.view)).toEqual(['follow_up', 'over_solicited']);
    for (const v of builtInViews) expect(PartnerQuery.parse(JSON.parse(JSON.stringify(v.query)))).toEqual(v.query);
  });
});

describe('saved query schema', () => {
  it('fills defaults for a partial query and rejects unknown values', () => {
    const q = PartnerQuery.parse({ text: 'x', filters: { roles: ['UPA'] } });
    expect(q.filters.languages).toEqual([]);
    expect(q.sort).toEqual({ key: 'relevance', dir: 'asc' });
    expect(q.view).toBe('all');
    expect(PartnerQuery.safeParse({ filters: { roles: ['boss'] } }).success).toBe(false);
    expect(PartnerQuery.safeParse({ view: 'everyone' }).success).toBe(false);
  });
});

describe('building the index', () => {
  it('gives the same answers when built in chunks', async () => {
    const idx = await PartnerIndex.create([helene, josee, marc, archived], 2);
    expect(idx.size).toBe(4);
    expect(idx.query({ text: 'chibou' }, ctx())).toEqual([helene.id]);
    expect(idx.query({ sort: { key: 'name' } }, ctx())).toEqual(fresh().query({ sort: { key: 'name' } }, ctx()));
  });
});
