import { vi } from 'vitest';
import type { Library } from '../../utils/db';
import { backupOf } from '../../utils/library';
import { article, cite, ref, tick } from '../db/helpers';

export { article, cite, dump, freshLibrary, freshName, ref, tick, track } from '../db/helpers';

/** Make IDBObjectStore.put throw `error` on its `n`th call from now (1-based); other calls go through. */
export function failPut(n: number, error: () => unknown) {
  const original = IDBObjectStore.prototype.put;
  let calls = 0;
  return vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
    if (++calls === n) throw error();
    return original.apply(this, args);
  });
}

/** Everything in the library, as the backup has it, without the export time. */
export async function contents(lib: Library) {
  const { exportedAt: _t, ...rest } = await backupOf(lib);
  return rest;
}

export const URLS = {
  a1: 'https://nhandan.vn/nghi-quyet-18-post1.html',
  a2: 'https://tuoitre.vn/dot-pha-khoa-hoc-2.htm',
  a3: 'https://vnexpress.net/ket-luan-126-3.html',
  a4: 'https://baochinhphu.vn/nghi-dinh-178-4.htm',
  a5: 'https://nhandan.vn/bai-khac-post5.html',
  a6: 'https://thanhnien.vn/khoa-hoc-6.html',
  a7: 'https://tuoitre.vn/18-diem-moi-7.htm',
};

/** A state document as the engine makes it. */
export const stateDoc = (key: string, type: string, issuer: string, date?: string) =>
  ({ ...ref(key, date ? { date } : {}), party: false, type, typeName: type === 'NĐ' ? 'Nghị định' : 'Nghị quyết', issuer });

/**
 * A small library for the search tests. Marked words: "18" only whole in a1 and a7 (a5 has "180");
 * "Đà Nẵng" only in a3's text; "phải" only in a1's citation sentence; a4's title is in NFD.
 */
export async function fixtureLibrary(lib: Library): Promise<void> {
  // Saved in this order, each a few milliseconds after the other, so "newest first" is a7 … a1.
  const save = async (input: Parameters<Library['saveArticle']>[0]) => {
    await lib.saveArticle(input);
    await tick();
  };
  await save({
    article: article(URLS.a1, {
      title: 'Nghị quyết 18-NQ/TW: tinh gọn bộ máy', lead: 'Sáng 18/5, Bộ Chính trị họp bàn việc sắp xếp.',
      text: 'Đại hội Đảng bộ tỉnh quán triệt Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Hội nghị Trung ương 6 khóa XII.',
      published: '2025-05-18T08:00:00+07:00', author: 'Minh Anh',
    }),
    documents: [cite(ref('18-NQ/TW', { term: 'XII', date: '2017-10-25' }), ['Theo nghị quyết, bộ máy phải tinh gọn, hoạt động hiệu lực, hiệu quả.'])],
  });
  await save({
    article: article(URLS.a2, {
      title: 'Đột phá khoa học, công nghệ theo Nghị quyết 57', lead: 'Chuyển đổi số quốc gia là nhiệm vụ trọng tâm.',
      text: 'Nghị quyết 57-NQ/TW của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia.',
      published: '2025-01-02',
    }),
    documents: [cite(ref('57-NQ/TW', { term: 'XIII', date: '2024-12-22' }), ['Nghị quyết 57-NQ/TW về đột phá phát triển khoa học, công nghệ.'])],
  });
  await lib.setStarred('57-NQ/TW@XIII', true);
  await save({
    article: article(URLS.a3, {
      title: 'Kết luận 126 về sắp xếp đơn vị hành chính', text: 'Đà Nẵng và Quảng Nam bàn phương án hợp nhất theo Kết luận 126-KL/TW.',
      published: '2025-03-14',
    }),
    documents: [cite(ref('126-KL/TW', { term: 'XIII', date: '2025-02-14' })), cite(stateDoc('01/NQ-CP', 'NQ', 'CP', '2025-01-08'))],
  });
  await save({
    article: article(URLS.a4, {
      title: 'Nghị định 178 về chính sách với cán bộ'.normalize('NFD'), text: 'Nghị định 178/2024/NĐ-CP quy định chính sách, chế độ.',
      published: '2025-01-10',
    }),
    documents: [cite(stateDoc('178/2024/NĐ-CP', 'NĐ', 'CP', '2024-12-31'))],
  });
  await save({
    article: article(URLS.a5, { title: 'Một bài khác', text: 'Nghị quyết 180 không liên quan; thời tiết hôm nay đẹp.' }),
    documents: [],
  });
  await save({
    article: article(URLS.a6, { title: 'Sinh viên với nghiên cứu', text: 'Phong trào khoa học trong trường đại học phát triển mạnh.' }),
    documents: [],
  });
  await save({
    article: article(URLS.a7, { title: '18 điểm mới trong nghị định về quyết toán thuế', text: 'Các điểm mới có hiệu lực từ năm sau.' }),
    documents: [],
  });
}
