import { describe, expect, it } from 'vitest';
import { parseVnDate } from '../../utils/article';

describe('parseVnDate', () => {
  const table: Array<[string, string | undefined]> = [
    // ISO, with and without zones
    ['2026-07-20T06:31:56+07:00', '2026-07-20T06:31:56+07:00'],
    ['2025-06-17T13:43:02+0700', '2025-06-17T13:43:02+07:00'],
    ['2025-12-23T09:02:07.000+07:00', '2025-12-23T09:02:07+07:00'],
    ['2025-03-12T03:00:00Z', '2025-03-12T10:00:00+07:00'],
    ['2025-03-11T20:30:00-05:00', '2025-03-12T08:30:00+07:00'],
    ['2025-12-31T20:00:00Z', '2026-01-01T03:00:00+07:00'],
    ['2025-12-24T09:30:00', '2025-12-24T09:30:00+07:00'],
    ['2026-01-08', '2026-01-08'],
    // dantri: "YYYY-MM-DD HH:MM", no zone
    ['2025-03-12 14:45', '2025-03-12T14:45:00+07:00'],
    // Vietnamese formats
    ['12/03/2025 09:05', '2025-03-12T09:05:00+07:00'],
    ['Thứ hai, 10/2/2025, 10:00 (GMT+7)', '2025-02-10T10:00:00+07:00'],
    ['Thứ tư, 22/10/2025, 19:25 (GMT+7)', '2025-10-22T19:25:00+07:00'],
    ['05/10/2026 15:42 GMT+7', '2026-10-05T15:42:00+07:00'],
    ['15:42 12/3/2025', '2025-03-12T15:42:00+07:00'],
    ['Thứ ba, 23/12/2025 09:02 (GMT+7)', '2025-12-23T09:02:00+07:00'],
    ['Thứ Hai, ngày 20/07/2026 - 06:31', '2026-07-20T06:31:00+07:00'],
    ['Thứ Tư, 24/12/2025 09:30:00 +07:00', '2025-12-24T09:30:00+07:00'],
    ['Cập nhật: 08:45 ngày 12/03/2025', '2025-03-12T08:45:00+07:00'],
    ['10h30 ngày 12/3/2025', '2025-03-12T10:30:00+07:00'],
    ['Ngày 12 tháng 3 năm 2025', '2025-03-12'],
    ['12.03.2025', '2025-03-12'],
    // Feed order (tuoitre): US month/day with AM/PM
    ['10/5/2026 3:42:00 PM', '2026-10-05T15:42:00+07:00'],
    ['10/5/2026 12:10:00 AM', '2026-10-05T00:10:00+07:00'],
    // cafef: 24-hour clock labelled PM, day first with dashes
    ['15-08-2026 - 17:09 PM', '2026-08-15T17:09:00+07:00'],
    // Vietnamese locale AM/PM ("SA"/"CH") keeps the day first
    ['10/05/2026 3:42:00 CH', '2026-05-10T15:42:00+07:00'],
    // English editions
    ['Wednesday, March 12, 2025 10:00', '2025-03-12T10:00:00+07:00'],
    ['12 March 2025', '2025-03-12'],
    // Invalid
    ['31/02/2025 10:00', undefined],
    ['2025-13-01', undefined],
    ['25:00 12/03/2025', undefined],
    ['hôm qua', undefined],
    ['', undefined],
  ];
  it.each(table)('%s → %s', (input, expected) => {
    expect(parseVnDate(input)).toBe(expected);
  });

  it('tolerates null, undefined and NFD input', () => {
    expect(parseVnDate(null)).toBeUndefined();
    expect(parseVnDate(undefined)).toBeUndefined();
    expect(parseVnDate('Thứ tư, 12/3/2025, 07:00 (GMT+7)'.normalize('NFD'))).toBe('2025-03-12T07:00:00+07:00');
  });
});
