import type { ContactEntry } from '../model/partner';
import { DAY_MS, DEMO_DEVICE_ID, type DemoContext } from './context';
import type { PartnerInfo } from './partners';
import { makeId } from './prng';
import * as V from './vocab';

/** The contact log; each partner's last contact and next step are derived from her latest entry. */
export const makeContacts = (ctx: DemoContext, infos: PartnerInfo[], contactsAvg: number): ContactEntry[] => {
  const { rng, T, iso, instantMs, randMinute } = ctx;
  const contacts: ContactEntry[] = [];
  // Partners still at 'interest' have no log, so the others carry a little more to keep the requested average.
  const maxK = Math.max(1, Math.round(2 * contactsAvg * 1.06 - 1));
  for (const x of infos) {
    const p = x.p;
    const k = x.final === 'interest' || contactsAvg === 0 ? 0 : rng.int(1, maxK);
    const entries: { day: number; channel: ContactEntry['channel']; summary: string }[] = [];
    for (const { c, title } of x.candidacies) {
      if (c.contactedAt === undefined) continue;
      const outcome = c.status === 'accepted' ? 'accepte de participer' : c.status === 'declined' ? 'décline' : 'pas de réponse';
      entries.push({
        day: Math.floor(Date.parse(`${c.contactedAt}T00:00:00Z`) / DAY_MS),
        channel: 'call',
        summary: `Proposition du projet « ${title} » : ${outcome}.`,
      });
    }
    // Nobody is called after withdrawing; the log of an inactive partner stops with their exit.
    const hi = x.neglected ? T - rng.int(200, 400) : x.exitDay !== undefined ? x.exitDay : T;
    const lo = Math.min(hi, Math.max(x.interestDay, T - 730));
    for (let n = entries.length; n < k; n++) {
      const [channel, summary] = rng.pick(V.contactTemplates);
      entries.push({ day: rng.int(lo, hi), channel, summary });
    }
    entries.sort((a, b) => a.day - b.day);
    let last: ContactEntry | undefined;
    let prevDay = -1;
    let prevMinute = 0;
    entries.forEach((e, idx) => {
      // Same-day entries get increasing times, so "latest entry" means the same by date or by createdAt.
      const minute = e.day === prevDay ? Math.min(479, prevMinute + rng.int(1, 30)) : randMinute();
      prevDay = e.day;
      prevMinute = minute;
      const isLast = idx === entries.length - 1;
      // Literal rather than spread of base(): this loop runs 200k times in the benchmark.
      const ms = instantMs(e.day, minute);
      const at = new Date(ms).toISOString();
      const ce: ContactEntry = {
        id: makeId(rng, ms),
        createdAt: at,
        updatedAt: at,
        deviceId: DEMO_DEVICE_ID,
        stamp: '',
        partnerId: p.id,
        date: iso(e.day),
        channel: e.channel,
        summary: e.summary,
      };
      if (rng.chance(isLast ? 0.5 : 0.3)) ce.nextStepAt = iso(e.day + rng.int(7, 60));
      contacts.push(ce);
      last = ce;
    });
    if (last !== undefined) {
      p.lastContactAt = last.date;
      if (last.nextStepAt !== undefined) p.nextStepAt = last.nextStepAt;
      if (last.updatedAt > x.lastInstant) x.lastInstant = last.updatedAt;
    }
    if (x.lastInstant > p.updatedAt) p.updatedAt = x.lastInstant;
  }
  return contacts;
};
