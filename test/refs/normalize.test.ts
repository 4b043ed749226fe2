import { describe, expect, it } from 'vitest';
import { fold, foldText, joinSoftBreaks, modernTones } from '../../utils/refs/normalize';
import { stateKey } from '../../utils/refs/symbols';

describe('fold', () => {
  it.each([
    ['NGHỊ QUYẾT Số 18', 'nghi quyet so 18'],
    ['Kết lúận', 'ket luan'],
    ['Đảng ủy', 'dang uy'],
    ['a\u00a0b\u2009c\nd', 'a b c d'],
    ['18 – NQ／TW', '18 - nq/tw'],
  ])('folds %j to %j', (input, folded) => {
    expect(fold(input).text).toBe(folded);
    expect(fold(input, { ascii: true }).text).toBe(folded);
  });

  it('drops combining marks and maps folded indexes back to the original', () => {
    const input = 'Nghi\u0323 quyê\u0301t 57';
    const f = fold(input, { ascii: true });
    expect(f.text).toBe('nghi quyet 57');
    const at = f.text.indexOf('57');
    expect(input.slice(f.orig(at), f.orig(at + 2))).toBe('57');
    expect(f.toFolded(input.indexOf('57'))).toBe(at);
    expect(f.orig(f.text.length)).toBe(input.length);
  });

  it('in ASCII mode keeps one unit per original unit for what has no ASCII form, and reads curly quotes as "', () => {
    const input = '“Kế hoạch” 中文 😀 № 5 ×';
    const f = fold(input, { ascii: true });
    expect(f.text.length).toBe(input.length);
    expect(/^[\x00-\x7f]*$/.test(f.text)).toBe(true);
    expect(f.text.startsWith('"ke hoach"')).toBe(true);
    expect(f.text.indexOf('5')).toBe(input.indexOf('5'));
    // Without ASCII mode, letters of other scripts stay letters (search needs them).
    expect(fold(input).text).toContain('中文');
  });

  it('gives the same result when called again on a shorter text (its buffer is reused)', () => {
    const long = 'Nghị quyết '.repeat(1000);
    fold(long, { ascii: true });
    fold(long);
    expect(fold('Chỉ thị 05', { ascii: true }).text).toBe('chi thi 05');
    expect(fold('Chỉ thị 05').text).toBe('chi thi 05');
  });

  it('folds texts longer than its kept buffer', () => {
    const big = 'Kết luận 40. '.repeat(90_000); // over 1M code units
    const f = fold(big, { ascii: true });
    expect(f.text.length).toBe(big.length);
    expect(f.text.slice(-13)).toBe('ket luan 40. ');
  });
});

describe('foldText', () => {
  it.each([
    ['NGHỊ QUYẾT Số 18', 'nghi quyet so 18'],
    ['Nghi\u0323 quyê\u0301t', 'nghi quyet'],
    ['Đảng ủy đề ra', 'dang uy de ra'],
    ['ΣΑΣ', 'σας'],
  ])('folds %j to %j', (input, folded) => {
    expect(foldText(input)).toBe(folded);
  });

  it('is the plain fold, not the engine\'s: spaces, dashes, Ð and look-alikes stay as they are', () => {
    expect(foldText('a\u00a0b – Ð')).toBe('a\u00a0b – ð');
    expect(fold('a\u00a0b – Ð').text).toBe('a b - d');
  });

  it('gives a state symbol its official mixed case, whatever case or marks it was printed in', () => {
    expect(stateKey('15/CT-TTG')).toBe('15/CT-TTg');
    expect(stateKey('12/QyĐ-TW')).toBe('12/QyĐ-TW');
    expect(stateKey('12/qyđ-ttg')).toBe('12/QyĐ-TTg');
  });
});

describe('modernTones', () => {
  it.each([
    ['Uỷ ban Kiểm tra', 'Ủy ban Kiểm tra'],
    ['hoà bình, khoẻ mạnh, thuỷ sản', 'hòa bình, khỏe mạnh, thủy sản'],
    ['KHOÁ XII và khoá XIII', 'KHÓA XII và khóa XIII'],
    // Not where the mark belongs where it is: a syllable going on ("hoàn"), "qu" + "ý".
    ['hoàn thành, quý vị, tuyển', 'hoàn thành, quý vị, tuyển'],
  ])('%s', (input, out) => {
    expect(modernTones(input)).toBe(out);
    expect(modernTones(input).length).toBe(input.length);
  });
});

describe('joinSoftBreaks', () => {
  it.each([
    ['a line going on in lowercase', 'Tỉnh ủy quán triệt Nghị quyết về phát triển\nkinh tế biển đến năm 2030.', 'Tỉnh ủy quán triệt Nghị quyết về phát triển kinh tế biển đến năm 2030.'],
    ['…on a capital after a word that needs the next', 'Kết luận của Ban Chấp hành\nTrung ương Đảng về phòng, chống tham nhũng.', 'Kết luận của Ban Chấp hành Trung ương Đảng về phòng, chống tham nhũng.'],
    ['…on a number after "ngày" or "giai đoạn"', 'Chỉ thị ngày\n12 tháng 6 năm 2013 về giai đoạn\n2013-2018.', 'Chỉ thị ngày 12 tháng 6 năm 2013 về giai đoạn 2013-2018.'],
  ])('joins %s', (_name, input, out) => {
    expect(joinSoftBreaks(input)).toBe(out);
  });
  it.each([
    ['a sentence\'s end', 'Hội nghị bế mạc.\nsau đó các đại biểu về địa phương.'],
    ['a heading in capitals', 'KẾ HOẠCH\nthực hiện Nghị quyết số 57-NQ/TW'],
    ['a blank line', 'Xây dựng Đảng\n\nthực hiện nghị quyết'],
    ['a list\'s items', 'Quy định gồm các điều\n1. Yêu nước\na) Trung thành'],
    ['a capital after a word that ends a line of a table', 'Loại văn bản: Hướng dẫn\nNơi ban hành: Ủy ban Kiểm tra'],
    ['a table\'s number after a name', 'Quốc hội khóa XV\n42/2021/QH15\nNghị quyết'],
    ['a bracket opening the next block (a source, a caption)', 'Nghị quyết về phát triển kinh tế tư nhân\n(Chinhphu.vn) - Ngày 4/5'],
    ['a list\'s items in brackets', '(1) Quán triệt kết luận về kinh tế\n(2) Thực hiện đầy đủ'],
  ])('keeps the break at %s', (_name, input) => {
    expect(joinSoftBreaks(input)).toBe(input);
  });
});
