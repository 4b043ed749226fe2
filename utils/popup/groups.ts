/**
 * The popup's list: party documents first, grouped by type in a reader's order, then state
 * documents; a filter narrows it, insensitive to case and diacritics ("nghi quyet 18").
 */
import { foldText } from '../refs/normalize';
import type { RefDocument } from '../refs/types';

export { formatDate } from '../format-date';

const TYPE_ORDER = ['NQ', 'KL', 'CT', 'QĐ', 'QĐi', 'QC', 'HD', 'TB', 'KH', 'CTr', 'CV', 'TTr'];

export interface DocGroup {
  label: string;
  party: boolean;
  documents: RefDocument[];
}

/** Lowercase, no diacritics, đ → d: how the filter compares. */
export function fold(s: string): string {
  return foldText(s);
}

export function matchesFilter(doc: RefDocument, filter: string): boolean {
  const words = fold(filter).split(/\s+/).filter(Boolean);
  if (!words.length) return true;
  const hay = fold([doc.key, doc.typeName, doc.type, doc.number, doc.body, doc.term && `khoa ${doc.term}`, doc.date, doc.title].filter(Boolean).join(' '));
  return words.every((w) => hay.includes(w));
}

export function groupDocuments(docs: RefDocument[], filter = ''): DocGroup[] {
  const shown = docs.filter((d) => matchesFilter(d, filter));
  const party = new Map<string, RefDocument[]>();
  const state: RefDocument[] = [];
  for (const d of shown) {
    if (!d.party) state.push(d);
    else party.set(d.typeName, [...(party.get(d.typeName) ?? []), d]);
  }
  const rank = (name: string) => {
    const code = party.get(name)![0].type;
    const i = TYPE_ORDER.indexOf(code);
    return i < 0 ? TYPE_ORDER.length : i;
  };
  const byCount = (a: RefDocument, b: RefDocument) => b.mentions.length - a.mentions.length || a.key.localeCompare(b.key, 'vi', { numeric: true });
  const groups: DocGroup[] = [...party.keys()]
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b, 'vi'))
    .map((label) => ({ label, party: true, documents: party.get(label)!.sort(byCount) }));
  if (state.length) groups.push({ label: '', party: false, documents: state.sort(byCount) });
  return groups;
}
