import { congressOfOffice } from '../../utils/refs/identity-around';
import { describe, expect, it } from 'vitest';
import { extractReferences } from '../../utils/refs';
import { misprinted } from '../../utils/refs/identity';

/** The document `key` in `text`, as the engine with its catalog tells it. */
function doc(text: string, key: string, articleDate?: string) {
  const d = extractReferences(text, { articleDate }).documents.find((x) => x.key === key);
  if (!d) throw new Error(`${key} not found in: ${text}`);
  return d;
}

// 18-NQ/TW names two documents: 25/10/2017 (khóa XII, the apparatus) and 16/6/2022 (khóa XIII, land).
const SAME_NUMBER: Array<[name: string, text: string, articleDate: string | undefined, term: string | null]> = [
  ['the term printed settles it', 'Các cấp ủy quán triệt Nghị quyết số 18-NQ/TW khóa XIII.', undefined, 'XIII'],
  ['the date printed settles it', 'Nghị quyết số 18-NQ/TW ngày 25/10/2017 tiếp tục được thực hiện.', undefined, 'XII'],
  ['an English plenum printed after it settles it', 'Ministries reviewed Resolution 18-NQ/TW of the sixth plenum of the 12th Party Central Committee last year.', '2025-06-01', 'XII'],
  ['an English plenum printed after it settles it (by its ordinal in figures)', 'Provinces apply Resolution 18-NQ/TW adopted at the 5th plenum of the 13th Central Committee.', '2025-06-01', 'XIII'],
  ['the subject printed settles it', 'Tỉnh sơ kết Nghị quyết số 18-NQ/TW về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn.', '2025-03-01', 'XII'],
  ['the words around it settle it', 'Đất đai là nguồn lực lớn. Thực hiện Nghị quyết số 18-NQ/TW, tỉnh hoàn thiện thể chế, chính sách quản lý và sử dụng đất, tạo động lực phát triển.', '2024-05-01', 'XIII'],
  ['a review cited beside it settles it', 'Theo Kết luận số 121-KL/TW, việc tổng kết Nghị quyết số 18-NQ/TW đã hoàn thành.', '2025-02-10', 'XII'],
  ['the article date alone does not', 'Nhiều nơi đã sơ kết Nghị quyết số 18-NQ/TW trong năm nay.', '2025-05-01', null],
  ['"adopted in" a year around it settles it', 'Resolution 18-NQ/TW on the apparatus, adopted in 2017, was reviewed by every province.', '2025-06-01', 'XII'],
  ['"issued by … in May 2017" settles it', 'Resolution 18-NQ/TW on the apparatus, issued by the Party Central Committee in October 2017, was reviewed.', '2025-06-01', 'XII'],
  ['"ban hành tháng 6/2022" settles it', 'Nghị quyết số 18-NQ/TW ban hành tháng 6/2022 mở ra cách tiếp cận mới.', '2025-06-01', 'XIII'],
  ['English: "in <month> <year>" after its issuer settles it', 'Resolution 18-NQ/TW of the Central Committee in October 2017 set the course for mergers.', '2025-06-01', 'XII'],
  ['"ban hành năm" a year settles it', 'Nghị quyết số 18-NQ/TW, ban hành năm 2022, mở ra cách tiếp cận mới.', '2025-06-01', 'XIII'],
  ['a date before the issuer and its verb settles it', 'Ngày 16/6/2022, Ban Chấp hành Trung ương ban hành Nghị quyết số 18-NQ/TW về đất đai.', '2025-06-01', 'XIII'],
  ['an English date before the issuer settles it', 'On October 25, 2017, the Central Committee issued Resolution 18-NQ/TW on the apparatus.', '2025-06-01', 'XII'],
  ['"tổng kết 7 năm thực hiện" before it settles it', 'Tỉnh tổng kết 7 năm thực hiện Nghị quyết số 18-NQ/TW trong quý này.', '2024-10-01', 'XII'],
  ['an English subject worded unlike the catalog\'s English does not exclude the document its term names', 'Resolution 18-NQ/TW of the 12th-tenure Party Central Committee on slimming down the state machinery was reviewed.', '2025-06-01', 'XII'],
  ['English: "Seven years after … took effect" settles it', 'Seven years after Resolution 18-NQ/TW took effect, ministries have merged.', '2025-03-20', 'XII'],
  ['English: "in <month> <year>" right after it is when something was done with it, not its date', 'The Politburo reviewed Resolution 18-NQ/TW in October 2022 and called for faster mergers.', '2026-03-01', null],
  ['an article older than one candidate leaves the other', 'Nhiều nơi đã sơ kết Nghị quyết số 18-NQ/TW trong năm nay.', '2019-01-01', 'XII'],
  ['English: "of the 13th tenure" after it settles it', 'The plan builds on Resolution 18 of the 13th tenure on the same issues.', '2025-06-01', 'XIII'],
  ['English: ", which the Central Committee issued on <date>" settles it', 'Provinces reviewed Resolution No. 18-NQ/TW, which the Central Committee issued on October 25, 2017.', '2025-06-01', 'XII'],
  ['English: ", which was adopted by … on <date>" settles it', 'Provinces reviewed Resolution No. 18-NQ/TW, which was adopted by the Central Committee on June 16, 2022.', '2025-06-01', 'XIII'],
  ['an English subject keeping the marks of a name is English: it does not exclude the document', 'Provinces reviewed Resolution 18-NQ/TW on the apparatus of Hà Nội and the provinces, adopted in 2017.', '2025-06-01', 'XII'],
  ['a plenum named before a list in brackets is every item\'s', 'Tỉnh tiếp tục thực hiện Nghị quyết Trung ương 6 khóa XII (các Nghị quyết số 18, 19 và 20-NQ/TW) trong năm nay.', '2025-06-01', 'XII'],
  ['English: "…, which the Central Committee issued on <date>" after its subject settles it', 'Provinces study Resolution No. 18-NQ/TW on the apparatus, which the Central Committee issued on October 25, 2017.', '2025-06-01', 'XII'],
  ['English: "issued in June 2022" tells it apart from another of the number', 'Resolution No. 18-NQ/TW issued in June 2022 differs from the earlier one.', '2025-06-01', 'XIII'],
  ['English: the topics of the words around it settle it ("land price tables")', 'Hanoi applied Resolution 18-NQ/TW when drafting its new land price tables and compensation rules.', '2025-06-01', 'XIII'],
  ['English: …("the streamlining of the apparatus")', 'Ministries merged under Resolution 18-NQ/TW as the streamlining of the apparatus went on.', '2025-06-01', 'XII'],
  ['English near miss: words any party text has ("officials", "party secretary") do not settle it', 'Officials met to review Resolution 18-NQ/TW, and the provincial party secretary asked for a report.', '2025-06-01', null],
  ['Vietnamese words around it name its topic ("tinh gọn")', 'Khi nói về việc tinh gọn, nhiều cán bộ vẫn nhắc đến Nghị quyết số 18-NQ/TW với kỳ vọng lớn.', '2025-06-01', 'XII'],
  ['near miss: "pháp luật" around it is any text\'s word, no topic of its own', 'Hoàn thiện pháp luật về cán bộ theo Nghị quyết số 18-NQ/TW của Đảng là yêu cầu cấp bách.', '2025-06-01', null],
  ['the plenum-named resolution said to include it ("Nghị quyết Trung ương 5 khóa XIII …, trong đó có …") settles it', 'Nghị quyết Trung ương 5 khóa XIII có nhiều điểm mới, trong đó có Nghị quyết số 18-NQ/TW về đất đai.', undefined, 'XIII'],
];

describe('identity of same-numbered documents', () => {
  it.each(SAME_NUMBER)('%s', (_name, text, articleDate, term) => {
    const d = doc(text, '18-NQ/TW', articleDate);
    if (term) {
      expect(d.catalog?.term).toBe(term);
      expect(d.candidates).toBeUndefined();
      expect(d.decidedBy?.length).toBeGreaterThan(0);
    } else {
      expect(d.catalog).toBeUndefined();
      expect(d.candidates?.map((c) => c.term).sort()).toEqual(['XII', 'XIII']);
      // Nothing from either candidate is shown as the document's facts.
      expect([d.term, d.date, d.title, d.body]).toEqual([undefined, undefined, undefined, undefined]);
    }
  });

  // 05-QĐ/TW (6/2/2026, a steering committee) and 05-QĐNS/TW (30/1/2026, a personnel decision): both a
  // "Quyết định 05 của Bộ Chính trị khóa XIV".
  it.each([
    ['its subject, as the personnel decision\'s', 'Quyết định 05 của Bộ Chính trị phân công Ủy viên Bộ Chính trị khóa XIV tham gia Ban Bí thư khóa XIV.', '2026-03-01', '05-QĐNS/TW'],
    ['an article older than the other leaves the personnel decision', 'Theo Quyết định 05 của Bộ Chính trị, các đồng chí được phân công công tác mới.', '2026-02-02', '05-QĐNS/TW'],
    ['only the body and the term: the two are offered', 'Nội dung đã nêu tại Quyết định số 05 của Bộ Chính trị khóa XIV.', '2026-03-01', null],
    ['the personnel decision cited by its own symbol beside it: this one is the other', 'Sau Quyết định số 05-QĐNS/TW ngày 30/1, Quyết định số 05 của Bộ Chính trị ngày 6/2 lập một ban chỉ đạo.', '2026-03-01', '05-QĐ/TW'],
  ])('a personnel decision numbered apart is a candidate of "Quyết định N": %s', (_n, text, articleDate, key) => {
    const d = doc(text, '05-QĐ/TW', articleDate);
    if (key === '05-QĐNS/TW') {
      // Never its facts under the other's key: offered first.
      expect(d.catalog).toBeUndefined();
      expect(d.candidates?.map((c) => c.key)).toEqual(['05-QĐNS/TW', '05-QĐ/TW']);
    } else if (key) {
      expect(d.catalog?.key).toBe(key);
      expect(d.candidates).toBeUndefined();
    } else {
      expect(d.catalog).toBeUndefined();
      expect(d.candidates?.map((c) => c.key).sort()).toEqual(['05-QĐ/TW', '05-QĐNS/TW']);
    }
  });

  it('the printed symbol 05-QĐ/TW is that document, not the personnel decision', () => {
    expect(doc('Quyết định số 05-QĐ/TW của Bộ Chính trị khóa XIV.', '05-QĐ/TW', '2026-03-01').catalog?.key).toBe('05-QĐ/TW');
  });

  it.each([
    ['a headline in capitals', 'HỌC TẬP NGHỊ QUYẾT 18 VÀ NGHỊ QUYẾT 19 KHÓA XIII', 'XIII'],
    ['a comma between them', 'Cán bộ quán triệt Nghị quyết 18, Nghị quyết 19 khóa XII trong tháng.', 'XII'],
    ['near miss: numbers far apart name two terms\' documents', 'Nghị quyết 18 và Nghị quyết 29 khóa XI đều bàn về bộ máy và giáo dục.', undefined],
    ['near miss: "cùng với" the next is another\'s, not the list\'s', 'Tỉnh thực hiện Nghị quyết số 18, cùng với Nghị quyết số 52-NQ/TW của Bộ Chính trị khóa XII về cách mạng công nghiệp.', undefined],
  ])('a term printed after the last of "A và B" of one type is each one\'s: %s', (_n, text, term) => {
    const d = extractReferences(text, { articleDate: '2023-01-10' }).documents.find((x) => x.key.startsWith('18-NQ'))!;
    expect(d.term).toBe(term);
  });

  it('"Hội nghị Trung ương 6 khóa XII (tháng 10/2017) có bốn nghị quyết: số 18, 19 …": each is that plenum\'s', () => {
    const r = extractReferences('Hội nghị Trung ương 6 khóa XII (tháng 10/2017) có bốn nghị quyết: số 18, 19, 20 và 21.', { articleDate: '2024-01-01' });
    expect(r.documents.map((d) => [d.key, d.term])).toEqual([['18-NQ/TW', 'XII'], ['19-NQ/TW', 'XII'], ['20-NQ/TW', 'XII'], ['21-NQ/TW', 'XII']]);
  });

  it.each([
    ['khoa học và công nghệ', 'Thực hiện Nghị quyết Trung ương 2 khóa VIII về định hướng chiến lược phát triển khoa học và công nghệ trong thời kỳ mới.', /khoa học/],
    ['giáo dục - đào tạo', 'Thực hiện Nghị quyết Trung ương 2 khóa VIII về định hướng chiến lược phát triển giáo dục - đào tạo trong thời kỳ mới.', /giáo dục/],
  ])('two resolutions of one plenum whose subjects share most words: the printed subject\'s own words settle it (%s)', (_n, text, title) => {
    const d = doc(text, 'NQ-HNTW2-VIII', '2020-01-01');
    expect(d.catalog?.title).toMatch(title);
    expect(d.candidates).toBeUndefined();
  });

  it('never mixes two candidates: title and date come from the one picked', () => {
    const d = doc('Nghị quyết số 18-NQ/TW khóa XII được tổng kết.', '18-NQ/TW');
    expect(d.date).toBe(d.catalog!.date);
    expect(d.title).toBe(d.catalog!.title);
  });

  // 144-QĐ/TW: the catalog's one is of 9/5/2024 (khóa XIII).
  it.each([
    ['no article date', undefined],
    ['an article of a later term (numbers restarted since)', '2026-06-01'],
  ])('a lone catalog entry with nothing in the text for it is only a guess: %s', (_n, articleDate) => {
    const d = doc('Các chi bộ bám sát Quy định số 144-QĐ/TW trong quý tới.', '144-QĐ/TW', articleDate);
    expect(d.catalog).toBeUndefined();
    expect(d.candidates).toHaveLength(1);
    expect(d.date).toBeUndefined();
  });

  // 79-NQ/TW: the catalog's one is of 6/1/2026 (khóa XIII), two weeks before term XIV began.
  it.each([
    ['two months into term XIV: it had not reached 79, so the one of term XIII', '2026-03-05', 'XIII'],
    ['three years into term XIV: it may have its own 79, so only a guess', '2029-03-05', null],
  ])('a number the article\'s later term cannot have reached yet: %s', (_n, articleDate, term) => {
    const d = doc('Riêng với Nghị quyết số 79-NQ/TW, Chính phủ đã trình dự thảo kế hoạch hành động.', '79-NQ/TW', articleDate);
    if (term) {
      expect(d.catalog?.term).toBe(term);
      expect(d.decidedBy).toContain("term XIV had not reached number 79 by the article's date");
    } else {
      expect(d.catalog).toBeUndefined();
      expect(d.candidates).toHaveLength(1);
    }
    // A low number it had reached stays a guess: term XIV may have a 02-NQ/TW of its own by then.
    const low = doc('Các chi bộ bám sát Nghị quyết số 02-NQ/TW trong quý tới.', '02-NQ/TW', articleDate);
    expect(low.catalog).toBeUndefined();
  });

  // 57-NQ/TW: the catalog's one is of 22/12/2024 (khóa XIII).
  it.each([
    ['January 2026: term XIV cannot have numbered 57 yet, so the year is the plan\'s: the 2024 one is offered', '2026-01-27', 1],
    ['a year not the article\'s still excludes it', '2027-03-01', 0],
  ])('"… Nghị quyết số 57-NQ/TW của Bộ Chính trị năm 2026" in a plan\'s sentence: %s', (_n, articleDate, offered) => {
    const d = doc('Xã ban hành kế hoạch thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị năm 2026 trên địa bàn.', '57-NQ/TW', articleDate);
    expect(d.catalog).toBeUndefined();
    expect(d.candidates ?? []).toHaveLength(offered);
  });

  it('…in English too: "To bring the 12th Party Resolution into reality, the Politburo issued Directive 01-CT/TW …"', () => {
    const d = doc('To bring the 12th Party Resolution into reality, the Politburo issued Directive No. 01-CT/TW on studying and implementing the Party Resolution.', '01-CT/TW');
    expect(d.catalog?.term).toBe('XII');
  });

  it('the Congress named before it in its sentence settles the one whose subject is that Congress\'s', () => {
    // 01-CT/TW: 2016 (Congress XII), 2021 (XIII), 2026 (XIV), each on studying its Congress's resolution.
    const d = doc('Ngay sau khi Đại hội XIV bế mạc, Bộ Chính trị đã ban hành Chỉ thị 01-CT/TW, yêu cầu quán triệt trong quý I.', '01-CT/TW', '2026-03-01');
    expect(d.catalog?.term).toBe('XIV');
    expect(d.decidedBy).toContain('Congress XIV named with it, as in its subject');
  });

  it('a term two after the entry\'s has had years of its own to reach the number: still a guess', () => {
    // 53-NQ/TW of term IX (2005); in 2021 term XII had long passed 53.
    const d = doc('Tỉnh ủy tiếp tục quán triệt Nghị quyết số 53-NQ/TW trong quý tới.', '53-NQ/TW', '2021-04-01');
    expect(d.catalog).toBeUndefined();
  });

  it('the only entry of the article\'s own term, issued before it, is the document: its facts marked as the catalog\'s', () => {
    const d = doc('Các chi bộ bám sát Quy định số 144-QĐ/TW trong quý tới.', '144-QĐ/TW', '2025-03-01');
    expect(d.catalog?.term).toBe('XIII');
    expect(d.sources.date).toBe('catalog');
    expect(d.decidedBy).toEqual(["the only 144-QĐ/TW of term XIII, the article's"]);
    // Not for a short form, whose issuer is not printed: which body's Quy định 144 is still a guess.
    const short = doc('Nghị quyết 57 là quyết sách chiến lược.', '57-NQ', '2025-03-01');
    expect(short.catalog).toBeUndefined();
    expect(short.candidates?.map((c) => c.key)).toEqual(['57-NQ/TW']);
  });

  it('words of any text on party work around it ("đảng viên", "cán bộ") do not make a lone catalog entry the document', () => {
    // 101-QĐ/TW (2012, the example cadres and members set): "cán bộ, đảng viên" around it is any text's.
    const d = doc('Chi bộ rà soát hồ sơ cán bộ, đảng viên và sinh hoạt theo Quy định số 101-QĐ/TW trong quý tới.', '101-QĐ/TW');
    expect(d.catalog).toBeUndefined();
    expect(d.candidates).toHaveLength(1);
  });

  it('a lone entry the text contradicts is not offered at all', () => {
    const d = doc('Nghị quyết số 144-NQ/TW ngày 2/3/1999 của Bộ Chính trị về công tác thanh niên.', '144-NQ/TW');
    expect(d.catalog).toBeUndefined();
    expect(d.date).toBe('1999-03-02');
  });

  it('a long subject a candidate only partly shares makes it a guess, with none of its facts', () => {
    // 45-NQ/TW in the catalog is the 2023 resolution on intellectuals; this one is about a city.
    const d = doc('Thành ủy thực hiện Nghị quyết 45 của Bộ Chính trị về xây dựng và phát triển thành phố Cần Thơ đến năm 2030.', '45-NQ/TW');
    expect(d.catalog).toBeUndefined();
    expect(d.candidates?.length).toBeGreaterThan(0);
    expect([d.term, d.date]).toEqual([undefined, undefined]);
    expect(d.title).toBe('xây dựng và phát triển thành phố Cần Thơ đến năm 2030');
  });

  it('a subject naming another place is not that place\'s resolution, however many words they share', () => {
    const other = doc('Thành ủy thực hiện Nghị quyết 45 của Bộ Chính trị về xây dựng và phát triển thành phố Cần Thơ đến năm 2030.', '45-NQ/TW');
    expect(other.candidates?.some((c) => /Hải Phòng/.test(c.title ?? ''))).toBe(false);
    const same = doc('Thành ủy thực hiện Nghị quyết 45 của Bộ Chính trị về xây dựng và phát triển thành phố Hải Phòng đến năm 2030.', '45-NQ/TW');
    expect([same.catalog?.term, same.catalog?.date]).toEqual(['XII', '2019-01-24']);
  });

  it('Chỉ thị 35 on receiving citizens is the 2014 directive, not either directive on congresses', () => {
    const d = doc('Theo Chỉ thị 35-CT/TW của Bộ Chính trị về tăng cường sự lãnh đạo của Đảng đối với công tác tiếp công dân, giải quyết khiếu nại, tố cáo, bí thư cấp ủy phải trực tiếp tiếp dân.', '35-CT/TW', '2025-06-01');
    expect([d.term, d.date]).toEqual(['XI', '2014-05-26']);
  });

  it('", which was issued by the Government on <date>" is no date of a party document', () => {
    const d = doc('Resolution No. 18-NQ/TW, which was issued by the Government on October 25, 2017.', '18-NQ/TW', '2025-01-01');
    expect(d.sources.date).not.toBe('text');
  });

  it('", issued on <date>" after a citation inside another\'s subject is the outer one\'s date', () => {
    const d = doc('Conclusion No. 121-KL/TW on summarising Resolution 18-NQ/TW of the 12th Party Central Committee, issued on January 24, 2025, was discussed.', '18-NQ/TW', '2025-03-01');
    expect([d.term, d.date]).toEqual(['XII', '2017-10-25']);
  });

  it('", 12th tenure Party Central Committee," is the term', () => {
    expect(doc('Resolution No. 18-NQ/TW, 12th tenure Party Central Committee, on streamlining the apparatus was reviewed.', '18-NQ/TW', '2025-06-01').term).toBe('XII');
  });

  it('"của nhiệm kỳ trước" is of the term before the one cited beside it, whatever the article\'s date', () => {
    const r = extractReferences('Chỉ thị 35-CT/TW về đại hội đảng bộ các cấp tiến tới Đại hội XIV được triển khai; so với Chỉ thị 35 của nhiệm kỳ trước có nhiều điểm mới.', { articleDate: '2026-03-01' });
    expect(r.documents.map((d) => d.term ?? d.candidates?.map((c) => c.term).join('/'))).toEqual(['XIII', 'XII']);
  });

  it('"của nhiệm kỳ trước" beside a citation of no known term is of the term before the article\'s', () => {
    const r = extractReferences('Chỉ thị 35-CT/TW được các cấp triển khai; so với Chỉ thị 35 của nhiệm kỳ trước có nhiều điểm mới.', { articleDate: '2025-06-01' });
    const second = r.documents[1];
    expect(second.term ?? second.candidates?.map((c) => c.term).join('/')).toBe('XII');
  });

  it('a local document "của nhiệm kỳ trước" gets no central term', () => {
    const r = extractReferences('Nghị quyết 05-NQ/TU về du lịch được triển khai. Nghị quyết 05-NQ/TU của nhiệm kỳ trước về nông nghiệp đã hoàn thành.', { articleDate: '2025-06-01' });
    expect(r.documents.map((d) => d.term)).toEqual([undefined, undefined]);
  });

  it('a plenum\'s term is not lent to a bracketed list of local resolutions further on', () => {
    const r = extractReferences('Tỉnh thực hiện Nghị quyết Trung ương 6 khóa XII và các nghị quyết chuyên đề của Tỉnh ủy (các Nghị quyết số 05 và 06-NQ/TU) trong năm nay.', { articleDate: '2025-06-01' });
    expect(r.documents.filter((d) => d.key.endsWith('/TU')).map((d) => d.term)).toEqual([undefined, undefined]);
  });

  it('a printed subject that already holds the whole official one is not run on to where its last word comes again', () => {
    const d = doc('Kết luận 40-KL/TW về nâng cao hiệu quả công tác quản lý biên chế của hệ thống chính trị giai đoạn 2022-2026, đến năm 2026 phải tinh giản ít nhất 5% biên chế.', '40-KL/TW', '2025-01-01');
    expect(d.title).toBe('nâng cao hiệu quả công tác quản lý biên chế của hệ thống chính trị giai đoạn 2022-2026');
  });

  it.each([
    ['"Hướng dẫn số" is no "dân số" (topics are read with their marks)', 'Triển khai Nghị quyết 21-NQ/TW theo Hướng dẫn số 05-HD/BTCTW của Ban Tổ chức Trung ương.', '21-NQ/TW'],
    ['"chính trị thực hiện" is no "trí thức"', 'Cả hệ thống chính trị thực hiện nghiêm Nghị quyết 27-NQ/TW của Trung ương.', '27-NQ/TW'],
    ['English: "training" around it is any text\'s word, not the education resolution\'s', 'Resolution 29-NQ/TW was cited by the province, which also plans vocational training for workers.', '29-NQ/TW'],
    ['a topic in another document\'s subject in the sentence is that one\'s', 'Tỉnh ủy quán triệt Nghị quyết 18-NQ/TW về đổi mới chính sách đất đai và Nghị quyết 19-NQ/TW của Ban Chấp hành Trung ương.', '19-NQ/TW'],
  ])('near miss: %s', (_name, text, key) => {
    const d = doc(text, key, '2025-06-01');
    expect(d.catalog).toBeUndefined();
    expect(d.candidates?.length).toBeGreaterThan(1);
  });

  it('the official subject printed whole, then the sentence going on without a stop, agrees (no article date to lean on)', () => {
    const d = doc('Thường trực Ban Bí thư vừa ký ban hành Quy định 41 của Bộ Chính trị về việc miễn nhiệm, từ chức đối với cán bộ khi bị kỷ luật, có trên 2/3 số phiếu tín nhiệm thấp tại kỳ lấy phiếu.', '41-QĐ/TW');
    expect(d.catalog?.date).toBe('2021-11-03');
    expect(d.title).toBe('việc miễn nhiệm, từ chức đối với cán bộ');
  });

  it('a date printed with its day\'s and month\'s digits transposed is a misprint: the catalog\'s date is shown, the text\'s beside it', () => {
    const d = doc('Ngày 23/6/2004, Bộ Chính trị (khóa IX) đã ban hành Nghị quyết 36 về công tác đối với người Việt Nam ở nước ngoài.', '36-NQ/TW', '2024-06-01');
    expect([d.catalog?.date, d.date, d.sources.date]).toEqual(['2004-03-26', '2004-03-26', 'catalog']);
    expect(d.others?.date).toEqual([{ value: '2004-06-23', from: 'text' }]);
  });

  it('…and a date a few days off (the day it was published)', () => {
    const d = doc('Nghị quyết số 57-NQ/TW ngày 24/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ được quán triệt.', '57-NQ/TW', '2025-06-01');
    expect([d.date, d.sources.date, d.others?.date?.[0]?.value]).toEqual(['2024-12-22', 'catalog', '2024-12-24']);
  });

  it('near miss: a date of that year months off, in other digits, is no misprint of it', () => {
    const d = doc('Ngày 15/9/2004, Bộ Chính trị (khóa IX) đã ban hành Nghị quyết 36 về một vấn đề khác.', '36-NQ/TW', '2024-06-01');
    expect(d.catalog).toBeUndefined();
    expect(d.date).toBe('2004-09-15');
  });

  it('a directive cited beside the resolution it carries on is that one, not the newest of its number (45-CT/TW of 2015, not 2025)', () => {
    const d = doc('The policy on overseas Vietnamese was highlighted in Resolution 36-NQ/TW and Directive 45-CT/TW of the Politburo.', '45-CT/TW');
    expect([d.term, d.date]).toEqual(['XI', '2015-05-19']);
  });

  it.each([
    ['"Đại hội … theo Chỉ thị 45-CT/TW"', 'Đại hội Đảng bộ xã được chuẩn bị theo Chỉ thị 45-CT/TW của Bộ Chính trị và hướng dẫn của Tỉnh ủy.'],
    ['English: "party congresses at all levels … under Directive No. 45-CT/TW"', 'Party congresses at all levels are organised under Directive No. 45-CT/TW of the Politburo.'],
  ])('the congress in its sentence names the congress directive among same-numbered ones: %s', (_name, text) => {
    const d = doc(text, '45-CT/TW');
    expect([d.term, d.date]).toEqual(['XIII', '2025-04-14']);
  });

  it('one word pair agreeing with the catalog\'s subject does not cut the rest of the printed one off as another clause', () => {
    const d = doc('Kết luận số 14-KL/TW của Bộ Chính trị về khuyến khích, bảo vệ cán bộ dám nghĩ, dám làm được quán triệt.', '14-KL/TW', '2025-06-01');
    expect(d.title).toBe('khuyến khích, bảo vệ cán bộ dám nghĩ, dám làm');
  });

  it('a short subject is the press\'s shorthand, not a doubt', () => {
    const d = doc('Nghị quyết số 45-NQ/TW về đội ngũ trí thức được quán triệt.', '45-NQ/TW');
    expect(d.catalog?.term).toBe('XIII');
  });

  it('the plenum printed after a list is every item\'s', () => {
    const text = 'Nghị quyết 20-NQ/TW, Nghị quyết 21-NQ/TW và Nghị quyết 19-NQ/TW cùng được ban hành tại Hội nghị Trung ương 6 khóa XII.';
    for (const key of ['19-NQ/TW', '20-NQ/TW', '21-NQ/TW']) {
      const d = doc(text, key, '2025-06-01');
      expect([key, d.term, d.sources.term]).toEqual([key, 'XII', 'text']);
      expect(d.catalog?.date).toBe('2017-10-25');
    }
  });

  it('two same-numbered documents cited in one text stay two, each with its own facts; a bare mention goes with the last cited', () => {
    const text = 'Nghị quyết số 18-NQ/TW ngày 25/10/2017 về sắp xếp tổ chức bộ máy đã đạt kết quả. Sau đó, Nghị quyết số 18-NQ/TW ngày 16/6/2022 về đất đai được thể chế hóa. Nghị quyết 18 cần triển khai nhanh.';
    const docs = extractReferences(text, { articleDate: '2025-06-01' }).documents.filter((d) => d.key === '18-NQ/TW');
    expect(docs.map((d) => [d.term, d.date, d.title])).toEqual([['XII', '2017-10-25', 'sắp xếp tổ chức bộ máy'], ['XIII', '2022-06-16', 'đất đai']]);
    expect(docs.map((d) => d.mentions.length)).toEqual([1, 2]);
    // With its year, a bare mention goes with the document of that year, wherever it stands.
    const withYear = extractReferences(`${text} Nghị quyết 18 năm 2017 vẫn là kim chỉ nam.`);
    const dated = withYear.documents.filter((d) => d.key === '18-NQ/TW');
    expect(dated.map((d) => d.mentions.length)).toEqual([2, 2]);
    // The bare one is only the likelier: the card offers the other beside it. The dated one is settled.
    const [bare, year] = withYear.mentions.slice(-2);
    expect(bare.maybe?.map((d) => withYear.documents[d].term)).toEqual(['XII']);
    expect(year.maybe).toBeUndefined();
  });

  it.each([
    ['after a central and a provincial directive of one number, a bare one may be either',
      'Thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị và Chỉ thị số 05-CT/TU của Ban Thường vụ Tỉnh ủy, huyện đạt kết quả tốt. Chỉ thị 05 đã tạo chuyển biến.', '05-CT/TU', ['05-CT/TW']],
    ['the other citation may come after it',
      'Chỉ thị 05 được quán triệt sâu rộng. Chỉ thị số 05-CT/TW của Bộ Chính trị và Chỉ thị số 05-CT/TU của Tỉnh ủy cùng được triển khai.', '05-CT/TW', ['05-CT/TU']],
    ['its own issuer settles it',
      'Thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị và Chỉ thị số 05-CT/TU của Tỉnh ủy. Chỉ thị 05 của Bộ Chính trị đã tạo chuyển biến.', '05-CT/TW', undefined],
    ['the subject it prints settles it, and goes to that one only',
      'Tỉnh quán triệt Chỉ thị số 05-CT/TU về xây dựng con người Hà Giang và Chỉ thị số 05-CT/TW về học tập tấm gương Bác. Riêng Chỉ thị 05 về con người Hà Giang cần có bước đột phá.', '05-CT/TU', undefined],
    ['the date it prints settles it',
      'Chỉ thị số 05-CT/TU ngày 10/3/2021 của Tỉnh ủy và Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị được quán triệt. Chỉ thị 05 ngày 15/5/2016 đã tạo chuyển biến.', '05-CT/TW', undefined],
    ['short forms that each named their issuer leave a later bare one open',
      'Việc thực hiện Chỉ thị 05 của Trung ương và Chỉ thị 05 của Tỉnh ủy cần gắn với nhau. Chỉ thị 05 đã thay đổi nhận thức.', '05-CT/TU', ['05-CT/TW']],
    ['one document cited twice leaves nothing open',
      'Chỉ thị số 05-CT/TW của Bộ Chính trị được quán triệt; Chỉ thị số 05-CT/TW tiếp tục đi vào cuộc sống. Chỉ thị 05 đã tạo chuyển biến.', '05-CT/TW', undefined],
  ])('a short form the text leaves open: %s', (_name, text, key, maybe) => {
    const r = extractReferences(text);
    const m = r.mentions.findLast((x) => x.text === 'Chỉ thị 05')!;
    expect(m.key).toBe(key);
    expect(r.documents[m.doc].mentions).toContain(r.mentions.indexOf(m));
    expect(m.maybe?.map((d) => r.documents[d].key)).toEqual(maybe);
    // Its document's subject is its own citation's, not what the short form's sentence ran on into.
    expect(r.documents.map((d) => d.sources.title === 'text' ? d.title : '').join('|')).not.toMatch(/cần có|đã tạo/);
  });

  it('"Chỉ thị 35 của nhiệm kỳ trước" is not the 35-CT/TW the text cited: the other one is offered', () => {
    const r = extractReferences('Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị được ban hành sớm hơn so với Chỉ thị 35 của nhiệm kỳ trước.', { articleDate: '2024-08-01' });
    expect(r.documents.map((d) => d.term ?? d.candidates?.map((c) => c.term).join('/'))).toEqual(['XIII', 'XII']);
  });

  it.each([
    ['"tổng kết" names the one the catalog knows a final review of', 'Trung ương thống nhất chủ trương tổng kết việc thực hiện Nghị quyết số 18-NQ/TW.', 'XII'],
    ['…not "sơ kết", a review on the way', 'Tỉnh sơ kết 3 năm thực hiện Nghị quyết số 18-NQ/TW về đất đai.', 'XIII'],
    ['…and a subject printed is for the subject to settle (here the likelier first)', 'Tỉnh tổng kết Nghị quyết số 18-NQ/TW về đất đai.', 'XIII'],
  ])('review: %s', (_n, text, term) => {
    const d = extractReferences(text, { articleDate: '2025-03-01' }).documents[0];
    expect(d.term ?? d.candidates?.[0]?.term).toBe(term);
  });

  it('a short form printing its own subject goes with the same-numbered document whose subject it shares', () => {
    const r = extractReferences('Tỉnh triển khai Nghị quyết số 18-NQ/TW năm 2017 về sắp xếp tổ chức bộ máy và Nghị quyết số 18-NQ/TW năm 2022 về chính sách đất đai. Riêng Nghị quyết 18 về đất đai đã xong; còn Nghị quyết 18 về bộ máy đang tổng kết.', { articleDate: '2024-12-05' });
    const [land, apparatus] = r.mentions.slice(-2);
    expect([r.documents[land.doc].term, r.documents[apparatus.doc].term]).toEqual(['XIII', 'XII']);
    expect([land.maybe, apparatus.maybe]).toEqual([undefined, undefined]);
  });

  it('two short forms of one number in one sentence, each with its own subject and years elapsed, are two documents', () => {
    const r = extractReferences('Nhìn lại 10 năm thực hiện Nghị quyết 29 về giáo dục và 1 năm thực hiện Nghị quyết 29 về công nghiệp hóa, có thể thấy nhiều khác biệt.', { articleDate: '2024-02-20' });
    expect(r.documents.map((d) => d.title)).toEqual(['giáo dục', 'công nghiệp hóa']);
  });

  it('"Chỉ thị 35 lần này" is the newest 35-CT/TW the text cites, not "35 times" nor the one cited last', () => {
    const r = extractReferences('Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị về đại hội. So với Chỉ thị số 35-CT/TW ngày 30-5-2019 của Bộ Chính trị khóa XII, Chỉ thị 35 lần này có nhiều điểm mới.', { articleDate: '2024-06-20' });
    const m = r.mentions.at(-1)!;
    expect([m.text, r.documents[m.doc].date]).toEqual(['Chỉ thị 35', '2024-06-14']);
  });

  it('"Quyết định 2156" is the personnel decision 2156-QĐNS/TW the text cites (no 2156-QĐ/TW is known)', () => {
    const r = extractReferences('Ban Tổ chức Trung ương trao Quyết định số 2156-QĐNS/TW ngày 5/3/2025 điều động cán bộ. Quyết định 2156 có hiệu lực từ ngày ký.', { articleDate: '2025-06-01' });
    expect(r.documents.map((d) => d.key)).toEqual(['2156-QĐNS/TW']);
    expect(r.mentions.length).toBe(2);
  });

  it('"Chỉ thị 35 của nhiệm kỳ trước" among two cited 35-CT/TW is the earlier term\'s', () => {
    const r = extractReferences('Chỉ thị số 35-CT/TW ngày 30/5/2019 và Chỉ thị số 35-CT/TW ngày 14/6/2024 đều về đại hội. Chỉ thị 35 của nhiệm kỳ trước đã phát huy tác dụng.', { articleDate: '2025-06-01' });
    const m = r.mentions.at(-1)!;
    expect([r.documents[m.doc].date, m.maybe]).toEqual(['2019-05-30', undefined]);
  });

  it('a short form\'s subject sharing one syllable ("y tế", "kinh tế") does not pick a document', () => {
    const r = extractReferences('Nghị quyết số 20-NQ/TW ngày 16/6/2022 về kinh tế tập thể và Nghị quyết số 20-NQ/TW ngày 25/10/2017 về bảo vệ, chăm sóc sức khỏe nhân dân. Ngành y triển khai Nghị quyết 20 về y tế cơ sở.', { articleDate: '2025-06-01' });
    expect(r.mentions.at(-1)!.maybe?.length).toBe(1);
  });

  it('"sẽ tổng kết" a future review counts for no candidate', () => {
    const d = extractReferences('Nhiều việc được thực hiện theo tinh thần Nghị quyết 18. Đến năm 2030 sẽ tổng kết Nghị quyết 18 để sửa các quy định.', { articleDate: '2025-06-01' }).documents[0];
    expect(d.candidates?.length).toBe(2);
  });

  it('"Quyết định số 05" is not the personnel decision 05-QĐNS/TW the text also cites', () => {
    const r = extractReferences('Bộ Chính trị ban hành Quyết định số 05-QĐNS/TW về phân công công tác. Theo Quyết định số 05 do Bộ Chính trị ban hành, Ban Chỉ đạo có nhiệm vụ tổng kết.', { articleDate: '2026-02-20' });
    expect(r.documents.map((d) => d.key)).toEqual(['05-QĐNS/TW', '05-QĐ/TW']);
  });

  it('"Quy định 08 của Trung ương" is 08-QĐi/TW, its "i" dropped as the press does', () => {
    const d = extractReferences('Quy định 08 của Trung ương về nêu gương được quán triệt.', { articleDate: '2020-01-01' }).documents[0];
    expect([d.key, d.term, d.date]).toEqual(['08-QĐ/TW', 'XII', '2018-10-25']);
  });

  it('a footnote\'s marker after the symbol hides nothing printed after it', () => {
    const d = extractReferences('Nghị quyết số 18-NQ/TW(1) của Ban Chấp hành Trung ương Đảng khóa XII là bước ngoặt.', { articleDate: '2025-01-01' }).documents[0];
    expect([d.term, d.date]).toEqual(['XII', '2017-10-25']);
  });

  it('"cùng ngày …" after the last of a list dates it', () => {
    const r = extractReferences('Bộ Chính trị ban hành Quyết định 259-QĐ/TW, Quyết định 243-QĐ/TW và Quyết định 244-QĐ/TW cùng ngày 24/1/2025.', { articleDate: '2025-01-25' });
    expect(r.documents.find((d) => d.key === '244-QĐ/TW')?.term).toBe('XIII');
  });

  it('a bare mention goes with the number\'s document the text cites most, not with an aside cited last', () => {
    const main = 'Nghị quyết số 15-NQ/TW ngày 5/5/2022 của Bộ Chính trị về phát triển Thủ đô được triển khai. ';
    const aside = 'Trước đó, Bộ Chính trị khóa VIII từng có Nghị quyết 15-NQ/TW năm 2000 về Thủ đô. ';
    const text = `Sơ kết Nghị quyết 15-NQ/TW. ${main}Ảnh: hội nghị về Nghị quyết 15-NQ/TW. ${aside}Thành phố ban hành kế hoạch thực hiện Nghị quyết 15.`;
    const r = extractReferences(text, { articleDate: '2025-05-01' });
    const bare = r.mentions.at(-1)!;
    expect(r.documents[bare.doc].term).toBe('XIII');
    expect(bare.maybe?.map((d) => r.documents[d].term)).toEqual(['VIII']);
    // In the aside's own sentence, the aside's.
    const own = extractReferences(`Sơ kết Nghị quyết 15-NQ/TW. ${main}Trước đó, Bộ Chính trị khóa VIII từng có Nghị quyết 15-NQ/TW năm 2000, và Nghị quyết 15 ấy đã định hướng Thủ đô.`, { articleDate: '2025-05-01' });
    expect(own.documents[own.mentions.at(-1)!.doc].term).toBe('VIII');
  });

  it('one number printed with two subjects the catalog gives to two documents: two documents, and a later bare mention may be either', () => {
    const r = extractReferences('Nghị quyết 18 về đất đai và Nghị quyết 18 về sắp xếp bộ máy của Trung ương là hai văn bản khác nhau. Nghị quyết 18 được nhắc nhiều.');
    const docs = r.documents.filter((d) => d.key.startsWith('18-NQ'));
    expect(docs.map((d) => d.title)).toEqual(['đất đai', 'sắp xếp bộ máy']);
    expect(r.mentions.at(-1)!.maybe?.map((d) => r.documents[d].title)).toEqual(['sắp xếp bộ máy']);
    // One document printed with two subjects that fit one entry stays one.
    const one = extractReferences('Nghị quyết 57 về khoa học, công nghệ của Bộ Chính trị. Nghị quyết 57 về chuyển đổi số được quán triệt.');
    expect(one.documents.filter((d) => d.key === '57-NQ/TW')).toHaveLength(1);
  });

  it('one number printed with a subject the catalog gives to one entry, and later with the term of another and a subject of its own: two documents, never one with facts of both', () => {
    const r = extractReferences('Theo Nghị quyết 12 của Bộ Chính trị về xây dựng lực lượng Công an nhân dân, công an các xã đã được bố trí đủ người. Việc tổng kết Nghị quyết 12-NQ/TW khóa XII về doanh nghiệp nhà nước đang được chuẩn bị.');
    const docs = r.documents.filter((d) => d.key === '12-NQ/TW');
    expect(docs.map((d) => [d.title, d.term])).toEqual([['xây dựng lực lượng Công an nhân dân', 'XIII'], ['doanh nghiệp nhà nước', 'XII']]);
  });

  describe('after the XIV Congress, numbers restart (articles of 2026)', () => {
    it('the term printed with the issuer before it settles the term, and rules out the khóa XIII entry', () => {
      const d = doc('Bộ Chính trị khóa XIV ban hành Kết luận số 12-KL/TW về tiếp tục tăng cường phòng, chống tham nhũng.', '12-KL/TW', '2026-10-20');
      expect([d.term, d.sources.term, d.catalog, d.date]).toEqual(['XIV', 'text', undefined, undefined]);
    });

    it('"vừa ban hành" in an article of December 2026 is not the 2021 regulation; in one of 2021 it is', () => {
      const text = 'Bộ Chính trị vừa ban hành Quy định số 41-QĐ/TW về việc miễn nhiệm, từ chức đối với cán bộ.';
      expect(doc(text, '41-QĐ/TW', '2026-12-05').catalog).toBeUndefined();
      expect(doc(text, '41-QĐ/TW', '2021-11-10').catalog?.date).toBe('2021-11-03');
    });

    it('the same symbol with three years is three documents, each mention with its own', () => {
      const r = extractReferences('Chỉ thị 01-CT/TW năm 2016, Chỉ thị 01-CT/TW năm 2021 và Chỉ thị 01-CT/TW năm 2026 đều về công tác đảng. Sau đó, Chỉ thị 01/2021 được nhắc lại.', { articleDate: '2026-06-01' });
      const docs = r.documents.filter((d) => d.key === '01-CT/TW');
      expect(docs.map((d) => d.year)).toEqual(['2016', '2021', '2026']);
      expect(docs.map((d) => d.mentions.length)).toEqual([1, 2, 1]);
    });

    it.each([
      ['"Quy định mới số …"', 'Bộ Chính trị ban hành Quy định mới số 41-QĐ/TW về việc miễn nhiệm, từ chức đối với cán bộ.', '41-QĐ/TW', '2026-07-15'],
      ['"… mới của Bộ Chính trị"', 'Kết luận số 14-KL/TW mới của Bộ Chính trị về khuyến khích cán bộ năng động.', '14-KL/TW', '2026-11-30'],
      ['"… mới được … ban hành tháng 9/2026"', 'Quy định số 22-QĐ/TW về công tác kiểm tra, giám sát và kỷ luật của Đảng mới được Ban Chấp hành Trung ương ban hành tháng 9/2026.', '22-QĐ/TW', '2026-11-20'],
    ])('%s is not the khóa XIII entry of that number', (_n, text, key, date) => {
      expect(doc(text, key, date).catalog).toBeUndefined();
    });

    it('"vừa ban hành" of another document in the sentence rules out nothing of this one', () => {
      const d = doc('Bộ Chính trị vừa ban hành Kết luận số 20-KL/TW về tiếp tục thực hiện Nghị quyết 68-NQ/TW về phát triển kinh tế tư nhân.', '68-NQ/TW', '2026-11-10');
      expect(d.catalog?.date).toBe('2025-05-04');
    });

    it('the same symbol with a year and with a date or term of another term is two documents', () => {
      const a = extractReferences('Thay thế Quy định số 37-QĐ/TW năm 2021, Quy định số 37-QĐ/TW ngày 25/11/2026 của Bộ Chính trị có hiệu lực.', { articleDate: '2026-12-01' });
      expect(a.documents.filter((d) => d.key === '37-QĐ/TW').map((d) => d.term)).toEqual(['XIII', 'XIV']);
      const b = extractReferences('So với Chỉ thị 01-CT/TW năm 2021, Chỉ thị 01-CT/TW mới ban hành của Bộ Chính trị khóa XIV có nhiều điểm mới.', { articleDate: '2026-03-15' });
      // The catalog knows khóa XIII's Chỉ thị 01 of 9/3/2021: the year settles it.
      expect(b.documents.filter((d) => d.key === '01-CT/TW').map((d) => d.term ?? null)).toEqual(['XIII', 'XIV']);
    });

    it('the Congress named right after the mention settles which term\'s Chỉ thị 01 on studying its resolution', () => {
      expect(doc('Chỉ thị 01-CT/TW: Học tập, quán triệt Nghị quyết Đại hội XIV của Đảng', '01-CT/TW', '2026-02-05').catalog?.term).toBe('XIV');
      expect(doc('Thực hiện Chỉ thị 01-CT/TW, tỉnh tổ chức học tập Nghị quyết Đại hội XIII.', '01-CT/TW', '2026-02-05').catalog?.term).toBe('XIII');
      // Named in another sentence, it says nothing of this mention.
      expect(doc('Tỉnh đã học Chỉ thị 01-CT/TW. Năm nay học tập Nghị quyết Đại hội XIV.', '01-CT/TW', '2026-02-05').catalog).toBeUndefined();
    });

    it('a provincial plan takes no central term printed for another document', () => {
      const d = doc('Thực hiện Kết luận 01-KL/TW ngày 18/5/2021 của Bộ Chính trị khóa XIII, Tỉnh ủy ban hành Kế hoạch số 12-KH/TU.', '12-KH/TU', '2026-05-30');
      expect(d.term).toBeUndefined();
    });

    it('an issuer alone no longer settles the one entry of an earlier term', () => {
      const text = 'Các chi bộ quán triệt Nghị quyết số 06-NQ/TW của Bộ Chính trị.';
      const late = doc(text, '06-NQ/TW', '2026-12-01');
      expect(late.catalog).toBeUndefined();
      expect(late.candidates?.length).toBeGreaterThan(0);
      expect(doc(text, '06-NQ/TW', '2022-06-01').catalog?.term).toBe('XIII');
    });
  });

  it('the press\'s shorthand subject settles it by the topic it names ("về đất đai": the 2022 land resolution)', () => {
    const d = doc('Nghị quyết số 18-NQ/TW về đất đai được quán triệt.', '18-NQ/TW');
    expect(d.catalog?.term).toBe('XIII');
    expect(d.decidedBy?.join('; ')).toMatch(/by its topic/);
  });

  it('near miss: with no subject, term or date printed, both are offered', () => {
    const d = doc('Nghị quyết số 18-NQ/TW được quán triệt.', '18-NQ/TW');
    expect(d.catalog).toBeUndefined();
    expect(d.candidates?.length).toBe(2);
  });

  it.each([
    ['Chỉ thị 35 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội XIV của Đảng.', 'XIII'],
    ['Chỉ thị 35 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng.', 'XII'],
    ['Directive 35 of the Politburo on Party congresses at all levels towards the 14th National Party Congress.', 'XIII'],
  ])('the congress a subject names settles which directive on congresses it is: %s', (text, term) => {
    const d = doc(text, '35-CT/TW', '2025-06-01');
    expect(d.catalog?.term).toBe(term);
  });

  it('a plenum named without its term offers its resolutions of the terms as a guess, the one the subject fits first', () => {
    const d = doc('Các cấp ủy tiếp tục thực hiện các Nghị quyết Trung ương 4 về tăng cường xây dựng, chỉnh đốn Đảng.', 'NQ-HNTW4');
    expect(d.catalog).toBeUndefined();
    expect([d.term, d.date, d.title]).toEqual([undefined, undefined, 'tăng cường xây dựng, chỉnh đốn Đảng']);
    expect(d.candidates?.[0].key).toBe('NQ-HNTW4-XII');
    const open = doc('Học tập Nghị quyết Trung ương 8.', 'NQ-HNTW8');
    expect(open.candidates!.length).toBeGreaterThan(1);
    expect(open.candidates!.length).toBeLessThanOrEqual(4);
  });

  it('two same-numbered documents told apart by their terms alone', () => {
    const docs = extractReferences('Nghị quyết 19-NQ/TW khóa XII về đơn vị sự nghiệp và Nghị quyết 19-NQ/TW khóa XIII về tam nông đều rất quan trọng.').documents;
    expect(docs.map((d) => [d.key, d.term, d.title])).toEqual([['19-NQ/TW', 'XII', 'đơn vị sự nghiệp'], ['19-NQ/TW', 'XIII', 'tam nông']]);
  });

  it('a plenum name is tied to the resolution the plenum adopted, and says which', () => {
    const d = doc('Thực hiện Nghị quyết Trung ương 4 khóa XII về tăng cường xây dựng, chỉnh đốn Đảng.', 'NQ-HNTW4-XII');
    expect(d.catalog?.numbered).toBe('04-NQ/TW');
    expect(d.date).toBe('2016-10-30');
  });

  it.each([
    ['"gồm" the plenum\'s several subjects', 'Nghị quyết Trung ương 5 khóa XIII gồm các nghị quyết về đất đai và về kinh tế tập thể.'],
    ['"có 4 nghị quyết" after it', 'Nghị quyết Trung ương 5 khóa XIII (NQ TW5) có 4 nghị quyết quan trọng về đất đai, kinh tế tập thể.'],
    ['"gồm nhiều nghị quyết", then two of them by number (their subjects are theirs)', 'Nghị quyết Trung ương 5 khóa XIII gồm nhiều nghị quyết, trong đó có Nghị quyết số 18-NQ/TW về đất đai và Nghị quyết số 19-NQ/TW về nông nghiệp, nông dân, nông thôn.'],
  ])('a plenum name whose words list its several resolutions is not one of them: %s', (_n, text) => {
    const d = doc(text, 'NQ-HNTW5-XIII', '2022-07-01');
    expect(d.catalog).toBeUndefined();
    expect(d.candidates?.length).toBe(4);
    expect(d.title).toBeUndefined();
  });

  it('a plenum\'s resolution "vừa được ban hành" is none of the older terms\' (the catalog knows only their plenums\' days)', () => {
    const fresh = doc('Nghị quyết Trung ương 2 vừa được ban hành đã xác định lộ trình mới.', 'NQ-HNTW2', '2031-05-01');
    expect(fresh.candidates).toBeUndefined();
    expect(fresh.catalog).toBeUndefined();
    // Without "vừa", the older terms' are still offered as a guess.
    expect(doc('Nghị quyết Trung ương 2 đã xác định lộ trình mới.', 'NQ-HNTW2', '2031-05-01').candidates?.length).toBeGreaterThan(1);
  });

  it('"sau 10 năm thực hiện" a plenum\'s resolution does not pick the one of its two the catalog happens to date', () => {
    const d = doc('Sau 10 năm thực hiện Nghị quyết Trung ương 4 khóa XI, công tác xây dựng Đảng có nhiều chuyển biến.', 'NQ-HNTW4-XI', '2022-01-20');
    expect(d.catalog).toBeUndefined();
    expect(d.candidates?.length).toBe(2);
  });

  it('"vừa … vừa …" (both this and that) says nothing of when it was issued', () => {
    expect(doc('Nghị quyết Trung ương 4 khóa XIII vừa mang tính cấp bách, vừa mang tính lâu dài.', 'NQ-HNTW4-XIII', '2025-06-01').catalog?.term).toBe('XIII');
  });

  it('a plenum named earlier in the sentence gives no term to a later document the Central Committee "có"', () => {
    const d = doc('Tiếp nối Nghị quyết Trung ương 4 khóa XII, Trung ương có Kết luận 21-KL/TW về đẩy mạnh xây dựng, chỉnh đốn Đảng.', '21-KL/TW', '2022-06-01');
    expect(d.catalog?.term).toBe('XIII');
  });

  it('near miss: a plenum name followed by one subject is that resolution', () => {
    const d = doc('Thực hiện Nghị quyết Trung ương 5 khóa XIII về kinh tế tập thể, tỉnh phát triển hợp tác xã.', 'NQ-HNTW5-XIII', '2022-07-01');
    expect(d.catalog?.numbered).toBe('20-NQ/TW');
  });

  it('"cần phân biệt với" another of the number: two documents, each told apart', () => {
    const r = extractReferences('Nghị quyết 18 và Kết luận 121 của Bộ Chính trị về tinh gọn bộ máy; cần phân biệt với Nghị quyết 18 về đất đai năm 2022.', { articleDate: '2025-06-01' });
    const eighteen = r.documents.filter((d) => d.key === '18-NQ/TW');
    expect(eighteen.map((d) => d.catalog?.term)).toEqual(['XII', 'XIII']);
  });

  // One sentence citing a number twice, each time with its own subject: two documents, even where one
  // of them prints a year or a date (a year printed with one is never the other's).
  it.each([
    ['"và", the second dated', 'Nghị quyết 20-NQ/TW về y tế và Nghị quyết 20-NQ/TW ngày 16/6/2022 về kinh tế tập thể đều được nhắc lại tại hội nghị.', 'XIII'],
    ['"khác với", the second with its year', 'Cần nói rõ Nghị quyết 19-NQ/TW về tam nông khác với Nghị quyết 19-NQ/TW năm 2012 về đất đai.', 'XI'],
  ])('one number, two subjects in one sentence (%s)', (_name, text, term) => {
    const d = extractReferences(text, { articleDate: '2025-03-01' }).documents.filter((x) => x.key === text.match(/\d+-NQ\/TW/)![0]);
    expect(d).toHaveLength(2);
    expect(d[1].term).toBe(term);
    // The first is not given the second's facts; its own subject does not settle which it is here.
    expect(d[0].term).toBeUndefined();
    expect(d[0].date).toBeUndefined();
  });

  // The plenum named in the sentence is the one that adopted the candidate (catalog: plenum, term).
  it.each([
    ['"Hội nghị Trung ương 6 khóa XIII (…) đã ban hành Nghị quyết 27-NQ/TW"', 'Tại tỉnh, cán bộ học lại những gì Hội nghị Trung ương 6 khóa XIII (tháng 10/2022) đã ban hành, trong đó có Nghị quyết 27-NQ/TW.', '27-NQ/TW', 'XIII'],
    ['"Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XIII đã thông qua …, trong đó có Nghị quyết 18-NQ/TW"', 'Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XIII đã thông qua nhiều văn kiện, trong đó có Nghị quyết 18-NQ/TW.', '18-NQ/TW', 'XIII'],
    ['"… là văn kiện của Hội nghị Trung ương 7 khóa XII" after it', 'Nghị quyết 27-NQ/TW là văn kiện quan trọng của Hội nghị Trung ương 7 khóa XII.', '27-NQ/TW', 'XII'],
    ['"Hội nghị Trung ương 7 khóa XII … Nghị quyết 27-NQ/TW"', 'Hội nghị Trung ương 7 khóa XII ra Nghị quyết 27-NQ/TW, nay ngành nội vụ rà soát lại.', '27-NQ/TW', 'XII'],
  ])('%s', (_name, text, key, term) => {
    expect(doc(text, key, '2025-03-01').catalog?.term).toBe(term);
  });

  it('a plenum named beside it does not settle a document the sentence turns to ("…, thay thế Nghị quyết 19-NQ/TW")', () => {
    const d = doc('Hội nghị Trung ương 5 khóa XIII đã ban hành Nghị quyết 18-NQ/TW về đất đai, thay thế Nghị quyết 19-NQ/TW.', '19-NQ/TW', '2023-03-01');
    // Not the plenum's own 19-NQ/TW (on agriculture); the land the sentence speaks of names the one of 2012.
    expect(d.catalog?.term).not.toBe('XIII');
    expect(d.catalog?.term ?? 'XI').toBe('XI');
  });

  it('one number twice with two subjects, where the catalog knows the number as one document: one document', () => {
    const d = extractReferences('Nghị quyết 57-NQ/TW về khoa học, công nghệ và Nghị quyết 57-NQ/TW về chuyển đổi số đều được quán triệt.', { articleDate: '2025-03-01' }).documents;
    expect(d.filter((x) => x.key === '57-NQ/TW')).toHaveLength(1);
  });

  it('a subject printed after a list of documents may be the whole list\'s: it does not rule out the last one\'s entry', () => {
    const r = extractReferences('Nghị quyết 71-NQ/TW và Nghị quyết 72-NQ/TW về giáo dục và y tế được triển khai đồng bộ.', { articleDate: '2025-11-20' });
    const d = r.documents.find((x) => x.key === '72-NQ/TW')!;
    expect(d.decidedBy?.join(' ') ?? '').not.toMatch(/subject printed in the text differs/);
    expect(d.catalog?.term ?? d.candidates?.[0]?.term).toBe('XIII');
  });

  it('"Quy định" is not the "Quyết định" of the same QĐ/TW number', () => {
    const d = doc('Quy định số 05-QĐ/TW của Bộ Chính trị về kê khai tài sản của đảng viên được phổ biến.', '05-QĐ/TW', '2026-02-20');
    expect(d.catalog).toBeUndefined();
  });

  it('a term closing the subject is the document\'s ("… về thi hành Điều lệ Đảng khóa XIII")', () => {
    const d = doc('Chi bộ học Hướng dẫn 01-HD/TW về thi hành Điều lệ Đảng khóa XIII.', '01-HD/TW', '2023-03-10');
    expect([d.term, d.title]).toEqual(['XIII', 'thi hành Điều lệ Đảng']);
    expect(d.catalog?.term).not.toBe('XII');
  });

  it('one number, two wordings of one subject in one sentence: one document', () => {
    const d = extractReferences('Nghị quyết 18-NQ/TW về sắp xếp bộ máy và Nghị quyết 18-NQ/TW về tinh gọn bộ máy là cách gọi khác nhau.', { articleDate: '2025-03-01' }).documents;
    expect(d.filter((x) => x.key === '18-NQ/TW')).toHaveLength(1);
  });

  it('a year ending a short printed subject is the document\'s year', () => {
    expect(doc('Tỉnh triển khai Nghị quyết số 18-NQ/TW về đất đai năm 2022.', '18-NQ/TW', '2025-06-01').catalog?.date).toBe('2022-06-16');
  });

  it('a subject about another document ("Tổng kết Nghị quyết số 18-NQ/TW …") is not ruled out by the press\'s shorthand for its topic', () => {
    const d = doc('Kết luận số 121-KL/TW của Ban Chấp hành Trung ương về tinh gọn bộ máy được triển khai.', '121-KL/TW', '2025-06-01');
    expect(d.catalog?.key ?? d.candidates?.[0]?.key).toBe('121-KL/TW');
  });

  it('a plenum\'s resolutions are news from the day it opens, before they are signed', () => {
    // HNTW5-XIII sat in May 2022; its resolutions are dated 16/6/2022.
    const d = doc('Các cấp ủy quán triệt Nghị quyết Trung ương 5 khóa XIII.', 'NQ-HNTW5-XIII', '2022-05-20');
    expect(d.candidates!.length).toBeGreaterThan(2);
  });

  it('a short form the catalog relates to one candidate tells which, even with no issuer printed', () => {
    const d = doc('Theo Kết luận 121, Trung ương thống nhất tổng kết Nghị quyết 18 và tiếp tục sắp xếp bộ máy.', '18-NQ', '2025-02-10');
    expect(d.candidates?.[0]?.term).toBe('XII');
    expect(d.decidedBy?.join(' ')).toMatch(/121-KL\/TW/);
  });

  it('a year of issue said of a neighbour is not this document\'s', () => {
    const d = doc('Kết luận 12 của Bộ Chính trị được ban hành năm 2011 về tiếp tục thực hiện Nghị quyết số 10-NQ/TW về phát triển vùng Tây Nguyên.', '10-NQ/TW', '2025-04-10');
    expect(d.catalog?.date).toBe('2002-01-18');
  });

  it('a plenum named as the set of its resolutions ("…, gồm các nghị quyết về …") is not pinned to one of them', () => {
    const d = doc('Hội nghị đã quán triệt Nghị quyết Trung ương 5 khóa XIII, gồm các nghị quyết về đất đai, nông nghiệp và kinh tế tập thể.', 'NQ-HNTW5-XIII', '2025-04-01');
    expect(d.catalog).toBeUndefined();
    expect(d.candidates!.length).toBeGreaterThan(2);
    expect(d.title).toBeUndefined();
  });

  it('a plenum that adopted several resolutions: the subject picks one, else the choice', () => {
    const picked = doc('Nghị quyết Trung ương 6 khóa XII về công tác dân số trong tình hình mới.', 'NQ-HNTW6-XII');
    expect(picked.catalog?.numbered).toBe('21-NQ/TW');
    const open = doc('Các cấp ủy học tập Nghị quyết Trung ương 6 khóa XII.', 'NQ-HNTW6-XII');
    expect(open.catalog).toBeUndefined();
    expect(open.candidates!.map((c) => c.numbered).sort()).toEqual(['18-NQ/TW', '19-NQ/TW', '20-NQ/TW', '21-NQ/TW']);
  });
});

describe('misprinted', () => {
  it.each([
    ['2004-06-23', '2004-03-26', true, 'a digit of the day swapped with one of the month'],
    ['2004-03-05', '2004-05-03', true, 'day and month swapped'],
    ['2004-01-23', '2004-12-03', false, 'any other order of the same digits'],
    ['2005-06-23', '2004-03-26', false, 'another year'],
    ['2002-11-27', '2001-11-27', true, 'the same day and month a year off'],
    ['2003-11-27', '2001-11-27', false, 'two years off'],
    ['2004-03-26', '2004-03-26', false, 'the same date'],
  ])('%s against %s: %s (%s)', (a, b, out) => {
    expect(misprinted(a, b)).toBe(out);
  });
});

// Blind round AP: a directive on the party congresses, told apart by the term of office the words name.
describe('the congresses of a term of office', () => {
  it.each([
    ['"nhiệm kỳ 2020 – 2025" around it: the congresses toward Congress XIII', 'Bí thư triển khai Chỉ thị số 35 của Bộ Chính trị. Theo đó, xã được chọn chỉ đạo đại hội điểm nhiệm kỳ 2020 – 2025.', 'XII'],
    ['"nhiệm kỳ 2025 – 2030": toward Congress XIV', 'Triển khai Chỉ thị số 35 của Bộ Chính trị, đại hội chi bộ nhiệm kỳ 2025 – 2030 được tổ chức đúng hạn.', 'XIII'],
    ['near miss: two terms of office named, neither decides', 'Triển khai Chỉ thị số 35 của Bộ Chính trị, đại hội chi bộ nhiệm kỳ 2025 – 2030 kế thừa kết quả nhiệm kỳ 2020 – 2025.', null],
  ] as Array<[string, string, string | null]>)('%s', (_name, text, term) => {
    const d = doc(text, '35-CT/TW');
    if (term) expect(d.catalog?.term).toBe(term);
    else expect(d.catalog).toBeUndefined();
  });

  it.each([
    ['2020 – 2025', 'dai hoi nhiem ky 2020 - 2025', 'XIII'], ['2015–2020', 'dai hoi cap co so nhiem ky 2015-2020', 'XII'], ['English', 'congresses for the 2025-2030 term', 'XIV'],
    ['none', 'giai doan 2021 - 2025', ''], ['two', 'dai hoi nhiem ky 2020 - 2025 va nhiem ky 2025 - 2030', ''],
    ['a term named without its congresses', 'tong ket nhiem ky 2020 - 2025', ''],
  ])('%s', (_n, folded, congress) => {
    expect(congressOfOffice(folded)).toBe(congress);
  });

  it('a term of office already begun by the article\'s date is closed, not prepared for: no evidence', () => {
    expect(congressOfOffice('dai hoi nhiem ky 2020 - 2025', '2025-05-10')).toBe('');
    expect(congressOfOffice('dai hoi nhiem ky 2020 - 2025', '2019-08-01')).toBe('XIII');
    const d = doc('Thực hiện Chỉ thị 35 của Bộ Chính trị, Đảng bộ xã đã tổng kết đại hội nhiệm kỳ 2020 – 2025 và chuẩn bị văn kiện.', '35-CT/TW', '2025-05-10');
    expect(d.catalog?.term).not.toBe('XII');
  });
});

describe('an English subject\'s target years', () => {
  it('weigh less than the topic it names ("… tourism … by 2020" against a sports resolution "… đến năm 2020")', () => {
    const d = doc('The Politburo issued Resolution No 8 on developing tourism into a spearhead economic sector by 2020.', '08-NQ/TW');
    expect(d.catalog?.term).toBe('XII');
  });
});

describe('a plenum named by a number in words only before its term', () => {
  it('"tại Hội nghị Trung ương sau khi …": "sau" (after) is no plenum 6; the Politburo named stays its issuer', () => {
    const d = doc('Nghị quyết số 57-NQ/TW được thông qua tại Hội nghị Trung ương sau khi Bộ Chính trị xin ý kiến.', '57-NQ/TW', '2025-06-01');
    expect(d.body).toBe('Bộ Chính trị');
    expect(d.catalog?.term).toBe('XIII');
  });
});
