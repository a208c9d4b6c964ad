import { describe, expect, it } from 'vitest';
import { generateActivitiesDemo } from '../../../shared/demo/activities';
import { DEMO_TODAY, generateDemo } from '../../../shared/demo/generate';
import { communityYear, coverage } from '../../../shared/logic';
import { tableSchemas, type TableName } from '../../../shared/model/tables';

const stamp = {
  createdAt: '2026-11-23T14:00:00.000Z',
  updatedAt: '2026-11-23T14:00:00.000Z',
  deviceId: 'demo-device',
  stamp: '0000000000001-0000-demo-device',
};

describe('demonstration committees, sessions and community of practice', () => {
  const demo = generateDemo();
  const more = generateActivitiesDemo(demo.partners, DEMO_TODAY);

  it('is deterministic, valid against the model, and drawn only from people in the bank', () => {
    expect(JSON.stringify(generateActivitiesDemo(demo.partners, DEMO_TODAY))).toBe(JSON.stringify(more));
    for (const [table, rows] of Object.entries(more) as [TableName, object[]][])
      for (const row of rows) expect(tableSchemas[table].safeParse({ ...stamp, ...row }).success, table).toBe(true);
    const inBank = new Set(demo.partners.filter((p) => p.step === 'in_bank' || p.step === 'active').map((p) => p.id));
    for (const m of more.committeeMembers) expect(inBank.has(m.partnerId)).toBe(true);
  });

  it('gives figures worth showing: partial user-safety coverage and an active community', () => {
    const cov = coverage(more.committees, more.committeeMembers, DEMO_TODAY);
    expect(cov.committees).toBe(3);
    expect(cov.covered).toBe(2);
    expect(communityYear(more.copMeetings, DEMO_TODAY).meetings).toBeGreaterThanOrEqual(9);
    expect(communityYear(more.copMeetings, DEMO_TODAY).activeMembers).toBeGreaterThan(5);
  });
});
