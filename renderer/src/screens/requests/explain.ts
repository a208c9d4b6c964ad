import { useTranslation } from 'react-i18next';
import type { rankCandidates } from '../../../../shared/logic/matching';
import { sectorLabel } from '../../../../shared/reference';
import { useFormat } from '../../i18n/format';

// Derived from the ranking itself, so this screen follows wherever the code lists live.
type Ranked = ReturnType<typeof rankCandidates>[number];
type Reason = Ranked['reasons'][number];
type Penalty = Ranked['penalties'][number];

const split = (s: string) => s.split(', ').filter(Boolean);

/** Turns matching codes and their raw details into sentences the coordinator can read. */
export const useExplain = () => {
  const { t, i18n } = useTranslation('requests');
  const { t: tb } = useTranslation('bank');
  const fmt = useFormat();
  const lang = i18n.language === 'en' ? 'en' : 'fr';

  const detail = (code: Reason['code'] | Penalty['code'], d: string | undefined): string => {
    if (d === undefined || d === '') return '';
    switch (code) {
      case 'sector_match':
        return split(d)
          .map((s) => sectorLabel(s, lang))
          .join(', ');
      case 'language_match':
      case 'language_mismatch': {
        const [language, interp] = d.split('+');
        const name = tb(`languages.${language ?? 'other'}`);
        return interp ? `${name}, ${t('match.withInterpreter')}` : name;
      }
      case 'level_accepted':
      case 'level_not_accepted':
        return tb(`levels.${d}`);
      case 'format_match':
      case 'format_mismatch':
        return split(d)
          .map((f) => tb(`participation.${f}`))
          .join(', ');
      case 'consent_recent':
      case 'consent_old':
      case 'recent_solicitation':
        return fmt.date(d);
      case 'availability_declared':
        return t('match.slots', { count: Number(d) });
      case 'training_done':
        return t('match.trainings', { count: Number(d) });
      case 'active_mandates':
        return t('match.mandates', { count: Number(d) });
      case 'hours_12m':
        return t('match.hours', { hours: fmt.number(Number(d), 1) });
      case 'over_solicited': {
        const m = /^(\d+)\/(\d+); ([\d.]+)\/([\d.]+) h$/.exec(d);
        return m
          ? t('match.overDetail', {
              mandates: t('match.activeMandates', { count: Number(m[1]) }),
              maxMandates: m[2],
              hours: fmt.number(Number(m[3]), 1),
              maxHours: m[4],
            })
          : d;
      }
      case 'dual_role_conflict': {
        const [role, same] = d.split(':');
        const name = tb(`dualRoles.${role ?? 'other'}`);
        return same ? `${name}, ${t('match.sameTeam')}` : name;
      }
      default:
        return d;
    }
  };

  const points = (n: number) => (n > 0 ? `+${n}` : `−${Math.abs(n)}`);

  const reason = (r: Reason) => {
    const d = detail(r.code, r.detail);
    return `${d ? t('match.withDetail', { label: t(`match.reason.${r.code}`), detail: d }) : t(`match.reason.${r.code}`)} (${points(r.points)})`;
  };
  const penalty = (p: Penalty) => {
    const d = detail(p.code, p.detail);
    return `${d ? t('match.withDetail', { label: t(`match.penalty.${p.code}`), detail: d }) : t(`match.penalty.${p.code}`)} (${points(p.points)})`;
  };
  return { reason, penalty };
};
