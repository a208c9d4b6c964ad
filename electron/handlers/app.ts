import { writeFile } from 'node:fs/promises';
import type { HandlerTable } from '../../shared/bridge/contract';
import { RelaisError } from '../../shared/bridge/result';
import type { HostContext } from './context';

type AppHandlers = Pick<HandlerTable, 'app.info' | 'app.setLanguage' | 'file.save'>;

export const appHandlers = (ctx: HostContext): AppHandlers => ({
  'app.info': async () => ({ version: ctx.version, shell: ctx.shell, platform: process.platform }),
  'app.setLanguage': async ({ language }) => {
    ctx.onLanguageChange?.(language);
    return { language };
  },
  'file.save': async ({ suggestedName, base64 }) => {
    if (!ctx.chooseSavePath) throw new RelaisError('unsupported');
    const target = await ctx.chooseSavePath(suggestedName);
    if (!target) return { saved: false };
    await writeFile(target, Buffer.from(base64, 'base64'));
    return { saved: true, path: target };
  },
});
