import type { UiLanguage } from '../model/enums';

/**
 * A plain-language aid for posters: many readers in the regions read little, so long
 * sentences and long words are pointed out while the coordinator writes. Thresholds follow
 * the usual plain-language advice (about 15–20 words a sentence; short, common words);
 * French runs a little longer than English, hence the per-language figures.
 */
export const PLAIN_LIMITS: Record<UiLanguage, { sentenceWords: number; wordLetters: number }> = {
  fr: { sentenceWords: 20, wordLetters: 13 },
  en: { sentenceWords: 17, wordLetters: 12 },
};

export interface PlainFinding {
  kind: 'long_sentence' | 'long_word';
  /** The sentence (shortened) or the word. */
  text: string;
  /** Words in the sentence, or letters in the word. */
  size: number;
}

const words = (sentence: string, segmenter: Intl.Segmenter): string[] => [...segmenter.segment(sentence)].filter((s) => s.isWordLike).map((s) => s.segment);

const letters = (word: string): number => [...word.normalize('NFC')].filter((c) => /\p{L}/u.test(c)).length;

const shorten = (s: string): string => (s.length > 70 ? `${s.slice(0, 67).trimEnd()}…` : s);

/**
 * Findings in reading order, each word reported once. Lines are read as separate
 * sentences (list items on a poster are one per line). Web addresses and e-mails are not
 * words to simplify, so they are skipped.
 */
export function checkPlainLanguage(text: string, language: UiLanguage): PlainFinding[] {
  const limits = PLAIN_LIMITS[language];
  const locale = language === 'fr' ? 'fr-CA' : 'en-CA';
  const bySentence = new Intl.Segmenter(locale, { granularity: 'sentence' });
  const byWord = new Intl.Segmenter(locale, { granularity: 'word' });
  const findings: PlainFinding[] = [];
  const seen = new Set<string>();
  for (const line of text.split(/\n+/)) {
    const cleaned = line.replace(/\S+@\S+|\bhttps?:\/\/\S+|\bwww\.\S+/gi, ' ');
    for (const { segment } of bySentence.segment(cleaned)) {
      const sentence = segment.trim();
      if (sentence === '') continue;
      const ws = words(sentence, byWord);
      if (ws.length > limits.sentenceWords) findings.push({ kind: 'long_sentence', text: shorten(sentence), size: ws.length });
      for (const w of ws) {
        const n = letters(w);
        const key = w.toLocaleLowerCase(locale);
        if (n >= limits.wordLetters && !seen.has(key)) {
          seen.add(key);
          findings.push({ kind: 'long_word', text: w, size: n });
        }
      }
    }
  }
  return findings;
}
