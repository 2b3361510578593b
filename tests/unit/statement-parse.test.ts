import { describe, expect, it } from 'vitest';
import { newStatement } from '../../core/statement/new-statement.ts';
import { parseStatement, serializeStatement } from '../../core/statement/parse.ts';

describe('parseStatement', () => {
  it('reads back what it wrote', () => {
    const s = newStatement('ru');
    s.meta.title = 'Заявление';
    const r = parseStatement(serializeStatement(s));
    expect(r).toEqual({ ok: true, value: s });
  });
  it('names the line and column of a JSON error', () => {
    const r = parseStatement('{\n  "format": "statement-studio/statement",\n  "version": 1,,\n}');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.code).toBe('NOT_JSON');
      expect(r.message).toMatch(/line 3, column \d+/);
    }
  });
});
