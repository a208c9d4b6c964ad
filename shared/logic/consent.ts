import type { ConsentKind, IsoDate, Partner } from '../model';

/** A consent counts only if it was given and has not expired (an expiry date is inclusive). */
export const hasConsent = (p: Pick<Partner, 'consents'>, kind: ConsentKind, today: IsoDate): boolean => {
  const c = p.consents[kind];
  return c !== undefined && c.given && (c.expires === undefined || c.expires >= today);
};
