import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ContactChannel } from '../../../../shared/model/enums';
import { ContactEntry, type Partner } from '../../../../shared/model/partner';
import { DataTable } from '../../components/DataTable';
import { fieldErrors } from '../../components/fieldErrors';
import { Section, SelectField, TextField } from '../../components/Fields';
import { options } from '../../components/labels';
import { getServices } from '../../db/services';
import { todayIso, useFormat } from '../../i18n/format';
import { useUi } from '../../store/ui';
import { addContact } from './actions';

/** The contact summary's limit, read from the schema so the form states what it enforces. */
const CONTACT_SUMMARY_MAX = ContactEntry.shape.summary.maxLength ?? 2000;

/** The profile's contact log: when the person was last reached and what comes next, and a new entry. */
export const ContactLog = ({ partner }: { partner: Partner }) => {
  const { t, i18n } = useTranslation('bank');
  const { t: tf } = useTranslation('fields');
  const lang = i18n.language === 'en' ? 'en' : 'fr';
  const fmt = useFormat();
  const notify = useUi((s) => s.notify);
  const { db } = getServices();
  const log = useLiveQuery(
    async () =>
      (await db.contacts.where('partnerId').equals(partner.id).toArray())
        .filter((c) => !c.deleted)
        .sort((a, b) => (a.date === b.date ? b.createdAt.localeCompare(a.createdAt) : b.date.localeCompare(a.date))),
    [partner.id],
  );
  const [entry, setEntry] = useState({ date: todayIso(), channel: 'call' as ContactChannel, summary: '', nextStepAt: '' });
  const [error, setError] = useState<string>();

  const [dateError, setDateError] = useState<string>();
  const add = async () => {
    // The schema's own verdict, each refusal on its field (limit of the summary, a date that does not exist).
    const parsed = ContactEntry.pick({ date: true, summary: true, nextStepAt: true }).safeParse({
      date: entry.date,
      summary: entry.summary,
      nextStepAt: entry.nextStepAt || undefined,
    });
    const errs = parsed.success ? {} : fieldErrors(parsed.error.issues, entry, tf, lang);
    setDateError(errs.date ?? errs.nextStepAt);
    if (!entry.summary.trim() || errs.summary || errs.date || errs.nextStepAt) {
      setError(errs.summary ?? (entry.summary.trim() ? undefined : t('profile.logSummaryRequired')));
      return;
    }
    setError(undefined);
    await addContact(getServices(), partner.id, {
      date: entry.date,
      channel: entry.channel,
      summary: entry.summary.trim(),
      nextStepAt: entry.nextStepAt || undefined,
    });
    setEntry({ date: todayIso(), channel: 'call', summary: '', nextStepAt: '' });
    notify('success', { key: 'profile.logAdded', ns: 'bank' });
  };

  return (
    <Section title={t('profile.contactLog')}>
      <p>
        <strong>{t('colon', { ns: 'common', label: t('profile.lastContact') })}</strong> {fmt.date(partner.lastContactAt)} ·{' '}
        <strong>{t('colon', { ns: 'common', label: t('profile.nextStep') })}</strong> {fmt.date(partner.nextStepAt)}
      </p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
      >
        <div className="toolbar">
          <TextField label={t('profile.logDate')} type="date" value={entry.date} onChange={(date) => setEntry((x) => ({ ...x, date }))} error={dateError} />
          <SelectField
            label={t('profile.logChannel')}
            value={entry.channel}
            onChange={(v) => setEntry((x) => ({ ...x, channel: v as ContactChannel }))}
            options={options(t, 'channels', ContactChannel.options)}
          />
          <TextField label={t('profile.logNext')} type="date" value={entry.nextStepAt} onChange={(nextStepAt) => setEntry((x) => ({ ...x, nextStepAt }))} />
        </div>
        <TextField
          label={t('profile.logSummary')}
          value={entry.summary}
          onChange={(summary) => setEntry((x) => ({ ...x, summary }))}
          multiline
          max={CONTACT_SUMMARY_MAX}
          error={error}
        />
        <button type="submit">{t('profile.logAdd')}</button>
      </form>
      {log && log.length === 0 && <p className="muted">{t('profile.logEmpty')}</p>}
      {log && log.length > 0 && (
        <DataTable
          caption={t('profile.log')}
          rows={log}
          rowKey={(c) => c.id}
          columns={[
            { header: t('profile.logDate'), cell: (c) => fmt.shortDate(c.date) },
            { header: t('profile.logChannel'), cell: (c) => t(`channels.${c.channel}`) },
            { header: t('profile.logSummary'), cell: (c) => c.summary },
            { header: t('profile.nextStep'), cell: (c) => (c.nextStepAt ? fmt.shortDate(c.nextStepAt) : '') },
          ]}
        />
      )}
    </Section>
  );
};
