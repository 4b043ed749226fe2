import { useState } from 'preact/hooks';
import type { Library } from '../../utils/db';
import { t } from '../../utils/i18n';
import { exportCslJson, exportCsv, exportJson } from '../../utils/library/export';
import { importJson } from '../../utils/library/import';

function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Backups and exports, and importing a backup (refused whole when anything in it is wrong). */
export function DataView({ library, onChange }: { library: Library; onChange(): void }) {
  const [message, setMessage] = useState<{ text: string; error?: boolean } | null>(null);
  const stamp = () => new Date().toISOString().slice(0, 10);
  const run = async (fn: () => Promise<void>) => {
    setMessage(null);
    try {
      await fn();
    } catch (e) {
      setMessage({ text: (e as Error).message, error: true });
    }
  };
  const onFile = (e: Event) => run(async () => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    try {
      const r = await importJson(library, await file.text());
      setMessage({ text: t('importDone', r.articles.added, r.articles.updated, r.documents.added + r.documents.updated) });
      onChange();
    } catch (err) {
      setMessage({ text: t('importFailed', (err as Error).message), error: true });
    }
  });
  return (
    <section class="data" aria-labelledby="data-h">
      <h2 id="data-h">{t('exportTitle')}</h2>
      <div class="buttons">
        <button type="button" onClick={() => run(async () => download(`vankien-${stamp()}.json`, await exportJson(library), 'application/json'))}>{t('exportJson')}</button>
        <button type="button" onClick={() => run(async () => download(`vankien-articles-${stamp()}.csv`, await exportCsv(library, 'articles'), 'text/csv'))}>{t('exportCsvArticles')}</button>
        <button type="button" onClick={() => run(async () => download(`vankien-documents-${stamp()}.csv`, await exportCsv(library, 'documents'), 'text/csv'))}>{t('exportCsvDocuments')}</button>
        <button type="button" onClick={() => run(async () => download(`vankien-zotero-${stamp()}.json`, await exportCslJson(library), 'application/vnd.citationstyles.csl+json'))}>{t('exportCsl')}</button>
      </div>
      <h2>{t('importTitle')}</h2>
      <label class="file"><span class="sr-only">{t('importTitle')}</span><input type="file" accept="application/json,.json" onChange={onFile} /></label>
      {message && <p class={message.error ? 'notice error' : 'notice'} role={message.error ? 'alert' : 'status'}>{message.text}</p>}
    </section>
  );
}
