import { describe, expect, it } from 'vitest';
import { isFocusReply, isSavedStatusResponse, isSavePayloadReply, isSaveResponse, isExtractResult } from '../utils/protocols';

describe('reply checks', () => {
  it.each([
    ['extract result', isExtractResult, { documents: [], mentions: [] }, true],
    ['extract result without mentions', isExtractResult, { documents: [] }, false],
    ['save payload', isSavePayloadReply, { ok: true, payload: { article: {}, documents: [] } }, true],
    ['save payload refusal', isSavePayloadReply, { ok: false, reason: 'not-ready' }, true],
    ['save payload too long', isSavePayloadReply, { ok: false, reason: 'too-long', length: 5, limit: 3 }, true],
    ['save payload too long without numbers', isSavePayloadReply, { ok: false, reason: 'too-long' }, false],
    ['save payload unknown reason', isSavePayloadReply, { ok: false, reason: 'bored' }, false],
    ['focus null', isFocusReply, null, true],
    ['focus', isFocusReply, { position: 0, total: 3 }, true],
    ['focus with a string', isFocusReply, { position: '0', total: 3 }, false],
    ['save response', isSaveResponse, { ok: true, status: 'updated', savedAt: 'a', updatedAt: 'b' }, true],
    ['save error', isSaveResponse, { ok: false, kind: 'quota', message: 'full' }, true],
    ['save error of an unknown kind', isSaveResponse, { ok: false, kind: 'cosmic', message: '' }, false],
    ['saved status', isSavedStatusResponse, { saved: null, starredKeys: ['57-NQ/TW'] }, true],
    ['saved status with an error', isSavedStatusResponse, { saved: null, starredKeys: [], error: 'blocked' }, true],
    ['saved status with a bad key', isSavedStatusResponse, { saved: null, starredKeys: [1] }, false],
    ['saved status of a set-starred reply', isSavedStatusResponse, { ok: true }, false],
  ])('%s', (_name, check: (r: unknown) => boolean, reply, expected) => {
    expect(check(reply)).toBe(expected);
  });
});
