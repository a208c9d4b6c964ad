import { z } from 'zod';
import { defineChannels } from '../channel';
import { UiLanguage } from '../../model/enums';

export const Base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);

export const appChannels = defineChannels({
  /** Which shell hosts the renderer, so it can pick e.g. native save dialogs or downloads. */
  'app.info': {
    input: z.object({}),
    output: z.object({ version: z.string(), shell: z.enum(['electron', 'web']), platform: z.string() }),
  },
  /** Main-process text (menus, dialogs) follows the renderer's language. */
  'app.setLanguage': {
    input: z.object({ language: UiLanguage }),
    output: z.object({ language: UiLanguage }),
  },
  /**
   * Saves bytes where the user chooses (native dialog). The browser host answers
   * 'unsupported' and the renderer falls back to a download.
   */
  'file.save': {
    input: z.object({
      suggestedName: z.string().min(1).max(200),
      mime: z.enum(['application/pdf', 'text/csv', 'text/plain', 'application/json', 'application/octet-stream', 'image/png']),
      base64: Base64,
    }),
    output: z.object({ saved: z.boolean(), path: z.string().optional() }),
  },
});
