/**
 * How the page script reads a legal database's page of one document (utils/article/legal.ts, a fifth
 * of detection's code): on those sites only, the background injects it (entrypoints/legal) just before
 * the page script, and it leaves its reader here, in a symbol-keyed slot of the frame's isolated world.
 */
import type { LegalReader } from '../article/detect';

const LEGAL = Symbol.for('vankien.legal');
type Slot = { [LEGAL]?: unknown };

export function publishLegalReader(global: object, reader: LegalReader): void {
  (global as Slot)[LEGAL] = reader;
}

export function legalReaderOf(global: object): LegalReader | undefined {
  const r = (global as Slot)[LEGAL];
  return typeof r === 'function' ? (r as LegalReader) : undefined;
}
