/**
 * Publication dates as Vietnamese sites print them, to ISO 8601 in Asia/Ho_Chi_Minh.
 * Vietnam has no daylight saving time, so the zone is always +07:00.
 */

const VN_OFFSET_MIN = 7 * 60;

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?\s*$/i;
// "GMT+7", "(GMT+07:00)", "+07:00", "UTC+7": all the zone these sites use; dropped before the
// time is looked for so that "07:00" is not read as the time.
const ZONE = /\(?\s*(?:GMT|UTC)\s*\+\s*0?7(?::?00)?\s*\)?|[+]07:?00\b/gi;
const DMY = /(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})/;
const VN_WORDS = /ng[àa]y\s+(\d{1,2})\s+th[áa]ng\s+(\d{1,2})\s+n[ăa]m\s+(\d{4})/i;
const TIME = /(\d{1,2})\s*[:h]\s*(\d{2})(?:\s*:\s*(\d{2}))?(?:\s*(am|pm|a\.m\.|p\.m\.|sa|ch)\b)?/i;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const EN_MDY = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})/i;
const EN_DMY = /\b(\d{1,2})(?:st|nd|rd|th)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+(\d{4})/i;

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function validDate(y: number, m: number, d: number): boolean {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function format(y: number, m: number, d: number, time?: [number, number, number]): string | undefined {
  if (!validDate(y, m, d)) return undefined;
  const date = `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
  if (!time) return date;
  const [h, mi, s] = time;
  if (h > 23 || mi > 59 || s > 59) return undefined;
  return `${date}T${pad(h)}:${pad(mi)}:${pad(s)}+07:00`;
}

/** ISO input, possibly in another zone, shifted to Vietnam's wall clock. */
function fromIso(m: RegExpMatchArray): string | undefined {
  const [y, mo, d] = [+m[1], +m[2], +m[3]];
  if (m[4] === undefined) return format(y, mo, d);
  const time: [number, number, number] = [+m[4], +m[5], m[6] ? +m[6] : 0];
  const zone = m[7];
  if (!zone) return format(y, mo, d, time); // dantri prints local time without a zone
  if (!validDate(y, mo, d)) return undefined;
  let offset = 0;
  if (zone.toUpperCase() !== 'Z') {
    const z = zone.replace(':', '');
    offset = (z[0] === '-' ? -1 : 1) * (+z.slice(1, 3) * 60 + +z.slice(3, 5));
  }
  if (offset === VN_OFFSET_MIN) return format(y, mo, d, time);
  const utc = Date.UTC(y, mo - 1, d, time[0], time[1], time[2]) - offset * 60_000;
  const vn = new Date(utc + VN_OFFSET_MIN * 60_000);
  return format(vn.getUTCFullYear(), vn.getUTCMonth() + 1, vn.getUTCDate(), [
    vn.getUTCHours(), vn.getUTCMinutes(), vn.getUTCSeconds(),
  ]);
}

/**
 * Parses "dd/mm/yyyy HH:MM", "Thứ hai, 10/2/2025, 10:00 (GMT+7)", "05/10/2026 15:42 GMT+7",
 * "HH:MM dd/mm/yyyy", "Thứ Hai, ngày 20/07/2026 - 06:31", "YYYY-MM-DD HH:MM", ISO 8601 with any
 * offset, "ngày 8 tháng 1 năm 2026", English month names, and the two clock quirks: tuoitre
 * feeds write "10/5/2026 3:42:00 PM" month first, cafef writes "15-08-2026 - 17:09 PM" with a
 * 24-hour clock. Returns undefined when no valid date is found.
 */
export function parseVnDate(input: string | null | undefined): string | undefined {
  if (!input) return undefined;
  const s = input.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (!s || s.length > 200) return undefined;
  const iso = s.match(ISO);
  if (iso) return fromIso(iso);

  const rest = s.replace(ZONE, ' ');
  let y: number, mo: number, d: number;
  let sep = '';
  let dateEnd = 0;
  let m: RegExpMatchArray | null;
  if ((m = rest.match(DMY))) {
    [d, sep, mo, y] = [+m[1], m[2], +m[3], +m[4]];
  } else if ((m = rest.match(VN_WORDS))) {
    [d, mo, y] = [+m[1], +m[2], +m[3]];
  } else if ((m = rest.match(EN_MDY))) {
    [mo, d, y] = [MONTHS.indexOf(m[1].toLowerCase()) + 1, +m[2], +m[3]];
  } else if ((m = rest.match(EN_DMY))) {
    [d, mo, y] = [+m[1], MONTHS.indexOf(m[2].toLowerCase()) + 1, +m[3]];
  } else {
    return undefined;
  }
  dateEnd = (m.index ?? 0) + m[0].length;

  // Look for the time outside the date itself, so "10/2/2025" never reads as a time.
  const withoutDate = rest.slice(0, m.index) + ' ' + rest.slice(dateEnd);
  const t = withoutDate.match(TIME);
  let time: [number, number, number] | undefined;
  if (t) {
    let h = +t[1];
    const ampm = t[4]?.toLowerCase().replace(/\./g, '');
    if (ampm && h <= 12) {
      const pm = ampm === 'pm' || ampm === 'ch';
      if (pm && h < 12) h += 12;
      if (!pm && h === 12) h = 0;
      // English AM/PM with slashes is the US feed order, month first (tuoitre feeds);
      // Vietnamese SA/CH comes with the day first.
      if ((ampm === 'am' || ampm === 'pm') && sep === '/' && d <= 12) [d, mo] = [mo, d];
    }
    time = [h, +t[2], t[3] ? +t[3] : 0];
  }
  return format(y, mo, d, time);
}
