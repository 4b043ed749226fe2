import { useEffect, useState } from 'preact/hooks';
import {
  correctDocument, mergeDocuments, splitDocument, undoCorrection, undoDepth,
  type CitationView, type CorrectionResult, type DocumentRecord, type FactField, type KnownDocument, type Library,
} from '../../utils/db';
import { t, type Lang } from '../../utils/i18n';
import { formatDate } from '../../utils/popup/groups';
import type { ShownRecord } from '../../utils/library/precedence';
import { headingOf } from '../../utils/page/card-model';
import type { RefDocument } from '../../utils/refs/types';

export type Shown = KnownDocument & { others?: ShownRecord['others']; from?: ShownRecord['from'] };

const FIELDS: Array<[FactField, string]> = [['body', 'colBody'], ['term', 'colTerm'], ['date', 'colDate'], ['title', 'colTitle']];

const SOURCE_LABEL = { catalog: 'fromCatalog', article: 'fromSaved', reader: 'fromReader' } as const;
const OTHERS_LABEL = { catalog: 'othersCatalog', article: 'othersSay', reader: 'othersReader' } as const;

/**
 * One document of the library: its facts with their sources, each correctable by the reader (and the
 * correction undoable), the other records of its number to merge, and what the citing articles said.
 * `onChanged` gets the record after a correction (its id changes with its term) or null if it is gone.
 */
export function DocumentDetail({ library, lang, item, onBack, onChanged }: {
  library: Library; lang: Lang; item: Shown; onBack(): void; onChanged(id: string | null): void;
}) {
  const [cites, setCites] = useState<CitationView[] | null>(null);
  const [message, setMessage] = useState<{ text: string; mergeInto?: string } | null>(null);
  useEffect(() => { void library.citationsOf(item.doc.id).then(setCites); }, [item]);
  // Splitting: the citing articles that are in fact about another document (another term).
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const [splitTerm, setSplitTerm] = useState('');
  const d = item.doc;

  const after = (r: CorrectionResult) => {
    if (r.status === 'done') { setMessage(null); onChanged(r.record.id); return true; }
    if (r.status === 'invalid') setMessage({ text: t('correctionInvalid', r.error) });
    else if (r.status === 'missing') { setMessage({ text: t('correctionMissing') }); onChanged(null); }
    // The new term names a record the library has: the reader decides whether they are one.
    else setMessage({ text: t('correctionExists', r.id), mergeInto: r.id });
    return false;
  };
  const mergeInto = (into: string) => {
    if (confirm(t('mergeConfirm', d.id, into))) void mergeDocuments(library, d.id, into).then(after);
  };

  return (
    <section class="detail" aria-labelledby="doc-h">
      <button type="button" onClick={onBack}>← {t('back')}</button>
      <h2 id="doc-h">{nameOf(d, lang)}</h2>
      {message && (
        <p class="notice" role="alert">{message.text}
          {message.mergeInto && <>{' '}<button type="button" onClick={() => mergeInto(message.mergeInto!)}>{t('mergeInto', message.mergeInto)}</button></>}
        </p>
      )}
      <dl class="facts">
        {FIELDS.map(([f, label]) => (
          <FactRow key={f} field={f} label={t(label)} lang={lang} item={item}
            onSave={async (raw) => after(await correctDocument(library, d.id, f, raw))}
            onUndo={async () => { after(await undoCorrection(library, d.id, f)); }} />
        ))}
      </dl>
      <SameKey library={library} doc={d} onMerged={(r) => after(r)} />
      {/* The list's count may not be read yet (-1, opened straight from a link): the citations are the count. */}
      <h3>{t('citedBy')}{cites ? ` (${cites.length})` : item.citedIn >= 0 ? ` (${item.citedIn})` : ''}</h3>
      {(cites?.length ?? 0) > 1 && (
        <form class="split" onSubmit={(e) => {
          e.preventDefault();
          // Done: this record again, without the articles that went (gone too if none is left).
          if (picked.size) void splitDocument(library, d.id, [...picked], splitTerm).then((r) => { if (r.status !== 'done') return after(r); setPicked(new Set()); setMessage(null); onChanged(d.id); });
        }}>
          <label for="split-term">{t('splitLabel')}</label>{' '}
          <input id="split-term" value={splitTerm} size={6} onInput={(e) => setSplitTerm((e.target as HTMLInputElement).value)} aria-describedby="split-help" />{' '}
          <button type="submit" disabled={!picked.size}>{t('splitButton', picked.size)}</button>
          <small id="split-help" class="muted"> {t('splitHelp')}</small>
        </form>
      )}
      <ol class="citations">
        {(cites ?? []).map((c) => (
          <li key={c.id}>
            {(cites?.length ?? 0) > 1 && <input type="checkbox" aria-label={t('splitPick', c.articleTitle)} checked={picked.has(c.articleUrl)}
              onChange={(e) => setPicked((p) => { const n = new Set(p); if ((e.target as HTMLInputElement).checked) n.add(c.articleUrl); else n.delete(c.articleUrl); return n; })} />}{' '}
            <a href={c.articleUrl} target="_blank" rel="noreferrer noopener">{c.articleTitle}</a>
            <span class="muted"> · {c.site}{c.published ? ` · ${formatDate(c.published.slice(0, 10), lang)}` : ''} · ×{c.mentions}</span>
            <ul>{c.sentences.map((s, i) => <li key={i}><blockquote>{s}</blockquote></li>)}</ul>
          </li>
        ))}
      </ol>
    </section>
  );
}

/**
 * What a reader calls the document: "Nghị quyết số 18-NQ/TW", "Nghị quyết Hội nghị Trung ương 4 khóa
 * XII", "Nghị quyết Đại hội Đảng bộ tỉnh Nghệ An lần thứ XX" — never an internal key like "NQ-HNTW4-XII".
 */
export function nameOf(d: DocumentRecord, lang: Lang): string {
  const heading = headingOf({ ...d, sources: {}, mentions: [] } as unknown as RefDocument, lang);
  return d.locality && d.number ? `${heading} — ${d.locality}` : heading;
}

/** One fact: its value and source, what other sources say, and the reader's correction of it. */
function FactRow({ field, label, lang, item, onSave, onUndo }: {
  field: FactField; label: string; lang: Lang; item: Shown; onSave(raw: string): Promise<boolean>; onUndo(): void;
}) {
  const value = item.doc[field];
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(value ?? '');
  const show = (v: string) => (field === 'date' ? formatDate(v, lang) ?? v : v);
  const from = item.from?.[field];
  const canUndo = item.doc.facts[field]?.from === 'reader' && undoDepth(item.doc, field) > 0;
  const inputId = `fact-${field}`;
  if (editing) {
    return (
      <div class="editing">
        <dt><label for={inputId}>{label}</label></dt>
        <dd>
          <form onSubmit={(e) => { e.preventDefault(); void onSave(draft).then((ok) => ok && setEditing(false)); }}>
            {field === 'title'
              ? <textarea id={inputId} rows={3} value={draft} onInput={(e) => setDraft((e.target as HTMLTextAreaElement).value)} />
              : <input id={inputId} type="text" value={draft} onInput={(e) => setDraft((e.target as HTMLInputElement).value)}
                  aria-describedby={field === 'date' || field === 'term' ? `${inputId}-help` : undefined} />}
            {(field === 'date' || field === 'term') && <small id={`${inputId}-help`} class="muted"> {t(field === 'date' ? 'correctionHelpDate' : 'correctionHelpTerm')}</small>}
            {' '}<button type="submit">{t('correctionSave')}</button>
            {' '}<button type="button" onClick={() => { setDraft(value ?? ''); setEditing(false); }}>{t('correctionCancel')}</button>
          </form>
        </dd>
      </div>
    );
  }
  return (
    <div>
      <dt>{label}</dt>
      <dd>
        {value ? show(value) : <span class="muted">—</span>}
        {value && from && <small class={`source ${from}`}>{t(SOURCE_LABEL[from])}</small>}
        {(item.others?.[field] ?? []).map((o, i) => <small key={i} class="others">{t(OTHERS_LABEL[o.from], show(o.value))}</small>)}
        <span class="fact-actions">
          <button type="button" class="link" aria-label={`${t(value ? 'correctField' : 'addField')}: ${label}`} onClick={() => { setDraft(value ?? ''); setEditing(true); }}>{t(value ? 'correctField' : 'addField')}</button>
          {canUndo && <button type="button" class="link" aria-label={`${t('correctionUndo')}: ${label}`} onClick={onUndo}>{t('correctionUndo')}</button>}
        </span>
      </dd>
    </div>
  );
}

/** Other records of the same number (another term, or none): the reader may know they are one document. */
function SameKey({ library, doc, onMerged }: { library: Library; doc: DocumentRecord; onMerged(r: CorrectionResult): void }) {
  const [others, setOthers] = useState<DocumentRecord[]>([]);
  useEffect(() => {
    let live = true;
    // Another organisation's document of this number is another document: never offered.
    void library.knowledge([doc.key]).then((m) => live && setOthers((m.get(doc.key) ?? []).map((k) => k.doc)
      .filter((o) => o.id !== doc.id && (o.locality ?? '') === (doc.locality ?? ''))));
    return () => { live = false; };
  }, [doc.id]);
  if (!others.length) return null;
  return (
    <div class="same-key">
      <p>{t('sameKeyRecords')}</p>
      <ul>
        {others.map((o) => (
          <li key={o.id}>
            <strong>{o.key}</strong>{o.term ? ` · ${t('colTerm')} ${o.term}` : ''}{o.date ? ` · ${o.date}` : ''}{o.title ? ` — ${o.title}` : ''}{' '}
            <button type="button" onClick={() => {
              if (!confirm(t('mergeConfirm', o.id, doc.id))) return;
              void mergeDocuments(library, o.id, doc.id).then(onMerged);
            }}>{t('mergeHere')}</button>
          </li>
        ))}
      </ul>
    </div>
  );
}
