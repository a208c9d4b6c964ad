import { describe, expect, it } from 'vitest';
import {
  computeLoads,
  exclusionReason,
  explainCandidate,
  MatchPool,
  PENALTY_CODES,
  rankCandidates,
  REASON_CODES,
  type RankedCandidate,
} from '../../../shared/logic';
import type { Mandate, Partner } from '../../../shared/model';
import { candidacy, mandate, partner, request, TODAY } from './factory';

const thresholds = { overloadMandates: 3, overloadHours: 60 };

const req = request({
  title: 'Comité qualité en oncologie',
  team: 'Équipe oncologie Chibougamau',
  directorate: 'Direction des soins infirmiers',
  level: 'tactical',
  context: 'organisation',
  trajectories: ['Cancer du sein'],
  languages: ['fr'],
  formats: ['video'],
});

const profile = {
  trajectories: ['Cancer du sein'],
  language: 'fr' as const,
  roles: ['UPO' as const],
  levels: ['tactical' as const],
  participation: ['video' as const],
};

const best = partner({ firstName: 'Hélène', lastName: 'Tremblay', ...profile });
const busy = partner({ firstName: 'Sylvie', lastName: 'Bouchard', ...profile });
const relative = partner({
  firstName: 'Marie',
  lastName: 'Lavoie',
  ...profile,
  dualRoles: ['staff_relative'],
  dualRoleNote: 'Conjoint infirmier à l’Équipe oncologie Chibougamau',
});
const plain = partner({ firstName: 'Noah', lastName: 'Pelletier', trajectories: ['Diabète'], language: 'en' });
const noConsent = partner({ firstName: 'Zoé', lastName: 'Fortin', ...profile, consents: { contact: { given: false, date: '2025-01-01', method: 'verbal' } } });
const withdrawn = partner({ firstName: 'Léa', lastName: 'Morin', ...profile, step: 'withdrawn' });
const expired = partner({
  firstName: 'Jade',
  lastName: 'Roy',
  ...profile,
  consents: { contact: { given: true, date: '2024-01-01', method: 'written', expires: '2026-01-01' } },
});
const screening = partner({ firstName: 'Éric', lastName: 'Caron', ...profile, step: 'screening' });

const busyMandates: Mandate[] = [mandate(busy.id), mandate(busy.id), mandate(busy.id)];
const all: Partner[] = [plain, relative, noConsent, busy, withdrawn, best, expired, screening];
const loads = computeLoads(busyMandates, [], TODAY);
const rank = (partners: Partner[] = all, extra: Partial<Parameters<typeof rankCandidates>[3]> = {}): RankedCandidate[] =>
  rankCandidates(req, partners, loads, { today: TODAY, thresholds, ...extra });
const row = (rows: RankedCandidate[], p: Partner): RankedCandidate | undefined => rows.find((r) => r.partnerId === p.id);

describe('matching a request', () => {
  it('ranks the trajectory + language match first, with its reasons', () => {
    const rows = rank();
    expect(rows[0]?.partnerId).toBe(best.id);
    const codes = rows[0]?.reasons.map((r) => r.code);
    expect(codes).toEqual(expect.arrayContaining(['trajectory_match', 'language_match', 'role_accepted', 'level_accepted', 'format_match']));
    expect(rows[0]?.reasons.find((r) => r.code === 'trajectory_match')?.detail).toBe('Cancer du sein');
    expect(rows[0]?.penalties).toEqual([]);
  });

  it('puts an over-solicited person and a staff relative of the requesting team below, with their penalties', () => {
    const rows = rank();
    const ids = rows.map((r) => r.partnerId);
    expect(ids.indexOf(busy.id)).toBeGreaterThan(ids.indexOf(best.id));
    expect(ids.indexOf(relative.id)).toBeGreaterThan(ids.indexOf(best.id));
    expect(row(rows, busy)?.penalties.map((p) => p.code)).toEqual(expect.arrayContaining(['over_solicited', 'active_mandates']));
    const conflict = row(rows, relative)?.penalties.find((p) => p.code === 'dual_role_conflict');
    expect(conflict?.detail).toBe('staff_relative:same_team');
    expect(conflict?.points).toBeLessThan(0);
  });

  it('never returns someone without contact consent (refused or expired), withdrawn, or not yet trained', () => {
    const ids = rank().map((r) => r.partnerId);
    expect(ids).not.toContain(noConsent.id);
    expect(ids).not.toContain(expired.id);
    expect(ids).not.toContain(withdrawn.id);
    expect(ids).not.toContain(screening.id);
    expect(exclusionReason(noConsent, TODAY)).toBe('no_contact_consent');
    expect(exclusionReason(expired, TODAY)).toBe('no_contact_consent');
    expect(exclusionReason(screening, TODAY)).toBe('not_ready');
  });

  it('accepts a trained person not yet entered in the bank, with a penalty', () => {
    const trained = partner({ ...profile, step: 'trained' });
    const r = rank([trained])[0];
    expect(r?.penalties.map((p) => p.code)).toContain('not_in_bank');
  });

  it('score is the sum of reasons and penalties, and uses only known codes', () => {
    for (const r of rank()) {
      const sum = [...r.reasons, ...r.penalties].reduce((s, i) => s + i.points, 0);
      expect(r.score).toBe(sum);
      for (const i of r.reasons) expect(REASON_CODES).toContain(i.code);
      for (const i of r.penalties) {
        expect(PENALTY_CODES).toContain(i.code);
        expect(i.points).toBeLessThan(0);
      }
    }
  });

  it('is deterministic: same list whatever the input order, ties broken by load then name', () => {
    const twinA = partner({ firstName: 'Anne', lastName: 'Ouellet', ...profile });
    const twinB = partner({ firstName: 'Anne', lastName: 'Dubé', ...profile });
    const input = [...all, twinA, twinB];
    const a = rank(input).map((r) => r.partnerId);
    const b = rank([...input].reverse()).map((r) => r.partnerId);
    expect(b).toEqual(a);
    expect(a.slice(0, 3)).toEqual([twinB.id, twinA.id, best.id]);
  });

  it('flags people already asked for this request and lowers those who declined', () => {
    const c = [candidacy(best.id, req.id, { status: 'declined' }), candidacy(relative.id, req.id, { status: 'shortlisted' })];
    const rows = rank(all, { candidacies: c });
    expect(row(rows, best)?.candidacy).toBe('declined');
    expect(row(rows, best)?.penalties.map((p) => p.code)).toContain('declined_before');
    expect(row(rows, relative)?.candidacy).toBe('shortlisted');
    expect(rows[0]?.partnerId).not.toBe(best.id);
  });

  it('tells a staff member of the requesting team from one elsewhere in the same town', () => {
    const load = { activeMandates: 0, hours12m: 0, recentSolicitations: 0 };
    const opts = { today: TODAY, thresholds };
    const detail = (note: string): string | undefined => {
      const r = explainCandidate(req, partner({ ...profile, dualRoles: ['staff'], dualRoleNote: note }), load, opts);
      return 'penalties' in r ? r.penalties.find((p) => p.code === 'dual_role_conflict')?.detail : 'excluded';
    };
    expect(detail('Préposée en oncologie à Chibougamau')).toBe('staff:same_team');
    expect(detail('Commis au CLSC de Chibougamau')).toBe('staff');
  });

  it('penalises a users’ committee member for a governance request', () => {
    const gov = request({ level: 'strategic', context: 'governance' });
    const member = partner({ dualRoles: ['users_committee'] });
    const r = explainCandidate(gov, member, { activeMandates: 0, hours12m: 0, recentSolicitations: 0 }, { today: TODAY, thresholds });
    expect('penalties' in r && r.penalties.find((p) => p.code === 'dual_role_conflict')?.detail).toBe('users_committee');
  });

  it('penalises a recent solicitation and a missing training', () => {
    const p = partner({ ...profile, trainings: [] });
    const l = computeLoads([], [candidacy(p.id, 'R-elsewhere-00', { contactedAt: '2026-06-10' })], TODAY);
    const r = rankCandidates(req, [p], l, { today: TODAY, thresholds })[0];
    expect(r?.penalties.map((x) => x.code)).toEqual(expect.arrayContaining(['recent_solicitation', 'missing_training']));
  });

  it('gives the same ranking from a prepared pool, and the pool follows edits', () => {
    const pool = new MatchPool(all);
    expect(rankCandidates(req, pool, loads, { today: TODAY, thresholds })).toEqual(rank());
    pool.upsert({ ...best, consents: {} });
    expect(rankCandidates(req, pool, loads, { today: TODAY, thresholds }).map((r) => r.partnerId)).not.toContain(best.id);
    pool.remove(relative.id);
    expect(rankCandidates(req, pool, loads, { today: TODAY, thresholds }).map((r) => r.partnerId)).not.toContain(relative.id);
  });

  it('honours the limit and keeps the best rows', () => {
    const full = rank();
    expect(rank(all, { limit: 2 })).toEqual(full.slice(0, 2));
  });
});
