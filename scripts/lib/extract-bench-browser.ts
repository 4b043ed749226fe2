/** Bundled into a page by bench:extract: the same measurement, in Chromium's V8, with the engine as built. */
import { extractSegmented } from '../../utils/page/segmented-extract';
import { extractReferences } from '../../utils/refs/index';
import type { Floor } from './extract-floors';
import { SIZES, measureSegmented, measureSize, type SizeRow } from './extract-bench-core';

(globalThis as { vankienExtractBench?: unknown }).vankienExtractBench = (floors: Floor[], size: number): SizeRow => {
  const [label, chars] = SIZES.find(([, n]) => n === size)!;
  return measureSize(extractReferences, floors, label, chars);
};

(globalThis as { vankienSegmentedBench?: unknown }).vankienSegmentedBench = (size: number) => measureSegmented(extractSegmented, size);
