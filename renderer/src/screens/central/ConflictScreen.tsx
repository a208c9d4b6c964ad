import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecordBase } from '../../../../shared/model/base';
import { differingFields, resolveFields } from '../../../../shared/sync/merge';
import { getServices } from '../../db/services';
import { RouteLink } from '../../components/RouteLink';
import { useFormat } from '../../i18n/format';
import { resolveConflict } from '../../db/receive';
import { useUi, type Route } from '../../store/ui';
import { useCentralErrorText } from './errors';
import { useReceive } from './receiveStore';
import { versionTitle } from './versionTitle';

const show = (v: unknown): string => {
  if (v === undefined || v === null || v === '') return '—';
  if (Array.isArray(v)) return v.map((x) => (typeof x === 'object' ? JSON.stringify(x) : String(x))).join(', ') || '—';
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
};

/**
 * Both (or more) versions of a record side by side, only the fields that differ. Keep one
 * version whole, or pick field by field; either way the result is saved as a new change
 * that includes every version, so the conflict ends everywhere it travels.
 */
export const ConflictScreen = ({ route }: { route: Route }) => {
  const { t } = useTranslation('central');
  const fmt = useFormat();
  const notify = useUi((s) => s.notify);
  const navigate = useUi((s) => s.navigate);
  const errorText = useCentralErrorText();
  const key = route.name === 'conflict' ? route.key : '';
  // null once the lookup has answered with nothing, undefined while it is still reading.
  const c = useLiveQuery(async () => (await getServices().db.conflicts.get(key)) ?? null, [key]);
  const [picks, setPicks] = useState<Record<string, number>>({});
  const devices = useReceive((s) => s.status?.devices);

  if (c === undefined) return null;
  if (c === null)
    return (
      <div className="screen">
        <h1>{t('conflict.notFoundTitle')}</h1>
        <p>{t('conflict.gone')}</p>
        <RouteLink to={{ name: 'receive' }}>{t('conflict.back')}</RouteLink>
      </div>
    );

  const versions = c.versions;
  const fields = differingFields(versions);
  const label = (f: string) => t(`fields.${f}`, { defaultValue: f });
  // Which office's device made each version, when the registry knows it.
  const officeOf = (deviceId: string) => devices?.find((d) => d.deviceId === deviceId)?.establishment;
  const who = (v: RecordBase, i: number) => {
    const office = officeOf(v.deviceId);
    const device = v.deviceId.slice(-8);
    return t('conflict.version', { n: i + 1, date: fmt.dateTime(v.updatedAt), device: office ? `${device}, ${office}` : device });
  };

  const finish = async (fields: Record<string, unknown> | 'delete') => {
    try {
      await resolveConflict(getServices().records, c.key, fields);
      notify('success', t('conflict.resolved'));
      navigate({ name: 'receive' });
    } catch (err) {
      notify('error', errorText(err));
    }
  };
  const keep = (i: number) => void finish(versions[i]?.deleted ? 'delete' : resolveFields(versions, i));
  const base = versions.findIndex((v) => !v.deleted);
  const fieldByField = () => void finish(resolveFields(versions, base < 0 ? 0 : base, picks));

  return (
    <div className="screen">
      <h1>{versionTitle(t, c)}</h1>
      <p>{t('conflict.explain')}</p>
      <table>
        <caption>{t('conflict.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('conflict.field')}</th>
            {versions.map((v, i) => (
              <th scope="col" key={v.stamp}>
                {who(v, i)}
                {v.deleted && (
                  <>
                    {' '}
                    <span className="badge danger">{t('conflict.deleted')}</span>
                  </>
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {fields.map((f) => (
            <tr key={f}>
              <th scope="row">{label(f)}</th>
              {versions.map((v, i) => (
                <td key={v.stamp}>
                  {v.deleted ? (
                    <span className="muted">{t('conflict.deletedValue')}</span>
                  ) : (
                    <label>
                      <input
                        type="radio"
                        name={`pick-${f}`}
                        checked={(picks[f] ?? (base < 0 ? 0 : base)) === i}
                        onChange={() => setPicks((p) => ({ ...p, [f]: i }))}
                        aria-label={t('conflict.pickLabel', { field: label(f), n: i + 1 })}
                      />{' '}
                      {show((v as Record<string, unknown>)[f])}
                    </label>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <div className="actions">
        {versions.map((v, i) => (
          <button type="button" key={v.stamp} onClick={() => keep(i)}>
            {v.deleted ? t('conflict.keepDeletion', { n: i + 1 }) : t('conflict.keep', { n: i + 1 })}
          </button>
        ))}
        {base >= 0 && (
          <button type="button" className="primary" onClick={fieldByField}>
            {t('conflict.saveChoice')}
          </button>
        )}
      </div>
    </div>
  );
};
