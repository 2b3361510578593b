import { describe, expect, it } from 'vitest';
import { newStatement } from '../../../core/statement/new-statement.ts';
import { parseStatement, serializeStatement } from '../../../core/statement/parse.ts';
import { DEFAULT_SIGNATORY_SETTINGS, signatorySettingsOf } from '../../../core/signatories/settings.ts';
import { publicSignatory, signatoryListSchema, signatorySchema } from '../../../core/signatories/signatory.ts';
import { AHRCA, KURBANOV, MIXED } from './fixtures.ts';

const fileWith = (extra: { signatories?: unknown; meta?: Record<string, unknown> }) =>
  JSON.stringify({
    format: 'statement-studio/statement',
    version: 1,
    meta: { title: 'x', date: '', places: [], language: 'en', ...extra.meta },
    editor: { root: { type: 'root', version: 1, children: [], direction: null, format: '', indent: 0 } },
    signatories: extra.signatories ?? [],
  });

describe('signatory schema', () => {
  it('accepts organisations and individuals as the fixtures build them', () => {
    for (const s of MIXED) expect(signatorySchema.safeParse(s).success, s.id).toBe(true);
  });

  it('rejects an individual with neither given nor family name', () => {
    const r = signatorySchema.safeParse({ ...KURBANOV, givenName: '', familyName: '' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe('a signer needs a given or a family name');
  });

  it('rejects an organisation without a full name, an unknown status, a bad date, email or country code', () => {
    expect(signatorySchema.safeParse({ ...AHRCA, fullName: '  ' }).success).toBe(false);
    expect(signatorySchema.safeParse({ ...AHRCA, status: 'maybe' }).success).toBe(false);
    expect(signatorySchema.safeParse({ ...AHRCA, statusDate: '2023-02-30' }).success).toBe(false);
    expect(signatorySchema.safeParse({ ...AHRCA, statusDate: '2023-12' }).success).toBe(false);
    expect(signatorySchema.safeParse({ ...AHRCA, statusDate: '2023-12-20' }).success).toBe(true);
    expect(signatorySchema.safeParse({ ...AHRCA, email: 'not an address' }).success).toBe(false);
    expect(signatorySchema.safeParse({ ...AHRCA, country: 'Uzbekistan' }).success).toBe(false);
  });

  it('refuses control characters and over-long names, as every library line does', () => {
    expect(signatorySchema.safeParse({ ...KURBANOV, role: 'researcher\u0007' }).success).toBe(false);
    expect(signatorySchema.safeParse({ ...KURBANOV, familyName: 'K'.repeat(201) }).success).toBe(false);
  });

  it('refuses a list that uses one id twice', () => {
    const r = signatoryListSchema.safeParse([AHRCA, { ...KURBANOV, id: 'ahrca' }]);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual([1, 'id']);
  });
});

describe('publicSignatory', () => {
  it('drops the email and the note of who confirmed, and keeps the rest', () => {
    const out = publicSignatory(KURBANOV);
    expect(out).not.toHaveProperty('email');
    expect(out).not.toHaveProperty('statusNote');
    expect(JSON.stringify(out)).not.toContain('ahrca.example');
    expect(out).toMatchObject({ id: 'kurbanov', givenName: 'Reyimberdy', role: 'researcher on Turkmenistan' });
    expect(KURBANOV.email).toBe('r.kurbanov@ahrca.example');
  });
});

describe('signatories in the statement file', () => {
  it('still opens a file written before signatories existed: an empty list and no settings', () => {
    const r = parseStatement(fileWith({}));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.signatories).toEqual([]);
    expect(r.value.meta.signatorySettings).toBeUndefined();
    expect(signatorySettingsOf(r.value.meta)).toEqual(DEFAULT_SIGNATORY_SETTINGS);
  });

  it('saves and reopens a list with its order and style', () => {
    const s = newStatement('ru');
    s.signatories = MIXED;
    s.meta.signatorySettings = { order: 'by-country', style: 'individuals-with-affiliation-note', familyNameCapitals: false };
    const r = parseStatement(serializeStatement(s));
    expect(r).toEqual({ ok: true, value: s });
  });

  it('names the signatory and the field when the list is damaged', () => {
    const r = parseStatement(fileWith({ signatories: [AHRCA, { ...KURBANOV, status: 'signed' }] }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/signatories\[1\]\.status/);
  });

  it('refuses unknown order modes and styles', () => {
    const r = parseStatement(fileWith({ meta: { signatorySettings: { order: 'random', style: 'one-line-per-signer', familyNameCapitals: true } } }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/meta\.signatorySettings\.order/);
  });

  it('keeps the size limit of the list', () => {
    const many = Array.from({ length: 100_001 }, (_, i) => ({ ...KURBANOV, id: `s${i}` }));
    expect(signatoryListSchema.safeParse(many).success).toBe(false);
  });
});
