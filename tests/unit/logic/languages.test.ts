import { describe, expect, it } from 'vitest';
import { computeLoads, PartnerIndex, rankCandidates } from '../../../shared/logic';
import { parseLanguages } from '../../../shared/logic/csv';
import { partner, request, TODAY } from './factory';

/** A Cree partner who also speaks French: the case issue #8 reported hidden and penalised. */
const creeAndFrench = partner({ firstName: 'Josée', lastName: 'Wapachee', language: 'cr', languages: ['cr', 'fr'], trajectories: ['Diabète'] });
const creeOnly = partner({ firstName: 'Émile', lastName: 'Neeposh', language: 'cr', languages: ['cr'], trajectories: ['Diabète'] });
/** A record saved before several languages existed: only the preferred one. */
const legacy = {
  ...partner({ firstName: 'Rose', lastName: 'Gagnon', language: 'fr', trajectories: ['Diabète'] }),
  languages: undefined,
} as unknown as ReturnType<typeof partner>;

describe('several languages per person', () => {
  it('the French filter finds a Cree partner who also speaks French, and a record with only its preferred language', () => {
    const idx = new PartnerIndex([creeAndFrench, creeOnly, legacy]);
    const ctx = { loads: computeLoads([], [], TODAY), today: TODAY, thresholds: { overloadMandates: 3, overloadHours: 60, followUpMonths: 6 } };
    expect(idx.query({ filters: { languages: ['fr'] } }, ctx).sort()).toEqual([creeAndFrench.id, legacy.id].sort());
    expect(idx.query({ filters: { languages: ['cr'] } }, ctx).sort()).toEqual([creeAndFrench.id, creeOnly.id].sort());
  });

  it('ranks a Cree-and-French partner on a French request with a language match and no language penalty', () => {
    const req = request({ title: 'Comité diabète', trajectories: ['Diabète'], languages: ['fr'] });
    const rows = rankCandidates(req, [creeOnly, creeAndFrench], computeLoads([], [], TODAY), {
      today: TODAY,
      thresholds: { overloadMandates: 3, overloadHours: 60 },
    });
    const row = rows.find((r) => r.partnerId === creeAndFrench.id);
    expect(row?.penalties.map((p) => p.code)).not.toContain('language_mismatch');
    expect(row?.reasons.find((r) => r.code === 'language_match')?.detail).toBe('fr');
    expect(rows[0]?.partnerId).toBe(creeAndFrench.id);
    expect(rows.find((r) => r.partnerId === creeOnly.id)?.penalties.map((p) => p.code)).toContain('language_mismatch');
  });

  it('reads every language of a CSV cell, the first being the preferred one', () => {
    expect(parseLanguages('cri; français')).toEqual({ languages: ['cr', 'fr'] });
    expect(parseLanguages('Français, anglais')).toEqual({ languages: ['fr', 'en'] });
    expect(parseLanguages('Cree and English')).toEqual({ languages: ['cr', 'en'] });
    expect(parseLanguages('Autre (espagnol); français')).toEqual({ languages: ['other', 'fr'], other: 'espagnol' });
    expect(parseLanguages('klingon')).toBeNull();
  });
});
