import { writeFileSync } from 'node:fs';
import type { CDPSession } from '@playwright/test';

/**
 * `BENCH_PROFILE=import`: a Chromium trace (and a CPU profile on the same clock) of one
 * stage of the import, reduced to what a person feels: every main-thread task over 50 ms,
 * what it spent its time in (trace events such as message deserialisation, layout,
 * style, by name), and the JavaScript functions sampled inside it (self time).
 */
interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { functionName?: string; url?: string } };
}
interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  startTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

const CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.execute', 'blink', 'ipc', 'mojom'].join(',');

export const startTrace = async (cdp: CDPSession): Promise<() => Promise<string>> => {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  return async () => {
    const profile = (await cdp.send('Profiler.stop')).profile as CpuProfile;
    const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
    await cdp.send('Tracing.end');
    await done;
    return summarise(events, profile);
  };
};

const summarise = (events: TraceEvent[], profile: CpuProfile): string => {
  // The page's main thread: the CrRendererMain with the most top-level tasks.
  const mains = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const tasksOf = (pid: number, tid: number) => events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.name === 'RunTask');
  const main = mains.map((m) => ({ m, n: tasksOf(m.pid, m.tid).length })).sort((a, b) => b.n - a.n)[0]?.m;
  if (!main) return 'no main thread in the trace';
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined);
  const long = tasksOf(main.pid, main.tid).filter((t) => (t.dur ?? 0) > 50_000);

  // CPU samples on the trace clock (both are the renderer's monotonic microseconds).
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const samples: { ts: number; key: string }[] = [];
  let ts = profile.startTime;
  (profile.samples ?? []).forEach((id, i) => {
    ts += profile.timeDeltas?.[i] ?? 0;
    const n = byId.get(id)!;
    samples.push({ ts, key: `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}` });
  });

  const lines: string[] = [`${long.length} main-thread tasks over 50 ms; all tasks ${tasksOf(main.pid, main.tid).length}`];
  for (const t of long) {
    const end = t.ts + (t.dur ?? 0);
    const inside = onMain.filter((e) => e !== t && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= end);
    const byName = new Map<string, number>();
    for (const e of inside) {
      const label = e.name === 'FunctionCall' ? `FunctionCall ${e.args?.data?.functionName ?? ''} ${(e.args?.data?.url ?? '').split('/').pop()}` : e.name;
      byName.set(label, (byName.get(label) ?? 0) + (e.dur ?? 0) / 1000);
    }
    const self = new Map<string, number>();
    const inTask = samples.filter((s) => s.ts >= t.ts && s.ts <= end);
    inTask.forEach((s, i) => {
      const next = inTask[i + 1]?.ts ?? s.ts + 500;
      self.set(s.key, (self.get(s.key) ?? 0) + (next - s.ts) / 1000);
    });
    const top = (m: Map<string, number>, n: number) =>
      [...m]
        .sort((a, b) => b[1] - a[1])
        .slice(0, n)
        .map(([k, ms]) => `      ${ms.toFixed(1).padStart(8)} ms  ${k}`)
        .join('\n');
    lines.push(`  task ${((t.dur ?? 0) / 1000).toFixed(0)} ms\n    trace events (inclusive, nested ones overlap):\n${top(byName, 12)}\n    JS self time:\n${top(self, 12)}`);
  }
  return lines.join('\n');
};

export const saveTrace = (file: string, text: string) => writeFileSync(file, text);
