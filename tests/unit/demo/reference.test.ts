import { describe, expect, it } from 'vitest';
import lists from '../../../shared/reference/lists.json';
import { AccompanimentStepId, Context, Level } from '../../../shared/model';
import {
  accompanimentSteps,
  activityTypes,
  budgetRanges,
  contexts,
  eligibility,
  establishments,
  findSectorId,
  fundingSources,
  label,
  levels,
  ministerialPlans,
  portrait2024,
  regions,
  roles,
  sectorLabel,
  sectors,
  servicesOffered,
} from '../../../shared/reference';

describe('reference lists', () => {
  it('covers every list item with an id and both labels', () => {
    const all = [
      sectors,
      ministerialPlans,
      levels,
      contexts,
      roles,
      servicesOffered,
      activityTypes,
      fundingSources,
      budgetRanges,
      accompanimentSteps,
      eligibility,
      regions,
    ];
    for (const list of all) {
      expect(new Set(list.map((i) => i.id)).size).toBe(list.length);
      for (const item of list) {
        expect(item.fr.length).toBeGreaterThan(0);
        expect(item.en.length).toBeGreaterThan(0);
      }
    }
    expect(sectors).toHaveLength(lists.sectors.length);
    expect(sectors.map((s) => s.fr)).toEqual(lists.sectors);
    for (const s of sectors) expect(s.id).toMatch(/^[a-z_]+$/);
  });

  it('matches the model enums', () => {
    expect(levels.map((l) => l.id).sort()).toEqual([...Level.options].sort());
    expect(contexts.map((c) => c.id).sort()).toEqual([...Context.options].sort());
    expect(accompanimentSteps.map((s) => s.id)).toEqual(AccompanimentStepId.options);
  });

  it('gives establishments their region and keeps proper nouns', () => {
    expect(establishments).toHaveLength(35);
    expect(establishments.find((e) => e.name === 'CRSSS de la Baie-James')).toEqual({
      name: 'CRSSS de la Baie-James',
      region: '10',
      regionName: 'Nord-du-Québec',
    });
    expect(regions.find((r) => r.code === '06')?.en).toBe('Montréal');
    expect(portrait2024.partnersInBanks).toBe(1721);
    expect(portrait2024.bankSizeRange).toEqual([7, 175]);
  });

  it('labels and finds sectors', () => {
    const mh = sectors.find((s) => s.id === 'mental_health_addiction');
    expect(mh && label(mh, 'en')).toBe('Mental health and addiction');
    expect(sectorLabel('oncology', 'fr')).toBe('Cancérologie');
    expect(sectorLabel('texte libre', 'en')).toBe('texte libre');
    expect(findSectorId('SANTE MENTALE ET DÉPENDANCE')).toBe('mental_health_addiction');
    expect(findSectorId('Cancer care')).toBe('oncology');
    expect(findSectorId('nope')).toBeUndefined();
  });
});
