/**
 * Just enough of a source map (v3) reader to name the functions of a minified bundle in a CPU
 * profile: generated line and column (0-based, as CDP gives them) → original file, line, column.
 */

export interface SourceMapV3 {
  version: number;
  sources: string[];
  names?: string[];
  mappings: string;
  sourceRoot?: string;
  sourcesContent?: Array<string | null>;
}

export interface OriginalPosition {
  source: string;
  /** 1-based, as editors show it. */
  line: number;
  /** 0-based. */
  column: number;
  name?: string;
  /** That line of the original source, when the map carries the sources. */
  text?: string;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...B64].map((c, i) => [c, i]));

/** One segment's fields, each a base64 VLQ. */
export function decodeVlq(segment: string): number[] {
  const out: number[] = [];
  let value = 0, shift = 0;
  for (const c of segment) {
    const d = DIGIT.get(c);
    if (d === undefined) throw new Error(`not base64 VLQ: ${segment}`);
    value += (d & 31) << shift;
    if (d & 32) {
      shift += 5;
      continue;
    }
    out.push(value & 1 ? -(value >>> 1) : value >>> 1);
    value = 0;
    shift = 0;
  }
  return out;
}

type Segment = [col: number, source: number, line: number, column: number, name: number];

/** A lookup for one map: the last mapping at or before the position on its generated line. */
export function sourceMapLookup(map: SourceMapV3): (line: number, column: number) => OriginalPosition | null {
  const lines: Segment[][] = [];
  let source = 0, srcLine = 0, srcCol = 0, name = 0;
  for (const text of map.mappings.split(';')) {
    const segs: Segment[] = [];
    let col = 0;
    for (const part of text.split(',')) {
      if (!part) continue;
      const f = decodeVlq(part);
      col += f[0];
      if (f.length < 4) continue; // a generated column with no original
      source += f[1];
      srcLine += f[2];
      srcCol += f[3];
      if (f.length >= 5) name += f[4];
      segs.push([col, source, srcLine, srcCol, f.length >= 5 ? name : -1]);
    }
    segs.sort((a, b) => a[0] - b[0]);
    lines.push(segs);
  }
  const contentLines = new Map<number, string[]>();
  return (line, column) => {
    const segs = lines[line];
    if (!segs?.length) return null;
    let lo = 0, hi = segs.length - 1, at = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (segs[mid][0] <= column) {
        at = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (at < 0) at = 0;
    const [, s, l, c, n] = segs[at];
    const content = map.sourcesContent?.[s];
    let text: string | undefined;
    if (content) {
      if (!contentLines.has(s)) contentLines.set(s, content.split('\n'));
      text = contentLines.get(s)![l];
    }
    return {
      source: (map.sourceRoot ?? '') + map.sources[s],
      line: l + 1,
      column: c,
      ...(n >= 0 && map.names?.[n] ? { name: map.names[n] } : {}),
      ...(text !== undefined ? { text } : {}),
    };
  };
}
