/**
 * Injected into every page of the bank-UI benchmark (addInitScript, so it must be one
 * self-contained function). It measures in the page, where the clock is the page's own:
 * keydown → the first paint after the list changed (MutationObserver on the document,
 * then requestAnimationFrame + a message posted from it, which runs after that frame's
 * paint), long tasks (PerformanceObserver), and start-up from navigation.
 */
export interface ProbeWindow {
  __bench: {
    longTasks: number[];
    armKey(): void;
    keyDone(): Promise<number>;
    startup(): Promise<{ listShown: number; answered: number }>;
    /**
     * One transaction putting the partners' records (as the import stored them) into a
     * scratch database: with the app's `partners` indexes (the issue's baseline, Dexie's
     * `bulkPut` into the same table) or, `bare`, into a store without indexes.
     */
    rawBulkPut(bare?: boolean): Promise<number>;
    putContacts(json: string): Promise<number>;
  };
}

export function inPageProbe(): void {
  const w = window as unknown as ProbeWindow;
  const longTasks: number[] = [];
  try {
    new PerformanceObserver((l) => l.getEntries().forEach((e) => longTasks.push(e.duration))).observe({ type: 'longtask', buffered: true });
  } catch {
    /* no long-task support */
  }
  let mutated = false;
  let listShown = 0;
  let answered = 0;
  const expect = sessionStorage.getItem('bench.expect');
  const afterPaint = () =>
    new Promise<number>((r) =>
      requestAnimationFrame(() => {
        const ch = new MessageChannel();
        ch.port1.onmessage = () => r(performance.now());
        ch.port2.postMessage(0);
      }),
    );
  const check = () => {
    const rows = document.querySelector('main table tbody tr, table tbody tr');
    if (rows && !listShown) void afterPaint().then((t) => (listShown = listShown || t));
    if (expect && !answered && rows) {
      const status = [...document.querySelectorAll('[role="status"]')].some((s) => s.textContent === expect);
      if (status) void afterPaint().then((t) => (answered = answered || t));
    }
  };
  new MutationObserver(() => {
    mutated = true;
    check();
  }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });

  let t0 = 0;
  let armed = false;
  let painted: Promise<number> = Promise.resolve(NaN);
  const startClock = (e: Event) => {
    if (!armed) return;
    armed = false;
    t0 = e.timeStamp;
    mutated = false;
    // Frames are watched from the keydown itself: waiting for the benchmark's next call
    // (a round trip through Playwright) to ask for them would miss the frame that painted
    // the change when the page is quick, and count the one after it.
    painted = (async () => {
      // The first paint after keydown in which the page changed; a keystroke that changes
      // nothing visible counts its fourth frame.
      for (let i = 0; i < 30; i++) {
        const t = await afterPaint();
        if (mutated || i >= 3) return t - t0;
      }
      return NaN;
    })();
  };
  window.addEventListener('keydown', startClock, true);
  // Characters typed through insertText (é) arrive without a keydown: their input event starts the clock.
  window.addEventListener('input', startClock, true);
  const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

  interface IndexShape {
    name: string;
    keyPath: string | string[];
    multiEntry: boolean;
    unique: boolean;
  }
  const rawDb = (name: string, stores: string[], indexes: IndexShape[] = []) =>
    new Promise<IDBDatabase>((res, rej) => {
      const req = indexedDB.open(name, 1);
      req.onupgradeneeded = () =>
        stores.forEach((s) => {
          const store = req.result.createObjectStore(s, { keyPath: 'id' });
          for (const i of indexes) store.createIndex(i.name, i.keyPath, { multiEntry: i.multiEntry, unique: i.unique });
        });
      req.onsuccess = () => res(req.result);
      req.onerror = () => rej(req.error);
    });
  const putAll = (db: IDBDatabase, store: string, rows: unknown[]) =>
    new Promise<void>((res, rej) => {
      const tx = db.transaction(store, 'readwrite', { durability: 'relaxed' });
      const s = tx.objectStore(store);
      for (const r of rows) s.put(r);
      tx.oncomplete = () => res();
      tx.onerror = () => rej(tx.error);
    });
  const readAll = (db: IDBDatabase, store: string) =>
    new Promise<{ id: string }[]>((res, rej) => {
      const req = db.transaction(store).objectStore(store).getAll();
      req.onsuccess = () => res(req.result as { id: string }[]);
      req.onerror = () => rej(req.error);
    });
  const openApp = () =>
    new Promise<IDBDatabase>((res, rej) => {
      const req = indexedDB.open('relais');
      req.onsuccess = () => res(req.result);
      req.onerror = () => rej(req.error);
    });

  w.__bench = {
    longTasks,
    armKey() {
      armed = true;
    },
    keyDone() {
      return painted;
    },
    async startup() {
      for (let i = 0; i < 600 && !(listShown && answered); i++) await wait(50);
      return { listShown, answered };
    },
    async rawBulkPut(bare = false) {
      const app = await openApp();
      const partners = await readAll(app, 'partners');
      // The app's indexes as they are at run time (the schema's latest version).
      const store = app.transaction('partners').objectStore('partners');
      const indexes = bare
        ? []
        : [...store.indexNames].map((name) => {
            const i = store.index(name);
            return { name, keyPath: i.keyPath, multiEntry: i.multiEntry, unique: i.unique };
          });
      app.close();
      await new Promise((r) => (indexedDB.deleteDatabase('bench-raw').onsuccess = r));
      const db = await rawDb('bench-raw', ['partners'], indexes);
      const t = performance.now();
      await putAll(db, 'partners', partners);
      const ms = performance.now() - t;
      db.close();
      indexedDB.deleteDatabase('bench-raw');
      return ms;
    },
    async putContacts(json: string) {
      const app = await openApp();
      const ids = (await readAll(app, 'partners')).map((p) => p.id);
      const rows = (JSON.parse(json) as { partnerId: string }[]).map((c, i) => ({ ...c, partnerId: ids[i % ids.length] }));
      for (let i = 0; i < rows.length; i += 20_000) await putAll(app, 'contacts', rows.slice(i, i + 20_000));
      app.close();
      return rows.length;
    },
  };
}
