/**
 * Primary engine: CSS Custom Highlight API. Paints live Ranges through `CSS.highlights` and never
 * touches the page DOM, so page scripts (React, editors) cannot be disturbed by it.
 */

import { caretAt, rangeContainsPoint, rangeHasCaret } from './hit-test';
import { rangeFor, type TextMap } from './text-map';
import { HIGHLIGHT_NAMES, type HighlightEngine, type HighlightItem, type HighlightKind } from './types';


/** The parts of the API this engine uses; injectable so tests can pass a fake registry. */
export interface HighlightApi {
  registry: Pick<HighlightRegistry, 'set' | 'get' | 'delete'> & {
    highlightsFromPoint?: (x: number, y: number) => Array<{ highlight: Highlight; ranges: AbstractRange[] }>;
  };
  Highlight: new (...ranges: AbstractRange[]) => Highlight;
}

/** The API of a window, or null where it is missing (older Firefox, happy-dom). */
export function findHighlightApi(win: unknown = globalThis): HighlightApi | null {
  const w = win as { CSS?: { highlights?: HighlightApi['registry'] }; Highlight?: HighlightApi['Highlight'] } | null;
  const registry = w?.CSS?.highlights;
  const ctor = w?.Highlight;
  return registry && typeof ctor === 'function' ? { registry, Highlight: ctor } : null;
}

interface Entry {
  range: Range;
  kind: HighlightKind;
}

export class CssHighlightEngine implements HighlightEngine {
  readonly name = 'css' as const;
  private readonly entries = new Map<number, Entry>();
  private readonly idOfRange = new WeakMap<AbstractRange, number>();
  private highlights: Record<HighlightKind | 'focus', Highlight> | null = null;
  private focused: number | null = null;

  constructor(
    private readonly api: HighlightApi,
    private readonly doc: Document = document,
  ) {}

  add(items: HighlightItem[], map: TextMap): void {
    const hl = this.ensureRegistered();
    for (const item of items) {
      const range = rangeFor(map, item.start, item.end);
      if (!range || this.entries.has(item.id)) continue;
      this.entries.set(item.id, { range, kind: item.kind });
      this.idOfRange.set(range, item.id);
      hl[item.kind].add(range);
      if (item.id === this.focused) hl.focus.add(range);
    }
  }

  clear(): void {
    if (this.highlights) {
      for (const [key, name] of Object.entries(HIGHLIGHT_NAMES)) {
        const ours = this.highlights[key as keyof typeof HIGHLIGHT_NAMES];
        // Only unregister what is still ours: another instance may have taken the name since.
        if (this.api.registry.get(name) === ours) this.api.registry.delete(name);
      }
    }
    this.highlights = null;
    this.entries.clear();
    this.focused = null;
  }

  setFocus(id: number | null): void {
    this.focused = id;
    if (!this.highlights) return;
    this.highlights.focus.clear();
    const entry = id === null ? undefined : this.entries.get(id);
    if (entry) this.highlights.focus.add(entry.range);
  }

  itemAt(x: number, y: number): number | null {
    const fromRegistry = this.api.registry.highlightsFromPoint;
    if (typeof fromRegistry === 'function') {
      // Chrome 140+: the browser does the hit-testing.
      for (const hit of fromRegistry.call(this.api.registry, x, y)) {
        for (const range of hit.ranges) {
          const id = this.idOfRange.get(range);
          if (id !== undefined) return id;
        }
      }
      return null;
    }
    const caret = caretAt(this.doc, x, y);
    for (const [id, { range }] of this.entries) {
      if (caret && !rangeHasCaret(range, caret)) continue; // cheap filter before layout queries
      if (rangeContainsPoint(range, x, y)) return id;
    }
    return null;
  }

  rangeOf(id: number): Range | null {
    return this.entries.get(id)?.range.cloneRange() ?? null;
  }

  count(): number {
    return this.entries.size;
  }

  private ensureRegistered(): Record<HighlightKind | 'focus', Highlight> {
    if (this.highlights) return this.highlights;
    const { Highlight: Ctor, registry } = this.api;
    const hl = { party: new Ctor(), state: new Ctor(), focus: new Ctor() };
    // Overlaps are painted by priority: focus must win over its own kind's style.
    hl.focus.priority = 1;
    for (const key of Object.keys(HIGHLIGHT_NAMES) as Array<keyof typeof HIGHLIGHT_NAMES>) {
      registry.set(HIGHLIGHT_NAMES[key], hl[key]);
    }
    this.highlights = hl;
    return hl;
  }
}
