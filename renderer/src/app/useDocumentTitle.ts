import { useEffect } from 'react';

const APP = 'Relais';

/**
 * The window title names the screen and the record shown, read from the screen's own
 * <h1> ("Claudette Savard — Banque — Relais"), so every screen is covered without
 * declaring anything, and it follows a change of language or a record that loads late.
 */
export const useDocumentTitle = (section: string) => {
  useEffect(() => {
    const update = () => {
      const h1 = document.getElementById('main')?.querySelector('h1')?.textContent?.trim() ?? '';
      // "Banque d'usagers partenaires — Relais", not "… — Banque — Relais".
      const parts = [h1, h1.toLowerCase().startsWith(section.toLowerCase()) ? '' : section, APP].filter(Boolean);
      const title = parts.join(' — ');
      if (document.title !== title) document.title = title;
    };
    update();
    const main = document.getElementById('main');
    if (!main) return;
    const observer = new MutationObserver(update);
    observer.observe(main, { subtree: true, childList: true, characterData: true });
    return () => observer.disconnect();
  }, [section]);
};
