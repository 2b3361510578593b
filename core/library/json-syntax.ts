/**
 * Where JSON text first goes wrong, as a character offset. V8's JSON.parse gives a position for
 * some errors only ("Unexpected token '}', … is not valid JSON" has none, and quotes the whole
 * text instead), so a file a writer must fix by hand is scanned again to point at the spot.
 * Only called after JSON.parse failed; iterative, so deep nesting cannot overflow the stack.
 */
export function jsonSyntaxErrorOffset(text: string): { offset: number; found: string } {
  let i = 0;
  const n = text.length;
  const stack: Array<'{' | '['> = [];
  const at = (offset: number) => ({
    offset,
    found: offset >= n ? 'the end of the file' : text.charCodeAt(offset) < 0x20 ? 'a line break or control character' : `'${text[offset]}'`,
  });
  const skipSpace = () => {
    while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  /** Scans one scalar value at i; returns false at the first bad character. */
  const scalar = (): boolean => {
    const c = text[i];
    if (c === '"') {
      i++;
      while (i < n && text[i] !== '"') {
        const code = text.charCodeAt(i);
        if (code < 0x20) return false;
        if (text[i] === '\\') {
          i++;
          if (i >= n) return false;
          if (text[i] === 'u') {
            if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) return false;
            i += 4;
          } else if (!'"\\/bfnrt'.includes(text[i]!)) return false;
        }
        i++;
      }
      if (i >= n) return false;
      i++;
      return true;
    }
    const literal = /^(true|false|null|-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?)/.exec(text.slice(i, i + 400));
    if (!literal) return false;
    i += literal[0].length;
    return true;
  };

  skipSpace();
  // expect: 'value' (any value), 'key' (string or closing brace), 'after' (comma or closer).
  let expect: 'value' | 'key' | 'first-value' | 'after' = 'value';
  for (;;) {
    skipSpace();
    const c = text[i];
    if (expect === 'value' || expect === 'first-value') {
      if (expect === 'first-value' && c === ']') {
        stack.pop();
        i++;
        expect = 'after';
      } else if (c === '{' || c === '[') {
        stack.push(c);
        i++;
        expect = c === '{' ? 'key' : 'first-value';
      } else if (i < n && scalar()) {
        expect = 'after';
      } else return at(i);
    } else if (expect === 'key') {
      if (c === '}' && lastSignificant(text, i) === '{') {
        stack.pop();
        i++;
        expect = 'after';
        continue;
      }
      if (c !== '"' || !scalar()) return at(i);
      skipSpace();
      if (text[i] !== ':') return at(i);
      i++;
      expect = 'value';
    } else {
      // A complete value with more text after it (JSON.parse failed, so there is some).
      if (stack.length === 0) return at(i);
      const top = stack[stack.length - 1];
      if (c === ',') {
        i++;
        expect = top === '{' ? 'key' : 'value';
      } else if ((c === '}' && top === '{') || (c === ']' && top === '[')) {
        stack.pop();
        i++;
        expect = 'after';
      } else return at(i);
    }
  }
}

function lastSignificant(text: string, before: number): string | undefined {
  for (let j = before - 1; j >= 0; j--) if (!' \t\n\r'.includes(text[j]!)) return text[j];
  return undefined;
}
