/**
 * An enumeration names the body once for all: "Nghị quyết số 57-NQ/TW …; Nghị quyết 59 …;
 * Nghị quyết 66 và 68 của Bộ Chính trị". A short form with nothing of its own takes the issuer of
 * the other references of its type in the same sentence, when they all agree; null when they
 * disagree (the sentence itself mixes issuers, so nothing may be assumed).
 */
import type { BodyFact } from '../context';
import { lastPart } from '../keys';
import type { Scope } from './scope';

export type SiblingBody = (i: number, code: string) => BodyFact | null | undefined;

/**
 * Memoised: the short forms of one list all ask about the same sentence. Read lazily, once every
 * full citation has its final issuer.
 */
export function siblingBodies(s: Scope): SiblingBody {
  const memo = new Map<string, BodyFact | null | undefined>();
  return (i, code) => {
    const id = `${i}|${code}`;
    if (memo.has(id)) return memo.get(id);
    const b = siblingBody(s, i, code);
    memo.set(id, b);
    return b;
  };
}

function siblingBody({ cands, ctx, facts, before }: Scope, i: number, code: string): BodyFact | null | undefined {
  const from = ctx.sentenceStart(cands[i].start, 600, false), to = ctx.sentenceEnd(cands[i].end, 600, false);
  let found: BodyFact | undefined;
  const agree = (k: number): boolean => {
    const c = cands[k];
    if (!c.items.some((x) => x.code === code)) return true;
    const x = c.items.find((x) => x.code === code && x.issuer);
    // A state citation's issuer is the last part of its symbol, in its official case ("TTg").
    const b = x ? { issuer: x.party === false ? lastPart(x.key!) : x.issuer!, body: '', party: x.party !== false }
      : (facts[k].body ?? before[k] ?? undefined);
    if (!b) return true;
    if (found && found.issuer !== b.issuer) return false;
    found ??= b;
    return true;
  };
  for (let k = i - 1; k >= 0 && cands[k].start >= from; k--) if (!agree(k)) return null;
  for (let k = i + 1; k < cands.length && cands[k].start < to; k++) if (!agree(k)) return null;
  return found;
}
