import { useTranslation } from 'react-i18next';
import type { CentralStatus } from '../../../../shared/bridge/channels/central';
import { call } from '../../bridge';
import { Section } from '../../components/Fields';
import { useFormat } from '../../i18n/format';
import { useUi } from '../../store/ui';
import { useCentralErrorText } from './errors';
import { useReceive } from './receiveStore';

const badge = { pending: 'badge warn', approved: 'badge ok', revoked: 'badge danger' } as const;

/** Trust on first use: a new device waits until someone compares its fingerprint and approves it. */
export const DevicesSection = ({ status, onChanged }: { status: CentralStatus; onChanged(approved: boolean): void }) => {
  const { t } = useTranslation('central');
  const fmt = useFormat();
  const notify = useUi((s) => s.notify);
  const errorText = useCentralErrorText();
  if (!status.devices.length) return null;

  const decide = async (deviceId: string, decision: 'approve' | 'revoke', office: string) => {
    try {
      // Shown at once: the receiving run an approval starts refreshes the rest later.
      useReceive.setState({ status: await call('central.decideDevice', { deviceId, decision }) });
      notify('success', t(decision === 'approve' ? 'devices.approved' : 'devices.revoked', { office: office || t('devices.noOffice') }));
      onChanged(decision === 'approve');
    } catch (err) {
      notify('error', errorText(err));
    }
  };

  const pending = status.devices.filter((d) => d.status === 'pending').length;
  return (
    <Section title={t('devices.title')}>
      {pending > 0 && <p className="notice notice-info">{t('devices.pendingExplain', { count: pending })}</p>}
      <table>
        <thead>
          <tr>
            <th scope="col">{t('devices.office')}</th>
            <th scope="col">{t('devices.device')}</th>
            <th scope="col">{t('devices.fingerprint')}</th>
            <th scope="col">{t('devices.status')}</th>
            <th scope="col">{t('devices.lastBundle')}</th>
            <th scope="col">{t('devices.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {status.devices.map((d) => {
            const office = d.establishment || t('devices.noOffice');
            return (
              <tr key={d.deviceId}>
                <td>{office}</td>
                <td>
                  <code>{d.deviceId.slice(-8)}</code>
                </td>
                <td>
                  <code>{d.fingerprint}</code>
                </td>
                <td>
                  <span className={badge[d.status]}>{t(`devices.states.${d.status}`)}</span>
                </td>
                <td>{d.lastBundleAt ? fmt.dateTime(d.lastBundleAt) : t('devices.never')}</td>
                <td>
                  {d.status !== 'approved' && (
                    <button
                      type="button"
                      onClick={() => void decide(d.deviceId, 'approve', d.establishment)}
                      aria-label={t('devices.approveLabel', { office, fingerprint: d.fingerprint })}
                    >
                      {t('devices.approve')}
                    </button>
                  )}{' '}
                  {d.status !== 'revoked' && (
                    <button
                      type="button"
                      onClick={() => void decide(d.deviceId, 'revoke', d.establishment)}
                      aria-label={t('devices.revokeLabel', { office, fingerprint: d.fingerprint })}
                    >
                      {t('devices.revoke')}
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </Section>
  );
};
