import { readdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { build } from 'vite';
import type { BenchModule, BenchRow } from './types';

/**
 * `npm run bench`: every bench/node/*.bench.ts in Node, then the browser benchmarks in
 * Debian Chromium with real IndexedDB; writes docs/benchmarks.json and the table in
 * docs/benchmarks.md. Each row carries its raw baseline from the same run.
 */
const root = resolve(import.meta.dirname, '..');
const only = process.argv.slice(2);
const wanted = (name: string) => only.length === 0 || only.some((o) => name.includes(o));

const nodeBenches = async (): Promise<BenchRow[]> => {
  const rows: BenchRow[] = [];
  for (const f of readdirSync(join(root, 'bench/node'))
    .filter((f) => f.endsWith('.bench.ts'))
    .sort()) {
    if (!wanted(f)) continue;
    console.log(`bench: ${f}…`);
    const mod = (await import(pathToFileURL(join(root, 'bench/node', f)).href)) as BenchModule;
    rows.push(...(await mod.run()));
  }
  return rows;
};

const browserBenches = async (): Promise<BenchRow[]> => {
  if (!wanted('browser')) return [];
  console.log('bench: browser (Chromium, IndexedDB)…');
  await build({ configFile: join(root, 'bench/browser/vite.config.ts') });
  const script = await readFile(join(root, '.tmp/bench-browser/bench.js'));
  const server = createServer((req, res) => {
    if (req.url === '/bench.js') {
      res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(script);
      return;
    }
    res.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html><meta charset="utf-8"><script src="/bench.js"></script>');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const port = (server.address() as AddressInfo).port;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
    page.setDefaultTimeout(15 * 60_000);
    return await page.evaluate(([p, c]) => (window as unknown as { relaisBench(p: number, c: number): Promise<BenchRow[]> }).relaisBench(p, c), [
      20_000, 10,
    ] as const);
  } finally {
    await browser.close();
    server.close();
  }
};

const fmt = (x: number | undefined) => (x === undefined ? '—' : x < 10 ? x.toFixed(2) : x.toFixed(1));

const markdown = (rows: BenchRow[], when: string) => `# Benchmarks

Written by \`npm run bench\` (${when}) on this machine: ${process.platform}, Node ${process.version}, 2 cores.
Every row measures a raw baseline in the same run, so the ratio is what to compare across machines.
Speed is never asserted in tests; this file is the record. Raw figures: \`docs/benchmarks.json\`.

| benchmark | median (ms) | baseline | baseline median (ms) | ratio | target | met |
|---|---:|---|---:|---:|---|:---:|
${rows
  .map(
    (r) =>
      `| ${r.name} | ${fmt(r.medianMs)} | ${r.baselineName ?? '—'} | ${fmt(r.baselineMedianMs)} | ${
        r.baselineMedianMs ? `${(r.medianMs / r.baselineMedianMs).toFixed(2)}×` : '—'
      } | ${r.target} | ${r.met ? 'yes' : '**no**'} |`,
  )
  .join('\n')}

## Notes
${rows
  .filter((r) => r.notes)
  .map((r) => `- **${r.name}**: ${r.notes}`)
  .join('\n')}
`;

/** The bank screen itself, driven in Chromium (bench/ui): `npm run bench -- bank-ui`. */
const uiBenches = async (): Promise<BenchRow[]> => {
  if (!wanted('bank-ui')) return [];
  console.log('bench: bank-ui (built app in Chromium, 20,000 people)…');
  const mod = (await import(pathToFileURL(join(root, 'bench/ui/bank-ui.ts')).href)) as BenchModule;
  return mod.run();
};

const main = async () => {
  const rows = [...(await nodeBenches()), ...(await browserBenches()), ...(await uiBenches())];
  const when = new Date().toISOString().slice(0, 16).replace('T', ' ');
  // A partial run (npm run bench -- bank-ui) replaces its own rows and keeps the others.
  if (only.length) {
    const before = JSON.parse(await readFile(join(root, 'docs/benchmarks.json'), 'utf8').catch(() => '{"rows":[]}')) as { rows: BenchRow[] };
    const fresh = new Set(rows.map((r) => r.name));
    rows.unshift(...before.rows.filter((r) => !fresh.has(r.name)));
  }
  const notesFile = join(root, 'docs/benchmarks-notes.md');
  const extra = await readFile(notesFile, 'utf8').catch(() => '');
  await writeFile(join(root, 'docs/benchmarks.json'), `${JSON.stringify({ when, rows }, null, 2)}\n`);
  await writeFile(join(root, 'docs/benchmarks.md'), markdown(rows, when) + (extra ? `\n${extra}` : ''));
  for (const r of rows) console.log(`${r.met ? 'ok  ' : 'MISS'} ${r.name}: ${fmt(r.medianMs)} ms (${r.target})`);
};

void main();
