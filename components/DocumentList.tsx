import type { RefDocument } from '../utils/refs/types';
import { groupDocuments } from '../utils/popup/groups';
import { t, type Lang } from '../utils/i18n';
import { DocumentRow } from './DocumentRow';

export interface ListProps {
  documents: RefDocument[];
  filter: string;
  lang: Lang;
  starred: Set<string>;
  positions: Record<string, number>;
  onFocus(doc: RefDocument, position: number): void;
  onStar(doc: RefDocument, starred: boolean): void;
  onChoose?(doc: RefDocument, index: number | null): void;
}

/** Party documents grouped by type, then state documents in their own section. */
export function DocumentList({ documents, filter, lang, starred, positions, onFocus, onStar, onChoose }: ListProps) {
  const groups = groupDocuments(documents, filter);
  if (!documents.length) return <p class="empty">{t('noDocuments')}</p>;
  if (!groups.length) return <p class="empty">{t('noMatch')}</p>;
  let partyShown = false;
  return (
    <div class="groups">
      {groups.map((g) => {
        const header = g.party && !partyShown ? ((partyShown = true), <h2 class="section">{t('partyDocuments')}</h2>) : null;
        return (
          <section key={g.label || 'state'} class={g.party ? 'group' : 'group state'} aria-label={g.party ? g.label : t('stateDocuments')}>
            {header}
            {!g.party && <h2 class="section">{t('stateDocuments')}</h2>}
            {g.party && <h3>{g.label} <span class="n">({g.documents.length})</span></h3>}
            <ul>
              {g.documents.map((d) => (
                <DocumentRow key={`${d.key}|${d.locality ?? ""}`} doc={d} lang={lang} starred={starred.has(d.key)} position={positions[d.key] ?? null}
                  onFocus={(p) => onFocus(d, p)} onStar={(s) => onStar(d, s)} onChoose={onChoose && ((i) => onChoose(d, i))} />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
