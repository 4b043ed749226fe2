import { describe, expect, it } from 'vitest';
import { exportJson, ImportError, importJson } from '../../utils/library';
import { jsonErrorOffset } from '../../utils/library/json-error';
import { article, cite, freshLibrary, ref } from './helpers';

describe('jsonErrorOffset', () => {
  it.each([
    ['{}', -1], ['[1, -2.5e3, true, false, null, "a\\u00e9\\n"]', -1], [' {"a": {"b": []}} ', -1],
    ['', 0], ['{', 1], ['{"a" 1}', 5], ['{"a": 1,}', 8], ['[1 2]', 3], ['{"a": tru', 9], ['[01]', 2],
    ['"\\x"', 2], ['"a\u0001"', 2], ['{"a": 1}}', 8], ["{'a': 1}", 1], ['[1, -', 5],
  ])('%j → %i', (text, at) => {
    expect(jsonErrorOffset(text)).toBe(at);
    if (at < 0) expect(() => JSON.parse(text)).not.toThrow();
    else expect(() => JSON.parse(text)).toThrow();
  });

  it('every cut of a real backup is refused as ending too early', async () => {
    const lib = await freshLibrary();
    await lib.saveArticle({ article: article('https://nhandan.vn/a', { lead: 'Sa pô' }), documents: [cite(ref('18-NQ/TW', { term: 'XII' }))] });
    await lib.setStarred('18-NQ/TW@XII', true);
    const text = await exportJson(lib);
    const empty = await freshLibrary();
    for (let cut = 1; cut < text.length; cut++) {
      expect(jsonErrorOffset(text.slice(0, cut)), `cut at ${cut}`).toBe(cut);
    }
    const e = await importJson(empty, text.slice(0, 100)).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ImportError);
    expect((e as ImportError).message).toMatch(/ends too early/);
  });
});
