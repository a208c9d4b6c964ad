import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CentralStatus } from '../../../../shared/bridge/channels/central';
import { call } from '../../bridge';
import { getServices } from '../../db/services';
import { Section, SelectField, TextField } from '../../components/Fields';
import { useFormat } from '../../i18n/format';
import { useUi } from '../../store/ui';
import { useCentralErrorText } from './errors';
import { officeRecordsFor } from './officeRecords';

/** Back to the laptops: every record of one office, for that office's approved devices. */
export const SendBackSection = ({ status }: { status: CentralStatus }) => {
  const { t } = useTranslation('central');
  const fmt = useFormat();
  const notify = useUi((s) => s.notify);
  const errorText = useCentralErrorText();
  const offices = [...new Set(status.devices.filter((d) => d.status === 'approved').map((d) => d.establishment))].sort();
  const [office, setOffice] = useState('');
  const [folder, setFolder] = useState('');
  const [busy, setBusy] = useState(false);
  const chosen = office || offices[0] || '';

  const send = async () => {
    setBusy(true);
    try {
      const { db, records } = getServices();
      const rows = await officeRecordsFor(db, chosen, status.devices);
      const out = await call('central.sendToOffice', { establishment: chosen, folder, deviceId: records.clock.deviceId, records: rows });
      notify('success', t('sendBack.done', { count: out.records, devices: out.devices, bytes: fmt.bytes(out.bytes) }));
    } catch (err) {
      notify('error', errorText(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Section title={t('sendBack.title')}>
      <p>{t('sendBack.explain')}</p>
      {offices.length === 0 ? (
        <p className="hint">{t('sendBack.noOffice')}</p>
      ) : (
        <>
          <SelectField
            label={t('sendBack.office')}
            value={chosen}
            onChange={setOffice}
            options={offices.map((o) => ({ value: o, label: o || t('devices.noOffice') }))}
          />
          <TextField label={t('sendBack.folder')} value={folder} onChange={setFolder} hint={t('sendBack.folderHint')} />
          <div className="actions">
            <button type="button" disabled={busy || !folder.trim()} onClick={() => void send()}>
              {t('sendBack.send')}
            </button>
          </div>
        </>
      )}
    </Section>
  );
};
