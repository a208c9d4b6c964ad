import { generateActivitiesDemo } from '../../../../shared/demo/activities';
import { DEMO_TODAY, generateDemo } from '../../../../shared/demo/generate';
import type { Services } from '../../db/services';
import { SETTINGS_ID } from '../../store/officeSettings';

/**
 * Loads the invented demonstration bank, restamped as this device's own changes. The
 * office's own settings, once saved, are never replaced by the demonstration office.
 */
export const loadDemoData = async ({ db, records }: Services): Promise<number> => {
  const demo = generateDemo({ seed: 1 });
  const existing = await db.settings.get(SETTINGS_ID);
  if (!existing || existing.deleted) await records.save('settings', { ...demo.settings, id: SETTINGS_ID });
  await records.bulkSave('partners', demo.partners);
  await records.bulkSave('contacts', demo.contacts);
  await records.bulkSave('requests', demo.requests);
  await records.bulkSave('candidacies', demo.candidacies);
  await records.bulkSave('mandates', demo.mandates);
  // Committees, sessions, the community of practice and training feedback (issue 12).
  const more = generateActivitiesDemo(demo.partners, DEMO_TODAY);
  await records.bulkSave('committees', more.committees);
  await records.bulkSave('committeeMembers', more.committeeMembers);
  await records.bulkSave('committeeMeetings', more.committeeMeetings);
  await records.bulkSave('sessions', more.sessions);
  await records.bulkSave('copMeetings', more.copMeetings);
  await records.bulkSave('surveyResponses', more.surveyResponses);
  return demo.partners.length;
};
