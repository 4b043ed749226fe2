/**
 * Reading a V8 CPU profile (CDP `Profiler.stop` → `profile`) for `npm run bench:page`: which part
 * of a page's main-thread time went to one script (the extension, mark.js), how long its longest
 * unbroken stretch was, and where inside it the time went. Pure: no browser, unit-tested on
 * hand-made profiles (test/scripts/cpu-profile.test.ts).
 *
 * Time of a sample: V8 records sample i at t_i = startTime + timeDeltas[0] + … + timeDeltas[i]
 * (µs). As in DevTools' CPU profile model, sample i stands for the interval until the next sample,
 * t_{i+1} − t_i (= timeDeltas[i + 1]), and the last one for endTime − t_last. The alternative, the
 * sample's own timeDeltas[i] (the interval before it), would charge the idle gap that often precedes
 * a task's first sample to that task; over a profile the two differ by a sample or two per task.
 */

export interface CallFrame {
  functionName: string;
  scriptId?: string;
  url: string;
  /** 0-based, −1 for V8's own nodes. */
  lineNumber: number;
  columnNumber: number;
}

export interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  parent?: number;
  children?: number[];
  hitCount?: number;
}

export interface CpuProfile {
  nodes: ProfileNode[];
  /** µs */
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

/** V8's nodes that are no JavaScript frame: the thread idle, in the browser's own code, collecting garbage. */
export const IDLE = '(idle)';
export const PROGRAM = '(program)';
export const GC = '(garbage collector)';
const ROOT = '(root)';

/** Duration of each sample in µs (see the module comment). */
export function sampleDurations(profile: CpuProfile): number[] {
  const deltas = profile.timeDeltas ?? [];
  const n = profile.samples?.length ?? 0;
  const out = new Array<number>(n);
  let t = profile.startTime;
  const at: number[] = new Array(n);
  for (let i = 0; i < n; i++) at[i] = t += deltas[i] ?? 0;
  for (let i = 0; i < n; i++) out[i] = Math.max(0, (i + 1 < n ? at[i + 1] : Math.max(profile.endTime, at[i])) - at[i]);
  return out;
}

/** Each node's parent id (CDP profiles carry `children`; `parent` only sometimes). */
function parents(profile: CpuProfile): Map<number, number> {
  const parent = new Map<number, number>();
  for (const n of profile.nodes) {
    if (n.parent !== undefined) parent.set(n.id, n.parent);
    for (const c of n.children ?? []) parent.set(c, n.id);
  }
  return parent;
}

/** Which frames count: by their script's URL (and, when it matters, the frame itself). */
export type FrameTest = (url: string, frame: CallFrame) => boolean;

/**
 * For each node, the nearest frame on its stack (itself, then its callers up to the root) whose
 * script URL `matches`, or null: one walk per node, shared by all the samples that hit it.
 */
export function ownersByNode(profile: CpuProfile, matches: FrameTest): Map<number, ProfileNode | null> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = parents(profile);
  const owner = new Map<number, ProfileNode | null>();
  const resolve = (id: number): ProfileNode | null => {
    const path: number[] = [];
    let found: ProfileNode | null = null;
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      if (owner.has(cur)) {
        found = owner.get(cur)!;
        break;
      }
      path.push(cur);
      const node = byId.get(cur);
      if (node && node.callFrame.url && matches(node.callFrame.url, node.callFrame)) {
        found = node;
        break;
      }
    }
    // Every node walked on the way has the same nearest matching frame (or none).
    for (const p of path) if (!owner.has(p)) owner.set(p, found);
    owner.set(id, found);
    return found;
  };
  for (const n of profile.nodes) if (!owner.has(n.id)) resolve(n.id);
  return owner;
}

export interface SelfTime {
  /** The frame the samples were in (a native function, e.g. `exec`, when the script called one). */
  frame: CallFrame;
  /** The nearest frame of the matched script on the stack (the same as `frame` when the sample was in it). */
  owner: CallFrame;
  ms: number;
  samples: number;
}

export interface Attribution {
  /** Time of the samples with a matching frame anywhere on their stack. */
  ms: number;
  samples: number;
  /** The longest stretch of consecutive matching samples (any other sample, idle included, ends one). */
  longestRunMs: number;
  /** Self time of the matching samples by the frame they were in, longest first. */
  self: SelfTime[];
}

const frameKey = (f: CallFrame) => `${f.functionName}\u0000${f.url}\u0000${f.lineNumber}\u0000${f.columnNumber}`;

/** The samples whose stack has a frame of a script whose URL `matches` (e.g. the extension's). */
export function attribute(profile: CpuProfile, matches: FrameTest): Attribution {
  const owner = ownersByNode(profile, matches);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const dur = sampleDurations(profile);
  const samples = profile.samples ?? [];
  let total = 0, count = 0, run = 0, longest = 0;
  const self = new Map<string, SelfTime>();
  for (let i = 0; i < samples.length; i++) {
    const own = owner.get(samples[i]) ?? null;
    if (!own) {
      run = 0;
      continue;
    }
    const us = dur[i];
    total += us;
    count++;
    run += us;
    longest = Math.max(longest, run);
    const frame = byId.get(samples[i])!.callFrame;
    const key = frame === own.callFrame ? frameKey(frame) : `${frameKey(frame)}\u0001${frameKey(own.callFrame)}`;
    const entry = self.get(key) ?? { frame, owner: own.callFrame, ms: 0, samples: 0 };
    entry.ms += us / 1000;
    entry.samples++;
    self.set(key, entry);
  }
  return {
    ms: total / 1000,
    samples: count,
    longestRunMs: longest / 1000,
    self: [...self.values()].sort((a, b) => b.ms - a.ms),
  };
}

export interface Breakdown {
  /** The profile's length. */
  totalMs: number;
  idleMs: number;
  /** The renderer's own work outside JavaScript (parsing, style, layout, paint setup …). */
  programMs: number;
  gcMs: number;
  /** JavaScript, natives it called included, except the samples `exclude` took out. */
  jsMs: number;
  /** Samples with a frame of an excluded script (the benchmark's own probes). */
  excludedMs: number;
  /** jsMs + gcMs, as DevTools counts scripting. */
  scriptingMs: number;
  /** Everything but idle and the excluded samples. */
  busyMs: number;
}

/** Where the whole profile's time went. */
export function breakdown(profile: CpuProfile, exclude: FrameTest = () => false): Breakdown {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const excluded = ownersByNode(profile, exclude);
  const dur = sampleDurations(profile);
  const samples = profile.samples ?? [];
  const b = { totalMs: (profile.endTime - profile.startTime) / 1000, idleMs: 0, programMs: 0, gcMs: 0, jsMs: 0, excludedMs: 0 };
  for (let i = 0; i < samples.length; i++) {
    const ms = dur[i] / 1000;
    const name = byId.get(samples[i])?.callFrame.functionName;
    if (name === IDLE) b.idleMs += ms;
    else if (name === PROGRAM || name === ROOT) b.programMs += ms;
    else if (name === GC) b.gcMs += ms;
    else if (excluded.get(samples[i])) b.excludedMs += ms;
    else b.jsMs += ms;
  }
  return { ...b, scriptingMs: b.jsMs + b.gcMs, busyMs: b.programMs + b.gcMs + b.jsMs };
}

/**
 * The matching samples by the script of their nearest matching frame (the extension's files:
 * news-gate.js, page.js, card.js …), each with the part spent in that script's top level
 * (`isTopLevel`: its evaluation) — the breakdown that says which file a reader pays for.
 */
export function attributeByScript(profile: CpuProfile, matches: FrameTest, isTopLevel: FrameTest): Map<string, { ms: number; evaluationMs: number }> {
  const owner = ownersByNode(profile, matches);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = parents(profile);
  const dur = sampleDurations(profile);
  const inTopLevel = new Map<number, boolean>();
  const underTopLevel = (id: number): boolean => {
    if (inTopLevel.has(id)) return inTopLevel.get(id)!;
    const f = byId.get(id)?.callFrame;
    const p = parent.get(id);
    const v = (!!f?.url && isTopLevel(f.url, f)) || (p !== undefined && underTopLevel(p));
    inTopLevel.set(id, v);
    return v;
  };
  const out = new Map<string, { ms: number; evaluationMs: number }>();
  (profile.samples ?? []).forEach((id, i) => {
    const own = owner.get(id);
    if (!own) return;
    const entry = out.get(own.callFrame.url) ?? { ms: 0, evaluationMs: 0 };
    entry.ms += dur[i] / 1000;
    if (underTopLevel(id)) entry.evaluationMs += dur[i] / 1000;
    out.set(own.callFrame.url, entry);
  });
  return out;
}
