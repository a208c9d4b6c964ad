import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { exclusionReason, rankCandidates } from '../../../../shared/logic/matching';
import { PartnerQuery } from '../../../../shared/logic/partner-query';
import { partnerDisplayName } from '../../../../shared/model/partner';
import type { Candidacy, PartnerRequest } from '../../../../shared/model/request';
import { Section } from '../../components/Fields';
import { todayIso } from '../../i18n/format';
import { useUi } from '../../store/ui';
import { useBank } from '../../store/bank';
import { useOfficeSettings } from '../../store/officeSettings';
import { shortlist } from './actions';
import { useExplain } from './explain';
import { DataTable } from '../../components/DataTable';
import { RouteLink } from '../../components/RouteLink';
import { getServices } from '../../db/services';

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

  const nameOf = (partnerId: string) => {
    const p = index.get(partnerId);
    return p ? partnerDisplayName(p) : partnerId;
  };
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
          <DataTable
            caption={t('match.caption')}
            rows={rows}
            rowKey={(c) => c.partnerId}
            rowLabel={(c, i) => t('match.rowLabel', { rank: i + 1, name: nameOf(c.partnerId) })}
            columns={[
              { header: t('match.rank'), cell: (_, i) => i + 1 },
              {
                header: t('match.person'),
                cell: (c) => {
                  const p = index.get(c.partnerId);
                  return (
                    <>
                      <RouteLink to={{ name: 'partner', id: c.partnerId }}>{nameOf(c.partnerId)}</RouteLink>
                      {p?.community && <div className="muted">{p.community}</div>}
                    </>
                  );
                },
              },
              { header: t('match.score'), cell: (c) => c.score },
              {
                header: t('match.reasons'),
                cell: (c) =>
                  c.reasons.length === 0 ? (
                    <span className="muted">—</span>
                  ) : (
                    <ul style={LIST}>
                      {c.reasons.map((r) => (
                        <li key={r.code}>{explain.reason(r)}</li>
                      ))}
                    </ul>
                  ),
              },
              {
                header: t('match.penalties'),
                cell: (c) =>
                  c.penalties.length === 0 ? (
                    <span className="muted">{t('match.noPenalty')}</span>
                  ) : (
                    <ul style={LIST}>
                      {c.penalties.map((r, k) => (
                        <li key={`${r.code}-${k}`} style={r.points <= -30 ? STRONG : undefined}>
                          {explain.penalty(r)}
                        </li>
                      ))}
                    </ul>
                  ),
              },
              {
                header: t('match.action'),
                cell: (c) => {
                  const name = nameOf(c.partnerId);
                  // The badge replaces the button: same focus key, so focus moves onto it.
                  return c.candidacy ? (
                    <span className="badge" tabIndex={-1} data-focus-key={`shortlist:${c.partnerId}`}>
                      {t(`candidacy.${c.candidacy}`)}
                    </span>
                  ) : (
                    <button
                      type="button"
                      data-focus-key={`shortlist:${c.partnerId}`}
                      aria-label={t('match.shortlistWho', { name })}
                      onClick={() =>
                        void shortlist(getServices(), request.id, c.partnerId).then(() =>
                          notify('success', { key: 'match.shortlisted', ns: 'requests', params: { name } }),
                        )
                      }
                    >
                      {t('match.shortlist')}
                    </button>
                  );
                },
              },
            ]}
          />
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
