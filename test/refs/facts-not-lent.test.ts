import { describe, expect, it } from 'vitest';
import { extractReferences } from '../../utils/refs';

// Our own sentences: facts printed for one document must not reach another — a citation inside
// another's subject, a later mention that is another document of the number, an English subject.
type Row = [name: string, text: string, articleDate: string, key: string, nth: number, expected: Record<string, unknown>];

const pick = (text: string, articleDate: string, key: string, nth: number) => {
  const docs = extractReferences(text, { articleDate }).documents.filter((d) => d.key === key);
  const d = docs[nth];
  if (!d) throw new Error(`${key} #${nth} not found in: ${text}`);
  return { term: d.term, date: d.date, body: d.body, title: d.title, candidates: d.candidates?.length ?? 0, count: docs.length };
};

const ROWS: Row[] = [
  ['"được ban hành ngày" closing the sentence dates the conclusion, not the directive inside its subject',
    'Kết luận số 132-KL/TW về tiếp tục thực hiện Chỉ thị số 36-CT/TW của Bộ Chính trị khóa XII về ma túy được ban hành ngày 18/3/2025 trong bối cảnh mới.', '2025-04-01',
    '36-CT/TW', 0, { term: 'XII', date: '2019-08-16' }],
  ['…in English, "was issued on" closing the sentence',
    'The Politburo\'s Conclusion No. 91-KL/TW on further carrying out Resolution No. 29-NQ/TW of the 11th Party Central Committee on education was issued on August 12, 2024, officials said.', '2025-01-05',
    '29-NQ/TW', 0, { term: 'XI', date: '2013-11-04' }],
  ['…and the conclusion itself is still dated by it',
    'Conclusion No. 219-KL/TW of the Politburo on further carrying out Resolution No. 19-NQ/TW of the 13th Party Central Committee on agriculture was issued on November 26, 2025.', '2025-12-20',
    '219-KL/TW', 0, { date: '2025-11-26' }],
  ['a term after a citation closing a subject is that citation\'s, not the document\'s',
    'Kết luận số 121-KL/TW ngày 24/1/2025 của Ban Chấp hành Trung ương về tổng kết Nghị quyết số 18-NQ/TW khóa XII được các tỉnh quán triệt.', '2025-03-01',
    '121-KL/TW', 0, { term: 'XIII' }],
  ['"No." in an English subject ends nothing: the subject reads on, and its capitals are no place a Vietnamese subject lacks',
    'Conclusion No. 121-KL/TW of the 13th Party Central Committee on the review of Resolution No. 18-NQ/TW of the 12th Party Central Committee guided ministries this spring.', '2025-05-01',
    '121-KL/TW', 0, { title: 'the review of Resolution No. 18-NQ/TW of the 12th Party Central Committee', date: '2025-01-24' }],
  ['a date printed months away from the catalog\'s is another document\'s: the catalog\'s subject is not shown beside it',
    'Kết luận số 12-KL/TW ngày 6/4/2022 của Bộ Chính trị được các chi bộ học tập.', '2022-06-01',
    '12-KL/TW', 0, { date: '2022-04-06', title: undefined }],
  ['a later mention printing only a year whose catalog entry is not the one the first mention\'s subject names: two documents',
    'Chi bộ quán triệt Chỉ thị 35 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội XIV. Nhiệm kỳ trước, các chi bộ làm theo Chỉ thị 35 năm 2019.', '2024-11-20',
    '35-CT/TW', 0, { term: 'XIII', date: '2024-06-14', count: 2 }],
  ['…the second is the year\'s',
    'Chi bộ quán triệt Chỉ thị 35 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội XIV. Nhiệm kỳ trước, các chi bộ làm theo Chỉ thị 35 năm 2019.', '2024-11-20',
    '35-CT/TW', 1, { term: 'XII', date: '2019-05-30' }],
  ['English subjects of one number told apart by their topics: two documents',
    'The Politburo\'s Resolution 23 on the Central Highlands guides the region to 2030. Resolution 23 of 2018 on national industrial policy is another text.', '2024-08-01',
    '23-NQ/TW', 0, { term: 'XIII', date: '2022-10-06', count: 2 }],
  ['a body learned from another mention of the number is not printed for this one',
    'Nghị quyết 45 về đội ngũ trí thức được Hội nghị Trung ương 8 khóa XIII thông qua. Nghị quyết 45 của Bộ Chính trị về Hải Phòng thì ra đời năm 2019.', '2025-06-12',
    '45-NQ/TW', 0, { body: 'Ban Chấp hành Trung ương', date: '2023-11-24' }],
  ['a target year in the printed subject rules out a candidate whose subject names other years',
    'The Politburo\'s Resolution 15-NQ/TW on the capital\'s development to 2030 is being carried out.', '2025-07-10',
    '15-NQ/TW', 0, { term: 'XIII', date: '2022-05-05' }],
  ['"The Politburo of the 14th tenure has issued" prints the term',
    'The Politburo of the 14th tenure has issued Conclusion No. 01-KL/TW on several urgent tasks.', '2026-03-01',
    '01-KL/TW', 0, { term: 'XIV' }],
  ['English "was issued on" after the subject dates the document that opens the sentence',
    'Directive No. 40-CT/TW of the Secretariat on the Lunar New Year festival of 2025 was issued on December 11, 2024.', '2025-01-02',
    '40-CT/TW', 0, { term: 'XIII', date: '2024-12-11', candidates: 0 }],
  ['a long subject sharing nothing with a candidate that names another document: not that candidate',
    'Kết luận 12 của Bộ Chính trị về tăng cường sự lãnh đạo của Đảng đối với công tác kiểm tra tài sản, thu nhập của cán bộ được quán triệt.', '2026-01-10',
    '12-KL/TW', 0, { candidates: 0, term: undefined }],
  ['near miss: "được ký ban hành ngày" after a subject ending with a citation is the document\'s own',
    'Ban Thường vụ Tỉnh ủy ban hành Chương trình hành động số 20-CTr/TU thực hiện Nghị quyết 57-NQ/TW, được ký ban hành ngày 10/3/2025.', '2025-06-01',
    '20-CTr/TU', 0, { date: '2025-03-10' }],
  ['English: a subject ending with another citation, and that one\'s "dated …" after it',
    'The province issued Plan 44-KH/TU on an action programme to implement the Politburo\'s Resolution No. 36-NQ/TW, dated October 22, 2018.', '2025-03-01',
    '44-KH/TU', 0, { date: undefined }],
  ['English: the date of the resolution a local one builds on is not the local one\'s',
    'The city issued Resolution 31-NQ/TU on smart ports, building on the Politburo\'s Resolution 36-NQ/TW dated October 22, 2018.', '2025-03-01',
    '31-NQ/TU', 0, { date: undefined, title: 'smart ports' }],
];

describe('facts printed for one document are not lent to another', () => {
  it.each(ROWS)('%s', (_name, text, articleDate, key, nth, expected) => {
    const got = pick(text, articleDate, key, nth);
    expect(Object.fromEntries(Object.keys(expected).map((k) => [k, got[k as keyof typeof got]]))).toEqual(expected);
  });
});

describe('a day and month printed before the issuer, without a year', () => {
  const dateOf = (text: string, articleDate: string | undefined) => extractReferences(text, { articleDate }).documents.find((d) => d.key === '07-NQ/TU')?.date;
  it.each([
    ['the article\'s year', 'Ngày 12/8, Ban Thường vụ Tỉnh ủy Lào Cai ban hành Nghị quyết số 07-NQ/TU về du lịch.', '2025-08-14', '2025-08-12'],
    ['a day after the article\'s is of the year before', 'Ngày 28/12, Ban Thường vụ Tỉnh ủy Lào Cai ban hành Nghị quyết số 07-NQ/TU về du lịch.', '2026-01-05', '2025-12-28'],
    ['no article date: no year to give it', 'Ngày 12/8, Ban Thường vụ Tỉnh ủy Lào Cai ban hành Nghị quyết số 07-NQ/TU về du lịch.', undefined, undefined],
    ['a year elsewhere in the sentence: that year may be meant, no date', 'Năm 2020, Ban Thường vụ Tỉnh ủy Lào Cai chuẩn bị; ngày 12/8, Ban Thường vụ Tỉnh ủy Lào Cai ban hành Nghị quyết số 07-NQ/TU về du lịch.', '2025-08-14', undefined],
    ['a day the month does not have is no date', 'Ngày 31/2, Ban Thường vụ Tỉnh ủy Lào Cai ban hành Nghị quyết số 07-NQ/TU về du lịch.', '2025-03-05', undefined],
    ['a day long before the article is no day of these weeks', 'Ngày 12/3, Ban Thường vụ Tỉnh ủy Lào Cai ban hành Nghị quyết số 07-NQ/TU về du lịch.', '2025-08-14', undefined],
    ['a two-digit year is not read as no year', 'Ngày 12/8/24, Ban Thường vụ Tỉnh ủy Lào Cai ban hành Nghị quyết số 07-NQ/TU về du lịch.', '2025-08-14', undefined],
  ])('%s', (_n, text, articleDate, want) => {
    expect(dateOf(text, articleDate)).toBe(want);
  });
});

it('a central document dated by day and month alone keeps the catalog\'s date (an anniversary is no date of issue)', () => {
  const d = extractReferences('Ngày 4/5, Tổng Bí thư ký ban hành Nghị quyết 68-NQ/TW về phát triển kinh tế tư nhân.', { articleDate: '2026-05-10' }).documents[0];
  expect([d.term, d.date]).toEqual(['XIII', '2025-05-04']);
});

it('a subject printed once after a list, naming another item\'s place, is the list\'s: the settled item shows its own official subject', () => {
  const r = extractReferences('Bộ Chính trị đã ban hành Nghị quyết 43-NQ/TW, 45-NQ/TW ngày 24/1/2019 về xây dựng và phát triển thành phố Đà Nẵng, thành phố Hải Phòng đến năm 2030, tầm nhìn đến năm 2045.', { articleDate: '2019-03-01' });
  const d = r.documents.find((x) => x.key === '45-NQ/TW')!;
  expect(d.title).not.toMatch(/Đà Nẵng/);
  expect(d.title).toMatch(/Hải Phòng/);
  expect(d.sources.title).toBe('catalog');
  expect(d.others?.title?.[0]).toMatchObject({ from: 'text' });
});

describe('where a subject ends', () => {
  it.each([
    ['"cũng" opens the predicate', 'Nghị quyết 50 của Bộ Chính trị về thu hút đầu tư nước ngoài cũng được các tỉnh cụ thể hóa.', '50-NQ/TW', 'thu hút đầu tư nước ngoài'],
    ['"cũng như" is the subject\'s own', 'Nghị quyết 12 của Tỉnh ủy về phát triển du lịch cũng như dịch vụ ven biển được sơ kết.', '12-NQ/TU', 'phát triển du lịch cũng như dịch vụ ven biển'],
    ['"ban hành năm 2019" without a comma ends it', 'Nghị quyết 45 của Bộ Chính trị về Hải Phòng ban hành năm 2019 đã được tổng kết.', '45-NQ/TW', 'Hải Phòng'],
  ])('%s', (_name, text, key, title) => {
    expect(extractReferences(text, { articleDate: '2025-06-01' }).documents.find((d) => d.key === key)?.title).toBe(title);
  });
});

// Our own sentences: evidence that tells same-numbered candidates apart.
describe('telling same-numbered documents apart', () => {
  it.each([
    ['the body printed, where only one candidate has it, with one more sign', 'Lực lượng công an tỉnh quán triệt Nghị quyết số 12-NQ/TW của Bộ Chính trị về xây dựng Công an nhân dân.', '2025-04-01', '12-NQ/TW', 'XIII'],
    ['a place named beside it that one candidate\'s subject names', 'Tỉnh ủy Khánh Hòa xây dựng chương trình hành động thực hiện Nghị quyết số 09-NQ/TW của Bộ Chính trị.', '2025-04-01', '09-NQ/TW', 'XIII'],
    ['the date printed after the next item of its list', 'Trung ương ban hành Nghị quyết số 20-NQ/TW và Nghị quyết số 21-NQ/TW ngày 25/10/2017.', '2025-04-01', '20-NQ/TW', 'XII'],
    ['elapsed years spelt out ("Hai mươi năm thực hiện")', 'Hai mươi năm thực hiện Nghị quyết số 24-NQ/TW, đồng bào các dân tộc đã đoàn kết hơn.', '2023-05-01', '24-NQ/TW', 'IX'],
    ['"Sau tám năm thực hiện"', 'Sau tám năm thực hiện Nghị quyết số 18-NQ/TW, nhiều đầu mối đã được thu gọn.', '2025-09-01', '18-NQ/TW', 'XII'],
    ['English: "two decades after"', 'Two decades after Resolution 24-NQ/TW, ethnic affairs have changed.', '2023-05-01', '24-NQ/TW', 'IX'],
    ['an English subject is not settled by the one candidate with an English wording', 'Directive 01-CT/TW of the Politburo on studying the Party Congress resolution was disseminated.', '2021-05-20', '01-CT/TW', null],
    ['cited beside a document whose catalog entry names one candidate', 'Công an tỉnh sơ kết Chỉ thị 36 và quán triệt Kết luận 132-KL/TW của Bộ Chính trị.', '2025-07-01', '36-CT/TW', 'XII'],
    ['English words around are not compared with the one candidate that has an English wording', 'Directive 01-CT/TW on studying and implementing the Party Congress resolution was disseminated in the province.', '2021-05-20', '01-CT/TW', null],
    ['a short subject that is the head of one candidate\'s subject and the tail of another\'s', 'Các tỉnh thực hiện Nghị quyết 29-NQ/TW về công nghiệp hóa, hiện đại hóa.', '2025-04-01', '29-NQ/TW', 'XIII'],
  ])('%s', (_name, text, articleDate, key, term) => {
    const d = extractReferences(text, { articleDate }).documents.find((x) => x.key === key)!;
    if (term === null) expect(d.candidates?.length ?? 0).toBeGreaterThan(1);
    else expect([d.term, d.candidates?.length ?? 0]).toEqual([term, 0]);
  });
  it('the body does not outweigh a subject printed by another mention of a merged document', () => {
    const d = extractReferences('Resolution 45 on the role of intellectuals was adopted at the eighth plenum. Hai Phong\'s Resolution 45 of the Politburo, issued in 2019, is another text.', { articleDate: '2025-06-12' })
      .documents.find((x) => x.key === '45-NQ/TW')!;
    expect(d.term === 'XII' && !d.candidates?.length).toBe(false);
  });
});

describe('the article names another issuer than the document it settles on', () => {
  it('the catalog\'s issuer is shown, the article\'s kept beside it', () => {
    const d = extractReferences('Nghị quyết số 10-NQ/TW ngày 3/6/2017 của Bộ Chính trị về kinh tế tư nhân tiếp tục được thực hiện.', { articleDate: '2025-01-01' })
      .documents.find((x) => x.key === '10-NQ/TW')!;
    expect([d.body, d.sources.body, d.others?.body]).toEqual(['Ban Chấp hành Trung ương', 'catalog', [{ value: 'Bộ Chính trị', from: 'text' }]]);
  });
  it('a body that names the same issuer more or less fully is the article\'s', () => {
    const d = extractReferences('Kết luận số 126-KL/TW của Bộ Chính trị được quán triệt.', { articleDate: '2025-03-01' }).documents.find((x) => x.key === '126-KL/TW')!;
    expect([d.body, d.sources.body, d.others?.body]).toEqual(['Bộ Chính trị', 'text', undefined]);
  });
});

describe('a subject read on into the next clause ends where the document settled on says', () => {
  it.each([
    ['a capitalised actor after the comma', 'Triển khai Nghị quyết 10-NQ/TW về kinh tế tư nhân, Sở Công Thương giảm thủ tục cho hộ kinh doanh.', '10-NQ/TW', 'kinh tế tư nhân', 'XII'],
    ['a predicate right after what was read', 'Mười lăm năm thực hiện Nghị quyết 25-NQ/TW về công tác thanh niên, phong trào tình nguyện đã lan rộng khắp tỉnh.', '25-NQ/TW', 'công tác thanh niên', 'X'],
    ['"không chỉ … mà cả …"', 'Không chỉ Nghị quyết 20-NQ/TW khóa XI về khoa học, công nghệ mà cả các chương trình khác cũng nhấn mạnh đổi mới.', '20-NQ/TW', 'khoa học, công nghệ', 'XI'],
    ['"kế thừa và phát triển" another document', 'Nghị quyết 41-NQ/TW về đội ngũ doanh nhân kế thừa và phát triển tinh thần của văn bản trước.', '41-NQ/TW', 'đội ngũ doanh nhân', 'XIII'],
    ['English ", not …"', 'Resolution 45-NQ/TW of the 13th Party Central Committee on intellectuals, not a local text, was discussed.', '45-NQ/TW', 'intellectuals', 'XIII'],
  ])('%s', (_name, text, key, title, term) => {
    const d = extractReferences(text, { articleDate: '2025-08-01' }).documents.find((x) => x.key === key)!;
    expect([d.title, d.term]).toEqual([title, term]);
  });
  it('a comma inside the subject, with no clause after it, is the subject\'s own', () => {
    const d = extractReferences('Nghị quyết 10-NQ/TW về phát triển kinh tế, xã hội vùng biên giới được ban hành.', { articleDate: '2025-08-01' }).documents[0];
    expect(d.title).not.toBe('phát triển kinh tế');
  });
  it('a year closing a short subject, the article\'s own, may be the sentence\'s: not a verdict on the document', () => {
    const d = extractReferences('Các sở đẩy mạnh thực hiện Nghị quyết 57 của Bộ Chính trị về chuyển đổi số năm 2025.', { articleDate: '2025-06-05' }).documents[0];
    expect(d.catalog?.date).toBe('2024-12-22');
  });
});

describe('a plenum named as the set of its resolutions', () => {
  it('"các nghị quyết Trung ương 5 khóa XIII về …": no one resolution is shown as the document', () => {
    const d = extractReferences('Chi bộ học tập các nghị quyết Trung ương 5 khóa XIII về đất đai, nông nghiệp và kinh tế tập thể.', { articleDate: '2023-03-01' }).documents[0];
    expect([d.key, d.catalog, d.candidates!.length > 1]).toEqual(['NQ-HNTW5-XIII', undefined, true]);
  });
});

describe('weak signs do not settle a document alone', () => {
  it.each([
    ['the body printed, the only candidate it issued', 'Các tỉnh quán triệt Nghị quyết 28-NQ/TW của Bộ Chính trị.', '2024-06-10', '28-NQ/TW'],
    ['the committee of a place one candidate\'s subject names', 'Thành ủy Đà Nẵng tổ chức hội nghị quán triệt Nghị quyết 43-NQ/TW cho cán bộ chủ chốt.', '2024-03-10', '43-NQ/TW'],
    ['years elapsed said of another document of the sentence', 'Sau tám năm thực hiện Chỉ thị 05-CT/TW, tỉnh đã quán triệt Nghị quyết 18-NQ/TW.', '2024-06-10', '18-NQ/TW'],
    ['a relation of a number the catalog knows twice', 'Tỉnh sơ kết Kết luận 12-KL/TW về công tác người Việt Nam ở nước ngoài. Tỉnh cũng báo cáo việc thực hiện Nghị quyết 10-NQ/TW.', '2023-06-10', '10-NQ/TW'],
  ])('%s', (_name, text, articleDate, key) => {
    const d = extractReferences(text, { articleDate }).documents.find((x) => x.key === key)!;
    expect([d.catalog, (d.candidates?.length ?? 0) > 1]).toEqual([undefined, true]);
  });
  it('a predicate\'s date after a comma is the citation\'s own', () => {
    const d = extractReferences('Cùng với Kết luận 121-KL/TW, Nghị quyết 18-NQ/TW được ban hành ngày 16/6/2022 đã được triển khai.', { articleDate: '2025-06-10' }).documents.find((x) => x.key === '18-NQ/TW')!;
    expect([d.term, d.date]).toEqual(['XIII', '2022-06-16']);
  });
});

// Our own sentences, in the shapes of long articles.
describe('in long articles', () => {
  const one = (text: string, key: string, articleDate = '2025-06-01') => extractReferences(text, { articleDate }).documents.filter((d) => d.key === key);
  it('a quotation opening with a predicate is said of the document, not its subject', () => {
    const [d] = one('Kết luận 121-KL/TW đánh giá việc thực hiện Nghị quyết 18-NQ/TW khóa XII “đã tạo chuyển biến rõ nét”.', '18-NQ/TW');
    expect([d.sources.title, d.term]).toEqual(['catalog', 'XII']);
  });
  it('a citation inside another document\'s subject: the words after it may be that one\'s, so they rule nothing out', () => {
    const [d] = one('Văn phòng ban hành Công văn số 12-CV/VPTW về tổng kết Nghị quyết số 18-NQ/TW về việc rà soát đầu mối các ban đảng.', '18-NQ/TW');
    expect(d.candidates?.length).toBe(2);
  });
  it('the official subject printed whole and then the sentence going on: the official one', () => {
    const [d] = one('Theo chuyên gia, Nghị quyết 68-NQ/TW về phát triển kinh tế tư nhân tháo gỡ điểm nghẽn cho doanh nghiệp.', '68-NQ/TW');
    expect(d.title).toBe('phát triển kinh tế tư nhân');
  });
  it('"(cũ)" after a merged province\'s name: the subject after it is read', () => {
    const [d] = one('Nghị quyết số 07-NQ/TU của Tỉnh ủy Bạc Liêu (cũ) về phát triển điện gió vẫn còn hiệu lực.', '07-NQ/TU');
    expect(d.title).toBe('phát triển điện gió');
  });
  it('"Khác với Nghị quyết 37, lần này …" is the Nghị quyết 37 cited before', () => {
    expect(one('Nghị quyết số 37-NQ/TW ngày 24/12/2018 về sắp xếp đơn vị hành chính đã hoàn thành. Khác với Nghị quyết 37, lần này không tổ chức cấp huyện.', '37-NQ/TW')).toHaveLength(1);
  });
  it('a board whose functions the subject is about is not its issuer', () => {
    const [d] = one('Quyết định số 230-QĐ/TW về chức năng, nhiệm vụ của Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ được công bố.', '230-QĐ/TW');
    expect(d.title).toBe('chức năng, nhiệm vụ của Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ');
  });
  it('English: "the Politburo and the Secretariat" issued it together', () => {
    const [d] = one('In February, the Politburo and the Secretariat issued Conclusion No. 126-KL/TW on streamlining.', '126-KL/TW');
    expect(d.body).toBe('Bộ Chính trị, Ban Bí thư');
  });
});

describe('second review', () => {
  const get = (text: string, key: string, articleDate = '2025-06-01') => extractReferences(text, { articleDate }).documents.filter((d) => d.key === key);
  it.each([
    ['"tổng kết" a document', 'Kết luận số 121-KL/TW tổng kết Nghị quyết số 18-NQ/TW được ban hành ngày 24/1/2025 trong bối cảnh mới.', '18-NQ/TW', '2017-10-25'],
    ['"thay thế" a document', 'Quyết định số 190-QĐ/TW thay thế Quyết định số 244-QĐ/TW được ban hành ngày 10/10/2024.', '244-QĐ/TW', '2014-06-09'],
    ['a comma inside the first subject', 'Kết luận số 132-KL/TW về tăng cường, nâng cao hiệu quả thực hiện Chỉ thị số 36-CT/TW được ban hành ngày 18/3/2025.', '36-CT/TW', '2019-08-16'],
  ])('a predicate\'s date after a citation in another\'s subject is not its own: %s', (_n, text, key, date) => {
    expect(get(text, key)[0].date).toBe(date);
  });
  it('a quoted subject opening with a word that folds like a predicate ("Cơ chế", "Đa dạng", "Cán bộ") is read', () => {
    expect(get('Kết luận số 50-KL/TW “Cơ chế, chính sách đặc thù phát triển Thủ đô” được ban hành.', '50-KL/TW')[0].title).toBe('Cơ chế, chính sách đặc thù phát triển Thủ đô');
  });
  it('"cần phân biệt với" in the next sentence: another document, which is not the one already shown', () => {
    const docs = get('Năm 2018, Bộ Chính trị ban hành Nghị quyết 37-NQ/TW về sắp xếp đơn vị hành chính. Cần phân biệt với Nghị quyết 37-NQ/TW của khóa trước.', '37-NQ/TW');
    // "của khóa trước": of the term before the one cited (XII), so the 2014 resolution alone is offered.
    expect(docs.map((d) => d.catalog?.term ?? `candidates ${d.candidates?.map((c) => c.term).join('/')}`)).toEqual(['XII', 'candidates XI']);
  });
  it('"nhiệm vụ của Tỉnh ủy": the issuer still ends the subject (only a board\'s "chức năng, nhiệm vụ" do not)', () => {
    expect(get('Kế hoạch số 12-KH/TU về thực hiện nhiệm vụ của Tỉnh ủy năm 2025.', '12-KH/TU')[0].title).toBe('thực hiện nhiệm vụ');
  });
  it.each([
    ['English "Seven years of implementing"', 'Seven years of implementing Resolution 18-NQ/TW have reshaped ministries.'],
    ['"Sau 7 năm triển khai thực hiện"', 'Sau 7 năm triển khai thực hiện Nghị quyết số 18-NQ/TW, bộ máy đã gọn hơn.'],
  ])('years elapsed right before the mention: %s', (_n, text) => {
    expect(get(text, '18-NQ/TW', '2024-10-01')[0].term).toBe('XII');
  });
});

describe('round U: documents\' own text, chat', () => {
  it('a number line under a local committee\'s name: its "TƯ" is the committee\'s', () => {
    const text = 'TỈNH ỦY QUẢNG TRỊ\n*\nSố 312-KL/TƯ\nĐẢNG CỘNG SẢN VIỆT NAM\n\nKẾT LUẬN\nCỦA BAN THƯỜNG VỤ TỈNH ỦY\nvề tiếp tục thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị';
    expect(extractReferences(text, { articleDate: '2025-05-01' }).documents.map((d) => d.key)).toEqual(['312-KL/TU', '57-NQ/TW']);
  });
  it.each([
    ['a resolution', 'BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố 33-NQ/TW\nĐẢNG CỘNG SẢN VIỆT NAM\nHà Nội, ngày 09 tháng 6 năm 2014\n\nNGHỊ QUYẾT\nHỘI NGHỊ LẦN THỨ CHÍN BAN CHẤP HÀNH TRUNG ƯƠNG KHÓA XI\nvề xây dựng và phát triển văn hóa, con người Việt Nam', 'NQ', ['33-NQ/TW']],
    ['a conclusion, "Số:" and the Party\'s name in the title', 'BAN CHẤP HÀNH TRUNG ƯƠNG\nSố: 976-KL/TW\nHà Nội, ngày 04 tháng 6 năm 2020\nKẾT LUẬN\nHỘI NGHỊ LẦN THỨ MƯỜI HAI BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG KHÓA XII\nvề công tác nhân sự', 'KL', ['976-KL/TW']],
    ['a header flattened from a table: "Số:" on its own line, cells apart', 'BAN CHẤP HÀNH\nTRUNG ƯƠNG ĐẢNG\n|\nSố:\n35-NQ/TW\n|\nHà\nNội, ngày 16 tháng 1 năm 2012\n|\nNGHỊ QUYẾT\nHỘI NGHỊ LẦN THỨ 4 BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG KHÓA XI VỀ\nXÂY DỰNG HẠ TẦNG', 'NQ', ['35-NQ/TW']],
    ['near miss: a plenum named in the running text after the number', 'Số 33-NQ/TW được ban hành sau khi Nghị quyết Hội nghị lần thứ tám Ban Chấp hành Trung ương khóa XI đã đi vào cuộc sống.', 'NQ', ['33-NQ/TW', 'NQ-HNTW8-XI']],
  ])('a header\'s number line and title line are one document: %s', (_n, text, _code, keys) => {
    const r = extractReferences(text, { articleDate: '2025-05-01' });
    expect(r.documents.map((d) => d.key)).toEqual(keys);
    if (keys.length === 1) expect(r.mentions.filter((m) => m.key === keys[0]).length).toBe(2);
  });
  it.each([
    ['"… ban hành khi nào"', 'cho hỏi nghị quyết 20 về kinh tế tập thể ban hành khi nào', 'kinh tế tập thể'],
    ['"… áp dụng với những ai?"', 'Quy định 96 về lấy phiếu tín nhiệm áp dụng với những ai?', 'lấy phiếu tín nhiệm'],
    ['"… vậy mn"', 'nq 27 về tiền lương vậy mn', 'tiền lương'],
  ])('a chat\'s question after the subject is not the subject: %s', (_n, text, title) => {
    expect(extractReferences(text, { articleDate: '2025-05-01' }).documents[0].title).toBe(title);
  });
});

describe('chat abbreviations', () => {
  it.each([
    ['"kl 121" in a chat\'s question', 'kl 121 ban hành ngày nào vậy mọi người?', ['121-KL']],
    ['…but not a weight', 'kl 121 tấn hàng đã về kho, mọi người nhé', []],
    ['…nor a product code outside a chat', 'Mã hàng kl 40 của Bộ Chính trị không phải văn bản.', []],
  ])('%s', (_n, text, keys) => {
    expect(extractReferences(text, { articleDate: '2025-06-01' }).documents.map((d) => d.key)).toEqual(keys);
  });
});

describe('short forms followed by "tại", "thay", "là"', () => {
  it.each([
    ['"Kết luận 126 tại …"', 'Hội nghị quán triệt Kết luận 126 tại Đảng bộ tỉnh diễn ra sáng nay.', ['126-KL']],
    ['"Quy định 377 thay …"', 'Quy định 377 thay Quy định 80 về phân cấp quản lý cán bộ.', ['377-QĐ', '80-QĐ']],
    ['…but not a count of one digit', 'Đoàn công tác nêu kết luận 3 tại buổi làm việc.', []],
  ])('%s', (_n, text, keys) => {
    expect(extractReferences(text, { articleDate: '2025-06-01' }).documents.map((d) => d.key)).toEqual(keys);
  });
});

// Blind round AP (real published text; these sentences are our own).
describe('dates, bodies and plenums a page prints its own way', () => {
  it.each([
    ['a posting time after a date makes it the page\'s timestamp, not the document\'s date',
      'Nghị quyết số 07-NQ/TU của Tỉnh ủy về du lịch (12/03/2019 08:15 AM) được đăng tải trên cổng thông tin.', '2019-03-12',
      '07-NQ/TU', 0, { date: undefined }],
    ['…a time written "9h30" too', 'Kế hoạch số 08-KH/TU (05/06/2020 9h30) được gửi các chi bộ.', '2020-06-05', '08-KH/TU', 0, { date: undefined }],
    ['near miss: a date with its own clause after it is still the date', 'Nghị quyết số 09-NQ/TU ngày 12/03/2019 của Tỉnh ủy về du lịch được triển khai.', '2019-04-01', '09-NQ/TU', 0, { date: '2019-03-12' }],
    ['a dated line opened by a dash ("- Ngày 11-11-2002, Ban Thường vụ … ban hành Chỉ thị số 10 …")', 'Các mốc chính:\n- Ngày 11-11-2002, Ban Thường vụ Thành ủy ban hành Chỉ thị số 15 "Về công tác lịch sử Đảng".', '2017-08-22', '15-CT/TU', 0, { date: '2002-11-11' }],
    ['a year mistyped: identified, shown as printed, the catalog\'s date beside it', 'Theo Nghị quyết số 07-NQ/TW ngày 27/11/2002 của Bộ Chính trị về hội nhập kinh tế quốc tế, các bộ đã hành động.', '2003-01-01', '07-NQ/TW', 0, { term: 'IX', date: '2002-11-27' }],
    ['near miss: "on <date>" after an earlier citation dates that one, not the next', 'Building on Directive 52-CT/TU issued on May 15, 2016, the provincial Party Committee issued Resolution 53-NQ/TU on private business.', '2017-01-01', '53-NQ/TU', 0, { date: undefined }],
    ['the body a General Secretary signed for ("On behalf of the Politburo, on January 16, … signed the Resolution")', 'On behalf of the Politburo, on January 16, Party General Secretary Nguyen Phu Trong signed the Resolution No 54 on developing tourism.', '2017-01-20', '54-NQ/TW', 0, { body: 'Bộ Chính trị' }],
    ['English: "made on June 9, 2014" dates it', 'Resolution No. 46-NQ/TU made on June 9, 2014 by the provincial Party Committee was reviewed.', '2015-01-01', '46-NQ/TU', 0, { date: '2014-06-09' }],
    ['English: "the Political Bureau (11th Tenure)" is the Politburo', 'Resolution No 55-NQ/TU dated 10 May, 2013 of the Political Bureau (11th Tenure) on international integration came at a time of change.', '2014-01-01', '55-NQ/TW', 0, { body: 'Bộ Chính trị' }],
    ['English: "the Party Central Secretariat" is the Secretariat', 'Directive 47/2018 of the Party Central Secretariat on promoting foreign relations was reviewed.', '2019-01-01', '47-CT/TW', 0, { body: 'Ban Bí thư' }],
    ['English: a month-first date ("dated 11/30/1996") and a term as a numeral alone in brackets ("of the Politburo (VIII)")', 'Directive No. 57-CT / TW dated 11/30/1996 of the Politburo (VIII) to strengthen drug control was cited.', '2020-01-01', '57-CT/TW', 0, { date: '1996-11-30', term: 'VIII' }],
    ['a printed term its printed date cannot have: identified by the date, the catalog\'s term shown, the text\'s beside it', 'Thực hiện Nghị quyết số 33-NQ/TW, ngày 28/9/2018 của Bộ Chính trị (khóa XIII) về Chiến lược bảo vệ biên giới quốc gia.', '2020-01-01', '33-NQ/TW', 0, { term: 'XII', date: '2018-09-28' }],
    ['a notice that carries another body\'s conclusions: that body, and the subject after them', 'Thông báo số 64 – TB/TW ngày 15/7/2011 của Ban Chấp hành TW Đảng thông báo kết luận của Ban bí thư về một số vấn đề liên quan đến Đại hội Phụ nữ toàn quốc.', '2011-08-01', '64-TB/TW', 0, { body: 'Ban Bí thư', title: 'một số vấn đề liên quan đến Đại hội Phụ nữ toàn quốc' }],
    ['English: terms printed for a list go to its items in order ("Directives 06 and 03 of the Politburo (term X and XI)")', 'Following the results of Directives 65 and 66 of the Politburo (term X and XI), the province went on.', '2020-01-01', '66-CT/TW', 0, { term: 'XI' }],
    ['…the first item its first term', 'Following the results of Directives 65 and 66 of the Politburo (term X and XI), the province went on.', '2020-01-01', '65-CT/TW', 0, { term: 'X' }],
    ['English: ", issued June 9, 2014" dates it', 'Resolution No. 67-NQ/TU, issued June 9, 2014, set the goals.', '2015-01-01', '67-NQ/TU', 0, { date: '2014-06-09' }],
    ['English header: the date in the table cell beside the number', 'THE PROVINCIAL PARTY COMMITTEE ---------- No. 88-NQ/TU | THE COMMUNIST PARTY OF VIETNAM ---------- Hanoi, March 3, 2021 |\nRESOLUTION\nOF THE STANDING BOARD\non developing tourism in the province', '2021-04-01', '88-NQ/TU', 0, { date: '2021-03-03' }],
    ['English: "On 10/10/2023, … signed and promulgated the Resolution …" dates it (day first)',
      'On 10/10/2023, the provincial Party Secretary signed and promulgated the Resolution No. 10-NQ/TU on tourism.', '2023-10-20',
      '10-NQ/TU', 0, { date: '2023-10-10' }],
    ['the department the symbol names issued it, whatever body the words name',
      'Thực hiện Hướng dẫn số 26-HD/BTCTW, ngày 18/10/2019 của Bộ Chính trị về nhân sự đại hội, các tỉnh lập danh sách.', '2019-11-01',
      '26-HD/BTCTW', 0, { body: 'Ban Tổ chức Trung ương' }],
    ['near miss: a code two bodies share ("QU": Quận ủy or Quân ủy) leaves the words\' body', 'Nghị quyết số 13-NQ/QU ngày 3/3/2021 của Quân ủy Trung ương về huấn luyện được sơ kết.', '2021-06-01', '13-NQ/QU', 0, { body: 'Quân ủy Trung ương' }],
    ['near miss: "ThU" (Thị ủy or Thành ủy) too', 'Chỉ thị số 14-CT/ThU ngày 3/3/2021 của Thành ủy Thủ Dầu Một về du lịch được sơ kết.', '2021-06-01', '14-CT/ThU', 0, { body: 'Thành ủy' }],
    ['the Ban Tư tưởng - Văn hóa Trung ương (before 2007) is a party body', 'Thực hiện Hướng dẫn số 15-HD/TTVH ngày 6/12/2006 của Ban Tư tưởng - Văn hoá Trung ương về tổ chức học tập.', '2007-05-01', '15-HD/TTVH', 0, { body: 'Ban Tư tưởng - Văn hóa Trung ương' }],
    ['near miss: a town\'s committee prints TU as a province\'s does: the words name it', 'Kế hoạch số 12-KH/TU ngày 3/3/2021 của Ban Thường vụ Thị ủy Bỉm Sơn về du lịch được triển khai.', '2021-06-01', '12-KH/TU', 0, { body: 'Thị ủy' }],
    ['a central "TƯ" printed without its mark ("32-CT/TU … của Bộ Chính trị") is the Politburo\'s', 'Thực hiện Chỉ thị 16-CT/TU ngày 20/3/2009 của Bộ Chính trị về tăng cường trách nhiệm, các cấp ủy đã vào cuộc.', '2009-06-01', '16-CT/TW', 0, { body: 'Bộ Chính trị' }],
    ['near miss: a Tỉnh ủy\'s own resolution "của Ban Thường vụ Tỉnh ủy" keeps the words\' body',
      'Nghị quyết số 11-NQ/TU ngày 5/3/2021 của Ban Thường vụ Tỉnh ủy về du lịch được sơ kết.', '2021-06-01',
      '11-NQ/TU', 0, { body: 'Tỉnh ủy' }],
  ] as Row[])('%s', (_name, text, articleDate, key, nth, expected) => {
    const got = pick(text, articleDate, key, nth);
    expect(Object.fromEntries(Object.keys(expected).map((k) => [k, got[k as keyof typeof got]]))).toEqual(expected);
  });

  it('a plenum named without its term offers the recent terms first, not the catalog\'s order cut short', () => {
    const d = extractReferences('Việc thực hiện Chỉ thị 05 và Nghị quyết Trung ương 4 đã tạo chuyển biến trong chi bộ.').documents.find((x) => x.key === 'NQ-HNTW4')!;
    const terms = (d.candidates ?? []).map((c) => c.term);
    expect(terms.length).toBeLessThanOrEqual(4);
    expect(terms).toContain('XI');
    // Newest first where the evidence ranks them alike.
    const dates = (d.candidates ?? []).map((c) => c.date ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
  });
});

describe('round AT: who signed for whom, after the subject', () => {
  it.each([
    ['English: "…”, signed and promulgated by General Secretary … on behalf of the Politburo (term XIII)"', 'Besides Resolution No. 15-NQ/TW of the Politburo (term VIII), the Resolution No. 15-NQ/TW on “Orientations for the capital to 2030, with a vision to 2045”, signed and promulgated by General Secretary Nguyen Phu Trong on behalf of the Politburo (term XIII), guides the city.'],
    ['Vietnamese: "…, do Tổng Bí thư … thay mặt Bộ Chính trị khóa XIII ký"', 'Ngoài Nghị quyết số 15-NQ/TW của Bộ Chính trị (khóa VIII), Nghị quyết số 15-NQ/TW về phương hướng phát triển Thủ đô đến năm 2030, tầm nhìn đến năm 2045, do Tổng Bí thư Nguyễn Phú Trọng thay mặt Bộ Chính trị khóa XIII ký, định hướng cho thành phố.'],
  ])('two documents of one number stay two, each with its own term: %s', (_n, text) => {
    const docs = extractReferences(text, { articleDate: '2023-01-01' }).documents.filter((d) => d.key === '15-NQ/TW');
    expect(docs.map((d) => d.term)).toEqual(['VIII', 'XIII']);
    // The subject printed for the second is not lent to the first.
    expect(docs[0].sources.title).not.toBe('text');
    expect(docs[1].sources.title).toBe('text');
  });
});
