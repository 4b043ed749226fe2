import { browser } from 'wxt/browser';
import type { RefDocument } from '../utils/refs/types';
import { formatDate } from '../utils/popup/groups';
import { t, type Lang } from '../utils/i18n';
import { formatMeeting, headingOf } from '../utils/page/card-model';
import { docIdOf } from '../utils/db/schema';

export interface RowProps {
  doc: RefDocument;
  lang: Lang;
  starred: boolean;
  position: number | null;
  onFocus(position: number): void;
  onStar(starred: boolean): void;
  /** Pick candidate `index` as the document the page means, or (null) undo the pick. */
  onChoose?(index: number | null): void;
}

/** A candidate as the reader tells it apart: term, date, subject. */
const candidateName = (lang: Lang) => (c: NonNullable<RefDocument['candidates']>[number]) =>
  [c.numbered, c.term && t('term', c.term), formatDate(c.date ?? undefined, lang), c.title ?? c.titleEn].filter(Boolean).join(' · ');

/** One document in the popup: what it is, how often the page cites it, and controls to go to it. */
export function DocumentRow({ doc, lang, starred, position, onFocus, onStar, onChoose }: RowProps) {
  const total = doc.mentions.length;
  const meeting = doc.catalog?.meeting;
  const met = !doc.date && meeting ? formatMeeting(meeting.start, meeting.end, lang) : undefined;
  const when = formatDate(doc.date, lang) ?? (met && t(meeting?.kind === 'congress' ? 'congressMet' : 'met', met));
  const facts = [doc.body, doc.number ? doc.locality : undefined, doc.term && t('term', doc.term), when].filter(Boolean).join(' · ');
  const go = (p: number) => onFocus(((p % total) + total) % total);
  // The reader's own word (a correction in the library, or their pick on the page) says so here too.
  const mine = (['body', 'term', 'date', 'title'] as const).some((f) => doc.sources[f] === 'reader');
  return (
    <li class={`doc ${doc.party ? 'party' : 'state'}`} data-key={doc.key}>
      <button type="button" class="doc-main" onClick={() => go(position === null ? 0 : position)} title={doc.title ?? doc.key}>
        {doc.number ? <span class="doc-key">{doc.key}</span> : <span class="doc-key" title={doc.key}>{headingOf(doc, lang)}</span>}
        {doc.number && <span class="doc-type">{doc.typeName}</span>}
        {facts && <span class="doc-facts">{facts}</span>}
        {doc.title && <span class="doc-title">{doc.title}</span>}
        {mine && <span class="doc-mine">{t(doc.chosenFrom ? 'readerChose' : 'fromReader')}</span>}
        {!doc.catalog && !!doc.candidates?.length && !onChoose && (
          <span class="doc-guess">{t('guess', doc.candidates.map(candidateName(lang)).join(' | '))}</span>
        )}
      </button>
      {onChoose && !doc.catalog && !!doc.candidates?.length && (
        <div class="doc-choose" role="group" aria-label={t('chooseLabel')}>
          <span class="doc-guess">{t('chooseLabel')}</span>
          {doc.candidates.map((c, i) => <button type="button" key={i} onClick={() => onChoose(i)}>{candidateName(lang)(c)}</button>)}
        </div>
      )}
      {onChoose && doc.chosenFrom && <div class="doc-choose"><button type="button" class="doc-unchoose" onClick={() => onChoose(null)}>{t('unchoose')}</button></div>}
      <div class="doc-side">
        <span class="count" title={t('mentionsTitle')}>{t('mentions', total)}</span>
        <div class="nav">
          <button type="button" aria-label={t('previousMention')} title={t('previousMention')} onClick={() => go((position ?? 0) - 1)}>‹</button>
          <span class="pos" aria-live="polite">{position === null ? '' : `${position + 1}/${total}`}</span>
          <button type="button" aria-label={t('nextMention')} title={t('nextMention')} onClick={() => go(position === null ? 0 : position + 1)}>›</button>
        </div>
        <a class="in-library" href={browser.runtime.getURL(`/options.html#documents/${encodeURIComponent(docIdOf(doc.key, doc.term, doc.locality))}`)} target="_blank" rel="noopener" title={t('openInLibrary')} aria-label={t('openInLibrary')}>↗</a>
        <button type="button" class={starred ? 'star on' : 'star'} aria-pressed={starred} aria-label={starred ? t('unstar') : t('star')} title={starred ? t('unstar') : t('star')} onClick={() => onStar(!starred)}>
          {starred ? '★' : '☆'}
        </button>
      </div>
    </li>
  );
}
