import { writeFileSync } from 'node:fs';
import type { CDPSession } from '@playwright/test';

/**
 * A Chromium trace of one stage of the import. Always: the longest task on the page's
 * main thread, rendering included (the long-task API leaves out style, layout and paint,
 * which are a freeze all the same). With `BENCH_PROFILE=import`, also a CPU profile on the
 * same clock, reduced to what a person feels: every main-thread task over 50 ms, when it
 * ran, what it spent its time in (trace events such as message deserialisation, layout,
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

const DETAILED = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'v8.execute',
  'blink',
  'blink.user_timing',
  'ipc',
  'mojom',
].join(',');
const LIGHT = ['toplevel', 'disabled-by-default-devtools.timeline', 'blink.user_timing'].join(',');
/** A `performance.mark` of this name, made by the page, splits the stage in two: the longest task before it and after it. */
export const SPLIT_MARK = 'bench:split';
export interface TraceSummary {
  longestMs: number;
  /** Before and after the split mark (longestMs and 0 when the page made none). */
  beforeSplitMs: number;
  afterSplitMs: number;
  text: string;
}

export const startTrace = async (cdp: CDPSession, detailed: boolean): Promise<() => Promise<TraceSummary>> => {
  const events: TraceEvent[] = [];
  const collect = (e: { value: unknown[] }) => void events.push(...(e.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', { categories: detailed ? DETAILED : LIGHT, transferMode: 'ReportEvents' });
  if (detailed) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
    await cdp.send('Profiler.start');
  }
  return async () => {
    const profile = detailed ? ((await cdp.send('Profiler.stop')).profile as CpuProfile) : { nodes: [], startTime: 0 };
    const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
    await cdp.send('Tracing.end');
    await done;
    cdp.off('Tracing.dataCollected', collect);
    return summarise(events, profile);
  };
};

/** The page's main thread: the CrRendererMain with the most top-level tasks. */
const mainThreadOf = (events: TraceEvent[]): TraceEvent | undefined => {
  const mains = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const tasks = (m: TraceEvent) => events.filter((e) => e.pid === m.pid && e.tid === m.tid && e.ph === 'X' && e.name === 'RunTask').length;
  return mains.map((m) => ({ m, n: tasks(m) })).sort((a, b) => b.n - a.n)[0]?.m;
};

const summarise = (events: TraceEvent[], profile: CpuProfile): TraceSummary => {
  const tasksOf = (pid: number, tid: number) => events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.name === 'RunTask');
  const main = mainThreadOf(events);
  if (!main) return { longestMs: NaN, beforeSplitMs: NaN, afterSplitMs: NaN, text: 'no main thread in the trace' };
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined);
  const all = tasksOf(main.pid, main.tid);
  // Starting the CPU profiler is itself a long task; it is the benchmark's, not the app's.
  const starts = onMain.filter((e) => e.name === 'CpuProfiler::StartProfiling');
  const own = (t: TraceEvent) => !starts.some((e) => e.ts >= t.ts && e.ts <= t.ts + (t.dur ?? 0));
  const long = all.filter((t) => (t.dur ?? 0) > 50_000 && own(t));
  const longestMs = Math.max(0, ...all.filter(own).map((t) => (t.dur ?? 0) / 1000));
  const t0 = Math.min(...all.map((t) => t.ts));
  const split = events.find((e) => e.name === SPLIT_MARK && e.pid === main.pid)?.ts;
  const longestOf = (ts: TraceEvent[]) => Math.max(0, ...ts.filter(own).map((t) => (t.dur ?? 0) / 1000));
  const beforeSplitMs = split === undefined ? longestMs : longestOf(all.filter((t) => t.ts < split));
  const afterSplitMs = split === undefined ? 0 : longestOf(all.filter((t) => t.ts >= split));

  // CPU samples on the trace clock (both are the renderer's monotonic microseconds).
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const samples: { ts: number; key: string }[] = [];
  let ts = profile.startTime;
  (profile.samples ?? []).forEach((id, i) => {
    ts += profile.timeDeltas?.[i] ?? 0;
    const n = byId.get(id)!;
    samples.push({ ts, key: `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}` });
  });

  const lines: string[] = [
    `${long.length} main-thread tasks over 50 ms (longest ${longestMs.toFixed(0)} ms; before the split mark ${beforeSplitMs.toFixed(0)} ms, after ${afterSplitMs.toFixed(0)} ms${
      split === undefined ? '' : ` at +${((split - t0) / 1000).toFixed(0)} ms`
    }); all tasks ${all.length}`,
  ];
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
    lines.push(
      `  task ${((t.dur ?? 0) / 1000).toFixed(0)} ms at +${((t.ts - t0) / 1000).toFixed(0)} ms\n    trace events (inclusive, nested ones overlap):\n${top(byName, 12)}\n    JS self time:\n${top(self, 12)}`,
    );
  }
  return { longestMs, beforeSplitMs, afterSplitMs, text: lines.join('\n') };
};

export const saveTrace = (file: string, text: string) => writeFileSync(file, text);

/**
 * A trace of a stretch of typing, summed by event name on the page's main thread
 * (inclusive times: nested events overlap), so the native part of a keystroke that a CPU
 * profile shows only as "(program)" (style, layout, paint, commit) is split by phase.
 */
export const startTotals = async (cdp: CDPSession): Promise<(keys: number) => Promise<string>> => {
  const events: TraceEvent[] = [];
  const collect = (e: { value: unknown[] }) => void events.push(...(e.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  // The timeline categories only: tracing every V8 call would weigh on the keystrokes measured.
  await cdp.send('Tracing.start', {
    categories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline'].join(','),
    transferMode: 'ReportEvents',
  });
  return async (keys: number) => {
    const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
    await cdp.send('Tracing.end');
    await done;
    cdp.off('Tracing.dataCollected', collect);
    if (process.env.BENCH_TRACE_FILE) writeFileSync(process.env.BENCH_TRACE_FILE, JSON.stringify(events));
    const main = mainThreadOf(events);
    if (!main) return 'no main thread in the trace';
    const totals = new Map<string, { ms: number; n: number }>();
    for (const e of events) {
      if (e.pid !== main.pid || e.tid !== main.tid || e.ph !== 'X' || e.dur === undefined) continue;
      const label = e.name === 'FunctionCall' ? `FunctionCall ${e.args?.data?.functionName ?? ''}` : e.name;
      const t = totals.get(label) ?? { ms: 0, n: 0 };
      t.ms += e.dur / 1000;
      t.n++;
      totals.set(label, t);
    }
    return [...totals]
      .sort((a, b) => b[1].ms - a[1].ms)
      .slice(0, 40)
      .map(([k, t]) => `${(t.ms / keys).toFixed(2).padStart(8)} ms/key  ${String(t.n).padStart(6)}×  ${k}`)
      .join('\n');
  };
};
