/**
 * Where a text stops being JSON, for the import's error message. Browsers word JSON.parse errors
 * differently and V8 often gives no position at all ("Unexpected token"), so the first offending
 * offset is found here, by a scan that needs no recursion (a deeply nested file cannot overflow it).
 */

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;

/** Offset of the first character that makes `s` invalid JSON (s.length: it ends too early); -1 if valid. */
export function jsonErrorOffset(s: string): number {
  let i = 0;
  const stack: Array<'{' | '['> = [];
  let state: 'value' | 'key' | 'after' = 'value';
  const ws = () => { while (i < s.length && (s[i] === ' ' || s[i] === '\t' || s[i] === '\n' || s[i] === '\r')) i++; };
  /** Past a string starting at i; false at a bad escape, a control character or the end. */
  const string = (): boolean => {
    for (i++; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c === 0x22) { i++; return true; }
      if (c < 0x20) return false;
      if (c === 0x5c) {
        const e = s[++i];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(s.slice(i + 1, i + 5))) return false;
          i += 4;
        } else if (!e || !'"\\/bfnrt'.includes(e)) return false;
      }
    }
    return false;
  };
  for (;;) {
    ws();
    if (state === 'value') {
      const c = s[i];
      if (c === '{' || c === '[') {
        stack.push(c);
        i++;
        ws();
        if (s[i] === (c === '{' ? '}' : ']')) { stack.pop(); i++; state = 'after'; } else state = c === '{' ? 'key' : 'value';
        continue;
      }
      if (c === '"') {
        if (!string()) return i;
        state = 'after';
        continue;
      }
      NUMBER.lastIndex = i;
      // A literal or sign cut off by the end of the file is the end's fault, not the literal's.
      if (!NUMBER.exec(s)) return /^(?:-|t(?:ru?)?|f(?:a(?:ls?)?)?|n(?:ul?)?)$/.test(s.slice(i)) ? s.length : i;
      i = NUMBER.lastIndex;
      state = 'after';
      continue;
    }
    if (state === 'key') {
      if (s[i] !== '"' || !string()) return i;
      ws();
      if (s[i] !== ':') return i;
      i++;
      state = 'value';
      continue;
    }
    if (!stack.length) return i < s.length ? i : -1;
    const open = stack[stack.length - 1];
    if (s[i] === ',') {
      i++;
      state = open === '{' ? 'key' : 'value';
    } else if (s[i] === (open === '{' ? '}' : ']')) {
      stack.pop();
      i++;
    } else {
      return i;
    }
  }
}
