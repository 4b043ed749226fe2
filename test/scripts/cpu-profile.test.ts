import { describe, expect, it } from 'vitest';
import { attribute, attributeByScript, breakdown, sampleDurations, type CpuProfile, type ProfileNode } from '../../scripts/lib/cpu-profile';
import { decodeVlq, sourceMapLookup } from '../../scripts/lib/source-map';

// bench:page charges the page's main-thread time to the extension by the frames on each sample's
// stack; these profiles are small enough to check by hand.
const EXT = 'chrome-extension://abcdefghijklmnop/content-scripts/news.js';
const isExtension = (url: string) => url.startsWith('chrome-extension://');
const frame = (functionName: string, url = '', lineNumber = 0) => ({ functionName, url, lineNumber, columnNumber: 0, scriptId: '1' });

/**
 * (root) ─┬ (program) · (idle) · (garbage collector)
 *         ├ pageMain (page) ── handler (extension) ── pageHelper (page) ── createRange (native)
 *         ├ (top level of the content script, extension) ── scan (extension)
 *         └ other (page) ── querySelector (native)
 */
const NODES: ProfileNode[] = [
  { id: 1, callFrame: frame('(root)'), children: [2, 3, 4, 5, 10, 11] },
  { id: 2, callFrame: frame('(program)') },
  { id: 3, callFrame: frame('(idle)') },
  { id: 4, callFrame: frame('pageMain', 'http://127.0.0.1/page.js', 3), children: [6] },
  { id: 6, callFrame: frame('handler', EXT, 10), children: [7] },
  { id: 7, callFrame: frame('pageHelper', 'http://127.0.0.1/page.js', 40), children: [8] },
  { id: 8, callFrame: frame('createRange') },
  { id: 5, callFrame: { ...frame('', EXT), lineNumber: -1, columnNumber: -1 }, children: [9] },
  { id: 9, callFrame: frame('scan', EXT, 27) },
  { id: 10, callFrame: frame('other', 'http://127.0.0.1/page.js', 90), children: [12] },
  { id: 12, callFrame: frame('querySelector') },
  { id: 11, callFrame: frame('(garbage collector)') },
];
const NODE = { program: 2, idle: 3, page: 4, handler: 6, helper: 7, native: 8, top: 5, scan: 9, other: 10, otherNative: 12, gc: 11 } as const;

/** Samples every 100 µs: sample i lasts until sample i + 1; the last one until endTime. */
function profile(samples: number[], deltas = samples.map(() => 100), tail = 100): CpuProfile {
  const end = deltas.reduce((a, b) => a + b, 0) + tail;
  return { nodes: NODES, startTime: 1_000, endTime: 1_000 + end, samples, timeDeltas: deltas };
}

describe('bench:page CPU-profile attribution', () => {
  it.each([
    ['an extension frame deep in the stack (a native called by page code called by the extension)', NODE.native, true],
    ['page code the extension called', NODE.helper, true],
    ['the extension frame itself, its caller a page frame', NODE.handler, true],
    ['the content script evaluating (its top level has no position)', NODE.top, true],
    ['a function of the content script', NODE.scan, true],
    ['page code alone', NODE.page, false],
    ['a native the page called', NODE.otherNative, false],
    ['idle', NODE.idle, false],
    ['the renderer outside JavaScript', NODE.program, false],
    ['garbage collection', NODE.gc, false],
  ])('%s: counted %s', (_what, node, counted) => {
    // idle, the sample (250 µs until the next), idle (50 µs until the end).
    const a = attribute(profile([NODE.idle, node, NODE.idle], [0, 100, 250], 50), isExtension);
    expect(a.ms).toBeCloseTo(counted ? 0.25 : 0, 6);
    expect(a.samples).toBe(counted ? 1 : 0);
    expect(a.longestRunMs).toBeCloseTo(counted ? 0.25 : 0, 6);
  });

  // E: the extension's frames on the stack; P page, I idle, G garbage collection. 100 µs each.
  const LETTER: Record<string, number> = { E: NODE.scan, D: NODE.native, P: NODE.page, I: NODE.idle, G: NODE.gc };
  it.each([
    ['IEEPEEEI', 0.5, 0.3],
    ['EEEE', 0.4, 0.4],
    ['EDEDI', 0.4, 0.4],
    ['EGE', 0.2, 0.1],
    ['PPIIP', 0, 0],
    ['EIIIIIIIIE', 0.2, 0.1],
    ['', 0, 0],
  ])('samples %s: %f ms in all, longest run %f ms', (seq, ms, longest) => {
    const a = attribute(profile([...seq].map((c) => LETTER[c])), isExtension);
    expect(a.ms).toBeCloseTo(ms, 6);
    expect(a.longestRunMs).toBeCloseTo(longest, 6);
  });

  it('a sample lasts until the next one, the last until the end of the profile', () => {
    const p = profile([NODE.idle, NODE.scan, NODE.scan, NODE.idle], [5_000, 100, 2_000, 300], 40);
    expect(sampleDurations(p)).toEqual([100, 2_000, 300, 40]);
    // The 5 ms before the first extension sample (idle) is not the extension's.
    expect(attribute(p, isExtension).ms).toBeCloseTo(2.3, 6);
  });

  it('self time goes to the frame the sample was in, a native one with the extension frame that called it', () => {
    const a = attribute(profile([NODE.native, NODE.native, NODE.scan, NODE.handler, NODE.page]), isExtension);
    expect(a.self.map((s) => [s.frame.functionName, s.owner.functionName, +s.ms.toFixed(3)])).toEqual([
      ['createRange', 'handler', 0.2],
      ['scan', 'scan', 0.1],
      ['handler', 'handler', 0.1],
    ]);
  });

  it('a test on the frame itself: the content script\'s top level and what it calls, not its later callbacks', () => {
    const topLevel = (url: string, f: { lineNumber: number }) => isExtension(url) && f.lineNumber < 0;
    const a = attribute(profile([NODE.scan, NODE.top, NODE.handler, NODE.native, NODE.page]), topLevel);
    expect(a.ms).toBeCloseTo(0.2, 6);
    expect(a.self.map((s) => s.frame.functionName)).toEqual(['scan', '']);
  });

  it('another script by its URL (mark.js), the parent links given as `parent` instead of `children`', () => {
    const nodes: ProfileNode[] = [
      { id: 1, callFrame: frame('(root)') },
      { id: 2, callFrame: frame('run', 'vankien-bench-markjs.js'), parent: 1 },
      { id: 3, callFrame: frame('wrapMatches', 'http://127.0.0.1/lib/mark.min.js'), parent: 2 },
      { id: 4, callFrame: frame('splitText'), parent: 3 },
      { id: 5, callFrame: frame('(idle)'), parent: 1 },
    ];
    const p: CpuProfile = { nodes, startTime: 0, endTime: 500, samples: [2, 4, 3, 5, 4], timeDeltas: [0, 100, 100, 100, 100] };
    const a = attribute(p, (u) => u.endsWith('/lib/mark.min.js'));
    expect(a.ms).toBeCloseTo(0.3, 6);
    expect(a.longestRunMs).toBeCloseTo(0.2, 6);
  });

  it('by script: each sample to the file of its nearest extension frame, with the part under that file\'s top level', () => {
    const gate = 'chrome-extension://x/news-gate.js', page = 'chrome-extension://x/page.js', card = 'chrome-extension://x/card.js';
    const top = (url: string) => ({ functionName: '', url, lineNumber: -1, columnNumber: -1, scriptId: '1' });
    const nodes: ProfileNode[] = [
      { id: 1, callFrame: frame('(root)'), children: [2, 4, 7, 9] },
      { id: 2, callFrame: top(gate), children: [3] },
      { id: 3, callFrame: frame('decide', gate, 60) },
      { id: 4, callFrame: top(page), children: [5] },
      { id: 5, callFrame: frame('scan', page, 150), children: [6] },
      { id: 6, callFrame: frame('createRange') },
      // The page's code calling the card's handler later: the card's, not under any top level.
      { id: 7, callFrame: frame('pageMain', 'http://127.0.0.1/app.js', 3), children: [8] },
      { id: 8, callFrame: frame('onHover', card, 20) },
      { id: 9, callFrame: frame('(idle)') },
    ];
    const p: CpuProfile = { nodes, startTime: 0, endTime: 800, samples: [2, 3, 9, 4, 6, 6, 8, 7], timeDeltas: [0, 100, 100, 100, 100, 100, 100, 100] };
    const topLevel = (url: string, f: { lineNumber: number }) => isExtension(url) && f.lineNumber < 0;
    const by = attributeByScript(p, isExtension, topLevel);
    expect([...by.keys()].sort()).toEqual([card, gate, page]);
    expect(by.get(gate)!.ms).toBeCloseTo(0.2, 6);
    expect(by.get(gate)!.evaluationMs).toBeCloseTo(0.2, 6);
    expect(by.get(page)!.ms).toBeCloseTo(0.3, 6);
    expect(by.get(page)!.evaluationMs).toBeCloseTo(0.3, 6);
    expect(by.get(card)!.ms).toBeCloseTo(0.1, 6);
    expect(by.get(card)!.evaluationMs).toBe(0);
  });

  it('breaks the whole profile down into idle, the renderer, GC, JavaScript and the benchmark\'s own probes', () => {
    const b = breakdown(profile([NODE.idle, NODE.idle, NODE.program, NODE.gc, NODE.scan, NODE.page, NODE.otherNative]));
    expect(b.totalMs).toBeCloseTo(0.8, 6); // the profile's whole length: 100 µs before the first sample too
    expect(b.idleMs).toBeCloseTo(0.2, 6);
    expect(b.programMs).toBeCloseTo(0.1, 6);
    expect(b.gcMs).toBeCloseTo(0.1, 6);
    expect(b.excludedMs).toBe(0);
    expect(b.jsMs).toBeCloseTo(0.3, 6);
    expect(b.scriptingMs).toBeCloseTo(0.4, 6);
    expect(b.busyMs).toBeCloseTo(0.5, 6);
    const probe = breakdown(profile([NODE.other, NODE.otherNative, NODE.scan]), (u) => u.endsWith('/page.js'));
    expect(probe.excludedMs).toBeCloseTo(0.2, 6);
    expect(probe.jsMs).toBeCloseTo(0.1, 6);
  });
});

describe('bench:page source maps', () => {
  it.each([
    ['A', [0]],
    ['C', [1]],
    ['D', [-1]],
    ['gB', [16]],
    ['2H', [123]],
    ['SAEIA', [9, 0, 2, 4, 0]],
  ])('VLQ %s → %j', (vlq, values) => {
    expect(decodeVlq(vlq)).toEqual(values);
  });

  it('maps a generated position to the last mapping at or before it on its line (or the line\'s first)', () => {
    const lookup = sourceMapLookup({
      version: 3,
      sources: ['src/a.ts'],
      names: ['collectText'],
      // line 0: col 0 → a.ts 1:0; col 9 → a.ts 3:4 "collectText"; line 1: col 2 → a.ts 3:5
      mappings: 'AAAA,SAEIA;EAAC',
      sourcesContent: ['// a\n\n    collectText(roots) {}\n'],
    });
    expect(lookup(0, 5)).toEqual({ source: 'src/a.ts', line: 1, column: 0, text: '// a' });
    expect(lookup(0, 12)).toEqual({ source: 'src/a.ts', line: 3, column: 4, name: 'collectText', text: '    collectText(roots) {}' });
    expect(lookup(1, 0)?.line).toBe(3);
    expect(lookup(7, 0)).toBeNull();
  });
});
