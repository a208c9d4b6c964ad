import type { OfficeSettingsFields } from '../../model/settings';

export interface GuideText {
  title: string;
  body: string;
}

/** The fields a guide may use, filled from the settings. */
export const GUIDE_FIELDS = ['office', 'establishment', 'coordinator', 'phone', 'email', 'address'] as const;
export type GuideField = (typeof GUIDE_FIELDS)[number];

/** Markdown's own marks in a value would change the layout, so they are escaped. */
const escapeMarkdown = (value: string): string => value.replace(/([\\`*_[\]<>#|~])/g, '\\$1');

/**
 * Fills {{field}} slots from the settings. An empty setting leaves a visible blank line
 * ("____") so the printed copy shows what to complete by hand; unknown slots stay as typed.
 */
export function fillGuide(
  body: string,
  settings: Pick<OfficeSettingsFields, 'officeName' | 'establishment' | 'coordinator' | 'phone' | 'email' | 'address'>,
): string {
  const values: Record<GuideField, string> = {
    office: settings.officeName,
    establishment: settings.establishment,
    coordinator: settings.coordinator,
    phone: settings.phone,
    email: settings.email,
    address: settings.address,
  };
  return body.replace(/\{\{(\w+)\}\}/g, (slot, key: string) => {
    if (!(GUIDE_FIELDS as readonly string[]).includes(key)) return slot;
    const v = values[key as GuideField].trim();
    return v === '' ? '\\_\\_\\_\\_' : escapeMarkdown(v);
  });
}
