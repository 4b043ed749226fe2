/** "2024-12-22" → "22/12/2024" (vi) or "2024-12-22" (en); anything else unchanged. */
export function formatDate(iso: string | undefined, lang: 'vi' | 'en'): string | undefined {
  const m = iso && /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  return lang === 'vi' ? `${Number(m[3])}/${Number(m[2])}/${m[1]}` : `${m[1]}-${m[2]}-${m[3]}`;
}
