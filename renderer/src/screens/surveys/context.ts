import { getServices } from '../../db/services';
import type { SurveyAbout } from '../../store/ui';

/** A line saying what the answers are about (for the coordinator's screen only, never the kiosk). */
export const describeAbout = async (
  about: SurveyAbout | undefined,
): Promise<{ kind: 'mandate' | 'session' | 'seat' | 'partner'; name: string; title: string } | null> => {
  if (!about) return null;
  const { db } = getServices();
  const nameOf = async (id: string | undefined) => {
    const p = id ? await db.partners.get(id) : undefined;
    return p && !p.deleted && !p.anonymised ? `${p.firstName} ${p.lastName}`.trim() : '—';
  };
  if (about.mandate) {
    const m = await db.mandates.get(about.mandate);
    const r = m ? await db.requests.get(m.requestId) : undefined;
    return { kind: 'mandate', name: await nameOf(m?.partnerId), title: r?.title ?? '—' };
  }
  if (about.session) return { kind: 'session', name: '', title: (await db.sessions.get(about.session))?.title ?? '—' };
  if (about.seat) {
    const s = await db.committeeMembers.get(about.seat);
    const c = s ? await db.committees.get(s.committeeId) : undefined;
    return { kind: 'seat', name: await nameOf(s?.partnerId), title: c?.name ?? '—' };
  }
  if (about.partner) return { kind: 'partner', name: await nameOf(about.partner), title: '' };
  return null;
};
