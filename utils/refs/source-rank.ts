/**
 * How much a reader can rely on a source's host: the party's and the state's own publications first,
 * then legal databases, then the press, then everything else (blogs, document-sharing sites).
 * The card shows the first few sources, so the order is what the reader is offered.
 */
const OFFICIAL = /(?:^|\.)(?:dangcongsan\.vn|dangcongsan\.org\.vn|tapchicongsan\.org\.vn|dcs\.vn|gov\.vn|quochoi\.vn|nhandan\.vn|qdnd\.vn|baochinhphu\.vn|chinhphu\.vn|xaydungdang\.org\.vn|tuyengiao[a-z]*\.vn|lyluanchinhtri\.vn|hcma\.vn)$/;
const LEGAL = /(?:^|\.)(?:thuvienphapluat\.vn|luatvietnam\.vn|vbpl\.vn|lawnet\.vn)$/;
const WEAK = /(?:blogspot\.|wordpress\.|wikipedia\.org|wikimili\.com|tailieu|123doc|doc\.edu|studocu|scribd|facebook\.com|baomoi\.com)/;

export function sourceRank(url: string): number {
  let host: string;
  try { host = new URL(url).hostname.replace(/^(?:www|m|amp|lite)\./, ''); } catch { return 3; }
  if (OFFICIAL.test(host)) return 0;
  if (LEGAL.test(host)) return 1;
  if (WEAK.test(host)) return 3;
  return 2;
}
