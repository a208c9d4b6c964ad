import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseTeamForm, teamFormLabel, teamFormTemplate, type TeamFormResult } from '../../../../shared/logic/team-form';
import { Section, TextField } from '../../components/Fields';
import { saveFile, textToBase64 } from '../../files';
import { useUi } from '../../store/ui';
import { useOfficeSettings } from '../../store/officeSettings';

/**
 * The structured form teams send back: the office saves a blank one to send, then opens
 * or pastes the filled one, which fills the request form on screen (nothing is stored
 * until the coordinator saves the request).
 */
export const TeamFormImport = ({ onFill }: { onFill(result: TeamFormResult): void }) => {
  const { t, i18n } = useTranslation('requests');
  const lang = i18n.language === 'en' ? 'en' : 'fr';
  const notify = useUi((s) => s.notify);
  const settings = useOfficeSettings();
  const [text, setText] = useState('');
  const [problems, setProblems] = useState<TeamFormResult['problems']>([]);

  const fill = (source: string) => {
    const result = parseTeamForm(source);
    setProblems(result.problems);
    if (result.recognised.length === 0) {
      notify('error', { key: 'teamForm.nothing', ns: 'requests' });
      return;
    }
    onFill(result);
    notify('success', { key: 'teamForm.filled', ns: 'requests', params: { count: result.recognised.length } });
  };

  const saveBlank = (formLang: 'fr' | 'en') =>
    void saveFile(
      formLang === 'fr' ? t('teamForm.fileName') : t('teamForm.fileNameEn'),
      'text/plain',
      textToBase64(teamFormTemplate(formLang, settings.officeName || settings.establishment)),
    );

  return (
    <Section title={t('teamForm.title')}>
      <p className="muted">{t('teamForm.explain')}</p>
      <div className="actions">
        <button type="button" onClick={() => saveBlank('fr')}>
          {t('teamForm.blankFr')}
        </button>
        <button type="button" onClick={() => saveBlank('en')}>
          {t('teamForm.blankEn')}
        </button>
      </div>
      <div className="field">
        <label htmlFor="team-form-file">{t('teamForm.file')}</label>
        <input
          id="team-form-file"
          type="file"
          accept=".txt,text/plain"
          onChange={(e) => {
            const f = e.target.files?.[0];
            if (f) void f.text().then(fill);
          }}
        />
      </div>
      <TextField label={t('teamForm.paste')} value={text} onChange={setText} multiline />
      <button type="button" disabled={!text.trim()} onClick={() => fill(text)}>
        {t('teamForm.fill')}
      </button>
      {problems.length > 0 && (
        <div role="alert">
          <h3>{t('teamForm.problems')}</h3>
          <ul>
            {problems.map((p, i) => (
              <li key={`${p.key}-${i}`}>{t('teamForm.problem', { field: teamFormLabel(p.key, lang), value: p.value })}</li>
            ))}
          </ul>
        </div>
      )}
    </Section>
  );
};
