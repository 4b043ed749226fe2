/**
 * Article-like Vietnamese text for benchmarks: ordinary sentences with a reference every few
 * sentences, in the forms news text uses (full, short, lists, plenum and congress names, state
 * documents). Deterministic for a given seed so runs compare.
 */
const PLAIN = [
  'Chiều 12/3, tại trụ sở cơ quan, đoàn công tác đã làm việc với lãnh đạo địa phương về tình hình triển khai nhiệm vụ năm nay.',
  'Các đại biểu thảo luận sôi nổi, nêu nhiều kiến nghị thiết thực về cải cách hành chính và chuyển đổi số.',
  'Theo báo cáo, trong 9 tháng qua, tổng thu ngân sách trên địa bàn đạt 14.250 tỷ đồng, tăng 8,5% so với cùng kỳ.',
  'Phát biểu tại buổi làm việc, đồng chí Bí thư nhấn mạnh yêu cầu nâng cao chất lượng sinh hoạt chi bộ.',
  'Nhiều mô hình hay, cách làm sáng tạo đã được nhân rộng, góp phần nâng cao đời sống vật chất và tinh thần của nhân dân.',
  'Thời gian tới, cần tập trung tháo gỡ khó khăn cho doanh nghiệp, đẩy nhanh giải ngân vốn đầu tư công.',
  'Hội nghị cũng dành thời gian biểu dương 25 tập thể và 40 cá nhân có thành tích xuất sắc.',
  'The delegation visited several industrial parks and met with representatives of 30 enterprises.',
];
const REFS = [
  'Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ',
  'Kết luận 40 của Bộ Chính trị',
  'Chỉ thị số 05-CT/TW',
  'Nghị quyết Trung ương 4 khóa XII',
  'Quy định số 144-QĐ/TW',
  'Nghị quyết 66 và 68',
  'Nghị định số 178/2024/NĐ-CP',
  'Nghị quyết Đại hội XIII của Đảng',
  'Kế hoạch số 25-KH/TU của Ban Thường vụ Tỉnh ủy',
  'Resolution No. 57-NQ/TW',
];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 0x100000000);
}

export function generateArticleText(bytes: number, seed = 42): string {
  const r = rng(seed);
  const parts: string[] = [];
  let n = 0;
  while (n < bytes) {
    const s = r() < 0.25
      ? `Thực hiện ${REFS[Math.floor(r() * REFS.length)]}, ${PLAIN[Math.floor(r() * PLAIN.length)].toLowerCase()}`
      : PLAIN[Math.floor(r() * PLAIN.length)];
    parts.push(s);
    n += s.length + 1;
    if (r() < 0.2) { parts.push('\n\n'); n += 2; }
  }
  // Cut the last part rather than the joined text: a slice of a string is a view on it in V8, and
  // text reaching the engine (through extension messaging, cloned) is a flat string, not a view.
  let over = parts.join(' ').length - bytes;
  while (over > 0 && parts.length) {
    const last = parts.pop()!;
    if (last.length >= over) { parts.push(last.slice(0, last.length - over)); over = 0; }
    else over -= last.length + 1;
  }
  return parts.join(' ');
}
