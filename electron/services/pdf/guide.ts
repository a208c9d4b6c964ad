import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { fillGuide } from '../../../shared/printables/guides/fields';
import type { GuideInput } from '../../../shared/printables/schemas';
import { baseDocument, rich } from './layout';
import { markdownContent } from './markdown';
import { stringsFor } from './text';

/** A guide or leaflet: the office's band, the title, then the coordinator's Markdown with the settings filled in. */
export function guideDefinition(input: GuideInput): TDocumentDefinitions {
  const { language, office } = input;
  const s = stringsFor(language);
  return baseDocument(office, s, { title: input.title, band: s.guide.band, language: language === 'fr' ? 'fr-CA' : 'en-CA' }, [
    rich(input.title, { style: 'title', color: office.primaryColor, margin: [0, 0, 0, 10] }),
    ...markdownContent(fillGuide(input.body, office), office),
  ]);
}
