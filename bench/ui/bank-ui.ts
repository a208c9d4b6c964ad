import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { generateDemo } from '../../shared/demo/generate';
import { defaultExportColumns, partnersToCsv } from '../../shared/logic/csv';
import type { BenchRow } from '../types';
import { inPageProbe, type ProbeWindow } from './probe';
import { saveTrace, SPLIT_MARK, startTotals, startTrace } from './trace';

/**
 * What a coordinator feels on the bank screen with 20,000 people and 200,000 contact
 * entries: the real built renderer (out/renderer) served by the real browser host, driven
 * in Debian Chromium with real keys. The machine is slowed with CDP CPU throttling to the
 * issue's old laptop (calibration loop ≥ 540 ms); every row says the calibration, the
 * rate and the load average, so runs compare.
 */
const root = resolve(import.meta.dirname, '../..');
const cache = join(root, '.tmp/bench-cache');
const PEOPLE = 20_000;
const CONTACTS_PER = 10;
const SLOW_LAPTOP_MS = 540;
const TOKEN = 'bench-token-0123456789abcdef';
const TYPED = ['Hélène Tremblay', 'chibougamau', 'cancer du sein', 'diabete', 'Mistissini', 'gagnon', 'evacuation medicale'];

const round = (x: number) => Math.round(x * 10) / 10;
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[Math.min(s.length - 1, Math.floor(s.length * p))] as number) : NaN;
};
const med = (xs: number[]) => pct(xs, 0.5);
const load = () => loadavg()[0]!.toFixed(1);

/** The issue's calibration: a Node loop x += i % 7 for 3·10⁸ iterations. */
export const calibrate = (): number => {
  const t0 = performance.now();
  let x = 0;
  for (let i = 0; i < 3e8; i++) x += i % 7;
  if (x < 0) console.log(x);
  return performance.now() - t0;
};

/** The dataset is generated once and cached (.tmp/bench-cache): generation is heavy. */
const dataset = (): { csvFile: string; contactsFile: string } => {
  mkdirSync(cache, { recursive: true });
  const csvFile = join(cache, `bank-${PEOPLE}.csv`);
  const contactsFile = join(cache, `contacts-${PEOPLE * CONTACTS_PER}.json`);
  if (!existsSync(csvFile) || !existsSync(contactsFile)) {
    console.log('bank-ui: generating the invented bank (cached afterwards)…');
    const demo = generateDemo({ seed: 14, partners: PEOPLE, contactsPerPartner: 0, requests: 0 });
    writeFileSync(csvFile, `\uFEFF${partnersToCsv(demo.partners, defaultExportColumns, 'fr')}`);
    const one = generateDemo({ seed: 15, partners: 200, contactsPerPartner: CONTACTS_PER, requests: 0 }).contacts;
    // 200,000 entries cycled from a realistic 2,000: their text sizes are what counts.
    const contacts = Array.from({ length: PEOPLE * CONTACTS_PER }, (_, i) => ({ ...one[i % one.length], id: `C${String(i).padStart(25, '0')}` }));
    writeFileSync(contactsFile, JSON.stringify(contacts));
  }
  return { csvFile, contactsFile };
};

/** RSS (MB) of the largest Chromium renderer process under this Node process (Playwright launches the browser as our child), read from /proc. */
const rendererRssMb = (browserPid: number): number => {
  const children = new Map<number, number[]>();
  for (const d of readdirSync('/proc').filter((x) => /^\d+$/.test(x))) {
    try {
      const ppid = Number(/PPid:\s+(\d+)/.exec(readFileSync(`/proc/${d}/status`, 'utf8'))?.[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(d)]);
    } catch {
      /* gone */
    }
  }
  let best = 0;
  const walk = (pid: number) => {
    for (const c of children.get(pid) ?? []) {
      try {
        if (readFileSync(`/proc/${c}/cmdline`, 'utf8').includes('--type=renderer')) {
          const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${c}/status`, 'utf8'))?.[1] ?? 0);
          best = Math.max(best, kb / 1024);
        }
      } catch {
        /* gone */
      }
      walk(c);
    }
  };
  walk(browserPid);
  return best;
};

const keystrokes = async (page: Page, label = 'Rechercher'): Promise<number[]> => {
  const box = page.getByLabel(label, { exact: true });
  const out: number[] = [];
  for (const word of TYPED) {
    await box.fill('');
    await page.waitForTimeout(300);
    await box.focus();
    for (const ch of word) {
      await page.evaluate(() => (window as unknown as ProbeWindow).__bench.armKey());
      await page.keyboard.type(ch);
      out.push(await page.evaluate(() => (window as unknown as ProbeWindow).__bench.keyDone()));
      await page.waitForTimeout(60);
    }
  }
  return out;
};

interface Profile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number }[];
  samples?: number[];
  timeDeltas?: number[];
}
const summarise = (p: Profile, file = 'bank-ui.cpuprofile') => {
  writeFileSync(join(cache, file), JSON.stringify(p));
  const self = new Map<string, number>();
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  (p.samples ?? []).forEach((id, i) => {
    const n = byId.get(id)!;
    const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
    self.set(k, (self.get(k) ?? 0) + (p.timeDeltas?.[i] ?? 0) / 1000);
  });
  const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 40);
  console.log(top.map(([k, ms]) => `${ms.toFixed(0).padStart(7)} ms  ${k}`).join('\n'));
};

const row = (name: string, xs: number[], target: string, met: boolean, ctxNote: string, extra = ''): BenchRow => ({
  name,
  medianMs: round(med(xs)),
  target,
  met,
  notes: `p95 ${round(pct(xs, 0.95))} ms; n=${xs.length}${extra ? `; ${extra}` : ''}; ${ctxNote}`,
});

export const run = async (): Promise<BenchRow[]> => {
  const { csvFile, contactsFile } = dataset();
  if (!process.env.BENCH_SKIP_BUILD) execFileSync('npx', ['electron-vite', 'build'], { cwd: root, stdio: 'inherit' });
  const calibrationMs = calibrate();
  // BENCH_RATE fixes the throttling (e.g. 1 to compare two versions' CPU time per key, which a
  // rate computed from one noisy calibration would scale differently run to run).
  const rate = Number(process.env.BENCH_RATE) || Math.max(1, Math.ceil((SLOW_LAPTOP_MS / calibrationMs) * 10) / 10);
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const ctxNote = `CPU ${cpu}; calibration ${Math.round(calibrationMs)} ms, CDP CPU throttling ×${rate} (≈ ${Math.round(calibrationMs * rate)} ms laptop)`;
  console.log(`bank-ui: ${ctxNote}; load ${load()}`);

  const { consoleLogger } = await import('../../electron/services/logger');
  const { launchBrowserHost } = await import('../../electron/web-host/launch');
  const dataDir = join(root, `.tmp/bench-host-${Date.now()}`);
  mkdirSync(dataDir, { recursive: true });
  const log = consoleLogger(true);
  const host = await launchBrowserHost({ rendererDir: join(root, 'out/renderer'), dataDir, token: TOKEN, log, port: 0 });
  const base = `http://127.0.0.1:${host.web.port}`;
  let browser: Browser | undefined;
  const rows: BenchRow[] = [];
  const loads: Record<string, string> = {};
  try {
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--enable-precise-memory-info',
      ],
    });
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'fr-CA' });
    // tsx keeps function names through a __name helper the page does not have.
    await context.addInitScript({ content: `globalThis.__name = (f) => f; (${inPageProbe.toString()})();` });
    const page = await context.newPage();
    page.setDefaultTimeout(10 * 60_000);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    await page.goto(`${base}/#token=${TOKEN}`);
    await page.getByRole('navigation').waitFor();

    // 1. CSV import through the import screen, watching long tasks all along.
    await page.goto(`${base}/#/bank/import`);
    await page.evaluate(() => (window as unknown as ProbeWindow).__bench.longTasks.splice(0));
    // Each stage is traced for its longest main-thread task, rendering included; with
    // BENCH_PROFILE=import its long tasks are attributed (.tmp/bench-cache/import-*.txt).
    const profileImport = process.env.BENCH_PROFILE === 'import';
    let stopTrace = await startTrace(cdp, profileImport);
    const tFile = Date.now();
    // Given by path, as a person picks it: a buffer would be rebuilt into a File by
    // Playwright's script on the page's own thread, a freeze the app does not cause.
    await page.getByLabel('Fichier CSV').setInputFiles(csvFile);
    const confirm = page.getByRole('button', { name: /^Importer [\d\s\u202f\u00a0]+ personnes$/ });
    await confirm.waitFor();
    // Invented people share names and numbers: import the possible duplicates too, all 20,000.
    await page.getByRole('checkbox', { name: 'Importer aussi les doublons possibles' }).check();
    const readyMs = Date.now() - tFile;
    const freezeChoose = await page.evaluate(() => (window as unknown as ProbeWindow).__bench.longTasks.splice(0));
    const traceChoose = await stopTrace();
    saveTrace(join(cache, 'import-choose.txt'), traceChoose.text);
    stopTrace = await startTrace(cdp, profileImport);
    // The import is done when its status appears: marked in the page (a performance mark the
    // trace sees); the bank screen it then opens (the 20,000 applied from the rows the import
    // handed over, or read in pages if the bank was never loaded: store/bank.ts) is told apart.
    const tConfirm = await page.evaluate((mark) => {
      (window as unknown as { importDone: Promise<number> }).importDone = new Promise<number>((resolve) => {
        const seen = new MutationObserver(() => {
          if (![...document.querySelectorAll('[role="status"]')].some((s) => /personnes importées/.test(s.textContent ?? ''))) return;
          seen.disconnect();
          performance.mark(mark);
          resolve(performance.now());
        });
        seen.observe(document, { subtree: true, childList: true, characterData: true });
      });
      return performance.now();
    }, SPLIT_MARK);
    await confirm.click();
    const doneMs = (await page.evaluate(() => (window as unknown as { importDone: Promise<number> }).importDone)) - tConfirm;
    await page
      .getByRole('status')
      .filter({ hasText: /personnes$/ })
      .waitFor();
    await page.waitForTimeout(1500);
    const freezeWrite = await page.evaluate(() => (window as unknown as ProbeWindow).__bench.longTasks.splice(0));
    const traceWrite = await stopTrace();
    saveTrace(join(cache, 'import-write.txt'), traceWrite.text);
    loads.import = load();
    // Raw baseline: one bulkPut of the same partners' records into a scratch store with the
    // app's partners indexes (the issue's "raw bulkPut": the same records into the same
    // table; keeping the indexes is the storage's cost, not the import's), twice (the machine
    // is shared: one figure alone moves a lot); the mean is the baseline. The same into a
    // store without indexes (the baseline before 2026-12-01 21:00) is printed alongside.
    const rawPut = (bare: boolean) => page.evaluate((b) => (window as unknown as ProbeWindow).__bench.rawBulkPut(b), bare);
    const rawPuts = [await rawPut(false), await rawPut(false)];
    const barePuts = [await rawPut(true), await rawPut(true)];
    const rawPutMs = (rawPuts[0]! + rawPuts[1]!) / 2;
    const barePutMs = (barePuts[0]! + barePuts[1]!) / 2;
    // The longest freeze: long tasks (PerformanceObserver) or the trace's longest task,
    // which also sees style, layout and paint. The write's is the trace's, up to the status.
    const longestChoose = Math.max(0, ...freezeChoose, traceChoose.longestMs);
    const longestWrite = traceWrite.beforeSplitMs;
    const freezeNote = (tasks: number[], traced: number) =>
      `longest freeze ${round(Math.max(0, ...tasks, traced))} ms (long-task API ${round(Math.max(0, ...tasks))} ms, ${tasks.length} over 50 ms; trace ${round(traced)} ms)`;
    rows.push(
      row(
        'Bank UI: CSV import, choose file → rows ready (20,000)',
        [readyMs],
        'progress shown, no freeze > 200 ms',
        longestChoose <= 200,
        ctxNote,
        `${freezeNote(freezeChoose, traceChoose.longestMs)}; load ${loads.import}`,
      ),
      row(
        'Bank UI: CSV import, confirm → done (20,000)',
        [doneMs],
        '≤ 1.5× raw bulkPut; no freeze > 200 ms',
        // The bank screen opened after "done" is part of the import a person sits through.
        Math.max(longestWrite, traceWrite.afterSplitMs) <= 200 && doneMs <= 1.5 * rawPutMs,
        ctxNote,
        `longest freeze ${round(longestWrite)} ms up to the status (trace), then ${round(traceWrite.afterSplitMs)} ms after it, the bank screen opening with the 20,000 (long-task API over both: ${round(Math.max(0, ...freezeWrite))} ms, ${freezeWrite.length} over 50 ms); raw bulkPut with the app's indexes ${rawPuts.map(round).join(' and ')} ms (${round(doneMs / rawPutMs)}× their mean), without indexes ${barePuts.map(round).join(' and ')} ms (${round(doneMs / barePutMs)}×); load ${loads.import}`,
      ),
    );
    // BENCH_ONLY=import: the import rows alone (a few minutes shorter).
    if (process.env.BENCH_ONLY === 'import') return rows;

    // 2. 200,000 contact entries, written straight into the app's database (no screen writes them in bulk).
    const contacts = readFileSync(contactsFile, 'utf8');
    await page.evaluate((json) => (window as unknown as ProbeWindow).__bench.putContacts(json), contacts);

    // 3. Reload → list shown, and reload → first query answered (BENCH_ONLY=keys: the keystrokes alone).
    const startup = process.env.BENCH_ONLY !== 'keys';
    if (startup) await page.goto(`${base}/#/bank`);
    const box = page.getByLabel('Rechercher', { exact: true });
    await box.fill('gagnon');
    const expected = await page
      .getByRole('status')
      .filter({ hasText: /personnes?$/ })
      .first()
      .textContent();
    const shown: number[] = [];
    const answered: number[] = [];
    for (let i = 0; i < (startup ? 5 : 0); i++) {
      await page.evaluate((e) => sessionStorage.setItem('bench.expect', e ?? ''), expected);
      // BENCH_PROFILE=1: the last reload is profiled too (bank-ui-reload.cpuprofile).
      const profiled = process.env.BENCH_PROFILE && i === 4;
      if (profiled) await cdp.send('Profiler.enable').then(() => cdp.send('Profiler.start'));
      await page.reload();
      await box.fill('gagnon');
      const t = await page.evaluate(() => (window as unknown as ProbeWindow).__bench.startup());
      if (profiled) {
        console.log('bank-ui: reload profile (self time)');
        summarise((await cdp.send('Profiler.stop')).profile as Profile, 'bank-ui-reload.cpuprofile');
      }
      shown.push(t.listShown);
      answered.push(t.answered);
    }
    console.log(`bank-ui: reload → list shown ${shown.map(Math.round).join(', ')} ms; answered ${answered.map(Math.round).join(', ')} ms`);
    await page.evaluate(() => sessionStorage.removeItem('bench.expect'));
    loads.startup = load();
    rows.push(
      row('Bank UI: reload → list of 20,000 shown', shown, '≤ 1,500 ms', med(shown) <= 1500, ctxNote, `load ${loads.startup}`),
      row('Bank UI: reload → first query answered', answered, '≤ 1,500 ms', med(answered) <= 1500, ctxNote, `load ${loads.startup}`),
    );

    // 4. Keystrokes: text only, then with a step, a language and a sort.
    await page.goto(`${base}/#/bank`);
    await page
      .getByRole('status')
      .filter({ hasText: /personnes$/ })
      .waitFor();
    // BENCH_PROFILE=1: a CDP CPU profile of the text-only keystrokes, summarised by self time.
    if (process.env.BENCH_PROFILE === 'keys') {
      // BENCH_PROFILE=keys: where the native time of a text-only keystroke goes, by trace event.
      const stop = await startTotals(cdp);
      const traced = await keystrokes(page);
      console.log(`bank-ui: text-only keystrokes, trace totals per key\n${await stop(traced.length)}`);
      console.log(`bank-ui: traced keys (ms): ${traced.map(Math.round).join(' ')}`);
    }
    if (process.env.BENCH_PROFILE) await cdp.send('Profiler.enable').then(() => cdp.send('Profiler.start'));
    const plain = await keystrokes(page);
    if (process.env.BENCH_PROFILE) {
      console.log('bank-ui: text-only keystrokes profile (self time)');
      summarise((await cdp.send('Profiler.stop')).profile as Profile);
    }
    loads.plain = load();
    console.log(`bank-ui: text-only keys (ms): ${plain.map(Math.round).join(' ')}`);
    await page.getByRole('group', { name: 'Étape' }).getByRole('checkbox').first().check();
    await page.getByRole('group', { name: 'Langue' }).getByRole('checkbox').first().check();
    await page.getByLabel('Trier par').selectOption('lastContact');
    const filtered = await keystrokes(page);
    loads.filtered = load();
    // The floor: the same keys typed into the saved view's name, a field on the same screen
    // whose echo is all that changes (no query, no list): what any keystroke costs here.
    const floor = await keystrokes(page, 'Nom de la vue');
    loads.floor = load();
    console.log(`bank-ui: floor keys (ms): ${floor.map(Math.round).join(' ')}`);
    console.log(`bank-ui: filtered keys (ms): ${filtered.map(Math.round).join(' ')}`);
    const over = (xs: number[]) => `${xs.filter((x) => x > 16).length} of ${xs.length} over 16 ms`;
    rows.push(
      row(
        'Bank UI: keydown → list painted, text only',
        plain,
        '≤ 16 ms median, ≤ 33 ms p95',
        med(plain) <= 16 && pct(plain, 0.95) <= 33,
        ctxNote,
        `${over(plain)}; load ${loads.plain}`,
      ),
      row(
        'Bank UI: keydown → painted, a text field with no list change (floor, for reading the two rows above)',
        floor,
        'none (reference)',
        true,
        ctxNote,
        `${over(floor)}; load ${loads.floor}`,
      ),
      row(
        'Bank UI: keydown → list painted, step + language + sort',
        filtered,
        '≤ 16 ms median, ≤ 33 ms p95',
        med(filtered) <= 16 && pct(filtered, 0.95) <= 33,
        ctxNote,
        `${over(filtered)}; load ${loads.filtered}`,
      ),
    );

    // 5. Memory, steady, no forced GC: a coordinator's day starts on a freshly opened
    // window (a new tab, so a new renderer process), after some typing.
    await page.close();
    const fresh = await context.newPage();
    await fresh.goto(`${base}/#/bank`);
    await fresh
      .getByRole('status')
      .filter({ hasText: /personnes$/ })
      .waitFor();
    const fbox = fresh.getByLabel('Rechercher', { exact: true });
    for (const w of TYPED) await fbox.fill(w);
    await fbox.fill('');
    await fresh.waitForTimeout(5000);
    const rss = [rendererRssMb(process.pid)];
    const fcdp = await context.newCDPSession(fresh);
    const heap = (await fcdp.send('Runtime.getHeapUsage')) as { usedSize: number; totalSize: number };
    await fresh.waitForTimeout(2000);
    rss.push(rendererRssMb(process.pid));
    rows.push(
      row(
        'Bank UI: renderer RSS, 20,000 people + 200,000 contacts (MB)',
        rss,
        '≤ 300 MB',
        Math.max(...rss) <= 300,
        ctxNote,
        `JS heap used ${round(heap.usedSize / 1048576)} MB of ${round(heap.totalSize / 1048576)} MB; load ${load()}`,
      ),
    );
  } finally {
    await browser?.close();
    await host.close();
  }
  return rows;
};
