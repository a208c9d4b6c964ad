import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { exclusionReason, rankCandidates } from '../../../../shared/logic/matching';
import { PartnerQuery } from '../../../../shared/logic/partner-query';
import { partnerDisplayName } from '../../../../shared/model/partner';
import type { Candidacy, PartnerRequest } from '../../../../shared/model/request';
import { Section } from '../../components/Fields';
import { todayIso } from '../../i18n/format';
import { useUi } from '../../store/ui';
import { useBank } from '../bank/bankStore';
import { useOfficeSettings } from '../settings/useOfficeSettings';
import { shortlist } from './actions';
import { useExplain } from './explain';

const PAGE = 20;
const LIST = { margin: 0, paddingLeft: 18 } as const;
// Penalties heavy enough to sink a good match are the ones the coordinator must see first.
const STRONG = { color: 'var(--danger)', fontWeight: 600 } as const;

/** Bank members ranked for the request, each with the reasons and penalties behind the rank. */
export const Matching = ({ request, candidacies }: { request: PartnerRequest; candidacies: Candidacy[] }) => {
  const { t } = useTranslation('requests');
  const notify = useUi((s) => s.notify);
  const settings = useOfficeSettings();
  const { status, index, loads, version, ensureLoaded } = useBank();
  const explain = useExplain();
  const [shown, setShown] = useState(PAGE);
  useEffect(() => void ensureLoaded(), [ensureLoaded]);

  const today = todayIso();
  // version changes whenever the bank or the loads change; it is the reason to rank again.
  const { ranked, excluded, eligible } = useMemo(() => {
    if (status !== 'ready') return { ranked: [], excluded: [], eligible: 0 };
    const ids = index.query(PartnerQuery.parse({}), { loads, today, thresholds: settings });
    const partners = ids.map((id) => index.get(id)).filter((p) => p !== undefined);
    // Who is left out and why, so "why isn't she listed?" has an answer.
    const counts = new Map<string, number>();
    for (const p of partners) {
      const why = exclusionReason(p, today);
      if (why) counts.set(why, (counts.get(why) ?? 0) + 1);
    }
    const left = [...counts].reduce((n, [, c]) => n + c, 0);
    return {
      // Only the rows on screen are explained: explaining all 12,000 eligible people is
      // where nearly all the ranking time goes, and the order of the top rows is the same.
      ranked: rankCandidates(request, partners, loads, { today, thresholds: settings, candidacies, limit: shown }),
      excluded: [...counts].sort((a, b) => b[1] - a[1]),
      eligible: partners.length - left,
    };
  }, [status, index, loads, today, settings, request, candidacies, version, shown]); // eslint-disable-line react-hooks/exhaustive-deps

  const rows = ranked.slice(0, shown);

  return (
    <Section title={t('match.title')}>
      <p className="muted">{t('match.explain')}</p>
      {excluded.length > 0 && (
        <details>
          <summary>{t('match.excludedTitle', { count: excluded.reduce((n, [, c]) => n + c, 0) })}</summary>
          <ul>
            {excluded.map(([code, n]) => (
              <li key={code}>{t('match.excludedLine', { reason: t(`match.exclusion.${code}`), count: n })}</li>
            ))}
          </ul>
        </details>
      )}
      {status !== 'ready' ? (
        <p>{t('loading')}</p>
      ) : ranked.length === 0 ? (
        <p className="muted">{t('match.none')}</p>
      ) : (
        <>
          <table>
            <caption className="sr-only">{t('match.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('match.rank')}</th>
                <th scope="col">{t('match.person')}</th>
                <th scope="col">{t('match.score')}</th>
                <th scope="col">{t('match.reasons')}</th>
                <th scope="col">{t('match.penalties')}</th>
                <th scope="col">{t('match.action')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((c, i) => {
                const p = index.get(c.partnerId);
                const name = p ? partnerDisplayName(p) : c.partnerId;
                return (
                  <tr key={c.partnerId} aria-label={t('match.rowLabel', { rank: i + 1, name })}>
                    <td>{i + 1}</td>
                    <td>
                      <a href={`#/bank/${c.partnerId}`}>{name}</a>
                      {p?.community && <div className="muted">{p.community}</div>}
                    </td>
                    <td>{c.score}</td>
                    <td>
                      {c.reasons.length === 0 ? (
                        <span className="muted">—</span>
                      ) : (
                        <ul style={LIST}>
                          {c.reasons.map((r) => (
                            <li key={r.code}>{explain.reason(r)}</li>
                          ))}
                        </ul>
                      )}
                    </td>
                    <td>
                      {c.penalties.length === 0 ? (
                        <span className="muted">{t('match.noPenalty')}</span>
                      ) : (
                        <ul style={LIST}>
                          {c.penalties.map((r, k) => (
                            <li key={`${r.code}-${k}`} style={r.points <= -30 ? STRONG : undefined}>
                              {explain.penalty(r)}
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                    <td>
                      {c.candidacy ? (
                        <span className="badge">{t(`candidacy.${c.candidacy}`)}</span>
                      ) : (
                        <button
                          type="button"
                          aria-label={t('match.shortlistWho', { name })}
                          onClick={() =>
                            void shortlist(request.id, c.partnerId).then(() => notify('success', { key: 'match.shortlisted', ns: 'requests', params: { name } }))
                          }
                        >
                          {t('match.shortlist')}
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <p className="muted">{t('match.count', { shown: rows.length, count: eligible })}</p>
          {shown < eligible && (
            <button type="button" onClick={() => setShown((n) => n + PAGE)}>
              {t('match.showMore')}
            </button>
          )}
        </>
      )}
    </Section>
  );
};
