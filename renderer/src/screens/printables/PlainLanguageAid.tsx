import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { checkPlainLanguage, PLAIN_LIMITS } from '../../../../shared/logic/plain-language';
import type { UiLanguage } from '../../../../shared/model/enums';

/** Beside the poster's text: long sentences and long words, as the coordinator types. */
export const PlainLanguageAid = ({ text, language }: { text: string; language: UiLanguage }) => {
  const { t } = useTranslation('printables');
  const findings = useMemo(() => checkPlainLanguage(text, language), [text, language]);
  const limits = PLAIN_LIMITS[language];
  return (
    <aside className="plain-aid" aria-label={t('plain.title', { language: t(`languages.${language}`) })}>
      <h3>{t('plain.title', { language: t(`languages.${language}`) })}</h3>
      <p className="hint">{t('plain.explain', { words: limits.sentenceWords, letters: limits.wordLetters })}</p>
      {findings.length === 0 ? (
        <p className="plain-ok">{t('plain.ok')}</p>
      ) : (
        <ul>
          {findings.map((f, i) => (
            <li key={`${f.kind}-${i}`}>
              {f.kind === 'long_sentence' ? t('plain.longSentence', { count: f.size, text: f.text }) : t('plain.longWord', { count: f.size, text: f.text })}
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
};
