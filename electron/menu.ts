import type { UiLanguage } from '../shared/model/enums';
import en from './locales/en/menu.json';
import fr from './locales/fr/menu.json';

type MenuText = typeof fr;
const text: Record<UiLanguage, MenuText> = { fr, en };
export const menuText = (language: UiLanguage): MenuText => text[language];

/** Structural subset of Electron's MenuItemConstructorOptions, so this stays testable. */
export interface MenuItemSpec {
  label?: string;
  role?:
    | 'quit'
    | 'undo'
    | 'redo'
    | 'cut'
    | 'copy'
    | 'paste'
    | 'selectAll'
    | 'reload'
    | 'zoomIn'
    | 'zoomOut'
    | 'resetZoom'
    | 'togglefullscreen'
    | 'minimize'
    | 'about';
  type?: 'separator';
  submenu?: MenuItemSpec[];
}

/** The application menu in the coordinator's language; roles keep native behaviour. */
export const menuTemplate = (language: UiLanguage): MenuItemSpec[] => {
  const t = menuText(language);
  return [
    { label: t.file, submenu: [{ role: 'quit', label: t.quit }] },
    {
      label: t.edit,
      submenu: [
        { role: 'undo', label: t.undo },
        { role: 'redo', label: t.redo },
        { type: 'separator' },
        { role: 'cut', label: t.cut },
        { role: 'copy', label: t.copy },
        { role: 'paste', label: t.paste },
        { role: 'selectAll', label: t.selectAll },
      ],
    },
    {
      label: t.view,
      submenu: [
        { role: 'reload', label: t.reload },
        { type: 'separator' },
        { role: 'zoomIn', label: t.zoomIn },
        { role: 'zoomOut', label: t.zoomOut },
        { role: 'resetZoom', label: t.resetZoom },
        { type: 'separator' },
        { role: 'togglefullscreen', label: t.fullscreen },
      ],
    },
    { label: t.window, submenu: [{ role: 'minimize', label: t.minimize }] },
    { label: t.help, submenu: [{ role: 'about', label: t.about }] },
  ];
};
