import { describe, expect, it } from 'vitest';
import { answerText, portraitCsv, portraitItems, portraitJson, type IndicatorInputs } from '../../../shared/logic/indicators';
import { PortraitAnswers } from '../../../shared/model/year-report';
import { coreInputs, r1, r2, r3, r4 } from './dataset';

/**
 * The same small office as indicators.test.ts, its 2025 projects given sectors, levels and
 * titles; every expected answer below is worked out by hand from dataset.ts.
 */
const inputs: IndicatorInputs = {
  ...coreInputs,
  requests: [
    { ...r1, sectors: ['mental_health_addiction'], level: 'tactical' },
    { ...r2, level: 'strategic' },
    { ...r3, title: 'Soins palliatifs à domicile' },
    { ...r4, title: 'Préparation de la visite d’Agrément Canada', sectors: ['oncology'] },
  ],
};
const context = { establishment: 'CRSSS de la Baie-James', coordinator: 'Coordination du bureau' };
const AFTER = '2026-06-15';
const blank = PortraitAnswers.parse({});
const itemsFor = (answers = blank) => portraitItems(inputs, answers, 2025, context, AFTER);
const item = (id: string, answers = blank) => {
  const found = itemsFor(answers).find((i) => i.id === id);
  if (!found) throw new Error(id);
  return found;
};

describe('provincial portrait answers', () => {
  it('bank size and active partners come from the records, with their source', () => {
    // As in indicators.test.ts: the bank on 2025-12-31 is A, B, D; active in 2025 are A and F.
    expect(item('bankSize')).toMatchObject({ value: 3, source: 'data' });
    expect(item('activePartners')).toMatchObject({ value: 2, source: 'data' });
    expect(item('bankSize').derivation?.fr).toContain('le 31 décembre 2025');
    expect(item('establishment')).toMatchObject({ value: 'CRSSS de la Baie-James', source: 'data' });
  });

  it('services, sectors, plans, levels and activity types are suggested from the year’s work', () => {
    // Mandates m1 and m2 were made in 2025 (recruitment); every partner has a training dated
    // 2025-02-01 (training); welcome_partner was done (coaching); survey_partner was done (evaluation).
    expect(item('servicesOffered').value).toEqual(['recruitment', 'training', 'coaching', 'evaluation']);
    // Sectors of requests since 2020, in the questionnaire's order.
    expect(item('sectors').value).toEqual(['mental_health_addiction', 'oncology']);
    // r3's title names palliative care; r1's sector points at mental health; r4's at the cancer program.
    expect(item('plans').value).toEqual(['palliative_2020_2025', 'mental_health_2022_2026', 'cancer_program']);
    // r2 (strategic) has m2 running in 2025; r1 is tactical.
    expect(item('levels').value).toEqual(['strategic', 'tactical']);
    // Agrément in r4's title; mandates made; partner trainings; partner and team steps done; a tactical project.
    expect(item('activityTypes').value).toEqual([
      'accreditation_questions',
      'recruit_partners',
      'train_patients',
      'coach_users',
      'support_team_deployment',
      'improvement_committees',
    ]);
  });

  it('a suggestion corrected by hand is kept and said to be corrected', () => {
    const answers = PortraitAnswers.parse({ overrides: { plans: ['agir_tot', 'caregivers_2021_2026'] } });
    // Kept in the questionnaire's order whatever the order ticked.
    expect(item('plans', answers)).toMatchObject({ value: ['caregivers_2021_2026', 'agir_tot'], source: 'corrected' });
  });

  it('what the data cannot give is entered by hand, and blank until then', () => {
    expect(item('budgetRange')).toMatchObject({ value: null, source: 'hand' });
    const answers = PortraitAnswers.parse({
      budgetRange: '50k_100k',
      staffCount: 2,
      fte: 1.4,
      fundingSources: ['global_budget'],
      fundingOther: 'Entente avec la fondation',
    });
    expect(answerText(item('budgetRange', answers), 'fr')).toBe('50 000 $ – 100 000 $');
    expect(answerText(item('budgetRange', answers), 'en')).toBe('$50,000 – $100,000');
    expect(answerText(item('fte', answers), 'fr')).toBe('1,4');
    expect(answerText(item('fundingSources', answers), 'fr', { fundingSources: answers.fundingOther })).toBe('Budget global ; Entente avec la fondation');
  });

  it('exports every answer as CSV (with a BOM for the accents) and as JSON', () => {
    const answers = PortraitAnswers.parse({ budgetRange: 'lt50k' });
    const items = itemsFor(answers);
    expect(items).toHaveLength(21);
    const csv = portraitCsv(items, answers, 'fr');
    expect(csv.startsWith('\ufeffNuméro,Question,Réponse,Source,Calcul\r\n')).toBe(true);
    expect(csv).toContain('I-6,Usagers partenaires dans la banque,3,Données de Relais,');
    expect(csv).toContain('I-4,Budget annuel du bureau,0 $ – 50 000 $,Saisie à la main,');
    const json = JSON.parse(portraitJson(items, answers, { establishment: context.establishment, year: 2025, generatedOn: AFTER }, 'en')) as {
      answers: { id: string; value: unknown; source: string }[];
    };
    expect(json.answers.find((a) => a.id === 'activePartners')).toMatchObject({ value: 2, source: 'data' });
    expect(json.answers.find((a) => a.id === 'budgetRange')).toMatchObject({ value: 'lt50k', source: 'hand' });
  });
});
