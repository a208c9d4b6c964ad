/**
 * Writes a sample central identity, a device key and a full bundle made from demo data:
 *   npm run bundle:sample -- <dir>
 * then: age -d -i <dir>/central-identity.txt <dir>/<bundle>.age | gunzip | jq .
 * Nothing here is real: the demo generator invents people.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateX25519Identity, identityToRecipient } from 'age-encryption';
import { DEMO_DEVICE_ID, DEMO_TODAY, generateDemo } from '../shared/demo/generate';
import { generateActivitiesDemo } from '../shared/demo/activities';
import { formatStamp } from '../shared/clock/hlc';
import { buildBundle } from '../electron/services/sync/export';
import { devicePublicText } from '../electron/services/sync/keys';
import { generateSigningKey } from '../electron/services/sync/signing';

async function main(): Promise<void> {
  const target = process.argv[2];
  if (!target) {
    process.stderr.write('usage: npm run bundle:sample -- <dir>\n');
    process.exit(2);
  }
  const dir = resolve(target);
  mkdirSync(dir, { recursive: true });
  const identity = await generateX25519Identity();
  const recipient = await identityToRecipient(identity);
  writeFileSync(join(dir, 'central-identity.txt'), `# created: ${new Date().toISOString()}\n# public key: ${recipient}\n${identity}\n`, { mode: 0o600 });
  const device = await generateSigningKey();
  const pub = await devicePublicText(device.publicRaw);
  writeFileSync(join(dir, 'device-key.txt'), pub.exportText);

  const demo = generateDemo({ seed: 7, partners: 60 });
  // Committees, sessions and the rest get the bookkeeping fields the laptop would give them.
  const at = `${DEMO_TODAY}T22:00:00.000Z`;
  let counter = 0;
  const stamped = <T extends object>(rows: T[]) =>
    rows.map((r) => ({
      ...r,
      createdAt: at,
      updatedAt: at,
      deviceId: DEMO_DEVICE_ID,
      stamp: formatStamp({ wall: Date.parse(at), counter: counter++ }, DEMO_DEVICE_ID),
    }));
  const more = generateActivitiesDemo(demo.partners, DEMO_TODAY, 7);
  const sealed = await buildBundle(
    {
      full: true,
      sinceStamp: null,
      deviceId: DEMO_DEVICE_ID,
      establishment: demo.settings.establishment,
      records: {
        partners: demo.partners,
        contacts: demo.contacts,
        requests: demo.requests,
        candidacies: demo.candidacies,
        mandates: demo.mandates,
        committees: stamped(more.committees),
        committeeMembers: stamped(more.committeeMembers),
        committeeMeetings: stamped(more.committeeMeetings),
        sessions: stamped(more.sessions),
        copMeetings: stamped(more.copMeetings),
        surveyResponses: stamped(more.surveyResponses),
      },
    },
    device,
    [recipient],
  );
  if (!sealed) throw new Error('a full bundle is always written');
  const name = `relais-${DEMO_DEVICE_ID}-${sealed.header.bundleId}.age`;
  writeFileSync(join(dir, name), sealed.bytes);
  process.stdout.write(
    [
      `wrote ${join(dir, 'central-identity.txt')} (central office identity, recipient ${recipient})`,
      `wrote ${join(dir, 'device-key.txt')} (device signing key, fingerprint ${pub.fingerprint})`,
      `wrote ${join(dir, name)} (${sealed.bytes.length} bytes)`,
      `try: npm run bundle -- inspect ${join(dir, name)} --identity ${join(dir, 'central-identity.txt')} --device-key ${join(dir, 'device-key.txt')}`,
      '',
    ].join('\n'),
  );
}

void main();
