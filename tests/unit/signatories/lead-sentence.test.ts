import { describe, expect, it } from 'vitest';
import { joinNames, leadOrganisations, leadSentence, leadSentenceGenitive, withArticle } from '../../../core/signatories/lead-sentence.ts';
import { newOrganisationSignatory } from '../../../core/signatories/signatory.ts';
import { countByStatus } from '../../../core/signatories/status-counts.ts';
import { AHRCA, HFHR, ids, IPHR, KURBANOV, MIXED, NHC, TIHR } from './fixtures.ts';

describe('leadSentence in English', () => {
  it('names the lead organisations with full name and abbreviation, as a lead does', () => {
    expect(leadSentence([AHRCA, IPHR, NHC], { language: 'en' }).text).toBe(
      'the Association for Human Rights in Central Asia (AHRCA), the International Partnership for Human Rights (IPHR) and the Norwegian Helsinki Committee (NHC)',
    );
  });

  it('takes only confirmed organisations flagged as lead, in the statement’s order', () => {
    const r = leadSentence(MIXED, { language: 'en', order: 'organisation-alphabetical' });
    expect(r.organisationIds).toEqual(['ahrca', 'iphr', 'nhc']);
    expect(leadSentence(MIXED, { language: 'en' }).organisationIds).toEqual(['nhc', 'ahrca', 'iphr']);
  });

  it('names every confirmed organisation when none is flagged lead, never an individual or an unconfirmed one', () => {
    const unflagged = MIXED.map((s) => ({ ...s, lead: false }));
    const r = leadSentence(unflagged, { language: 'en' });
    expect(r.organisationIds).toEqual(['nhc', 'hfhr', 'ahrca', 'iphr']);
    expect(r.text).toBe(
      'the Norwegian Helsinki Committee (NHC), the Helsinki Foundation for Human Rights, the Association for Human Rights in Central Asia (AHRCA) and the International Partnership for Human Rights (IPHR)',
    );
    expect(r.organisationIds).not.toContain('tihr');
  });

  it('falls back to every confirmed organisation when the flagged leads have not confirmed', () => {
    const r = leadSentence([{ ...TIHR, lead: true }, HFHR], { language: 'en' });
    expect(r.organisationIds).toEqual(['hfhr']);
  });

  it('is empty when no organisation has confirmed', () => {
    expect(leadSentence([KURBANOV, TIHR], { language: 'en' })).toEqual({ text: '', organisationIds: [], missingRussianForms: [] });
  });

  it('joins one, two and three names', () => {
    expect(leadSentence([NHC], { language: 'en' }).text).toBe('the Norwegian Helsinki Committee (NHC)');
    expect(leadSentence([NHC, IPHR], { language: 'en' }).text).toBe('the Norwegian Helsinki Committee (NHC) and the International Partnership for Human Rights (IPHR)');
    expect(joinNames(['A', 'B', 'C', 'D'], 'en')).toBe('A, B, C and D');
    expect(joinNames([], 'en')).toBe('');
  });

  it('updates when the list changes', () => {
    const before = leadSentence([AHRCA, IPHR], { language: 'en' }).text;
    const after = leadSentence([AHRCA, { ...IPHR, status: 'withdrawn' as const }], { language: 'en' }).text;
    expect(before).toContain('IPHR');
    expect(after).toBe('the Association for Human Rights in Central Asia (AHRCA)');
  });
});

describe('withArticle', () => {
  it.each([
    ['Norwegian Helsinki Committee', 'the Norwegian Helsinki Committee'],
    ['World Organisation Against Torture', 'the World Organisation Against Torture'],
    ['Kazakhstan International Bureau for Human Rights and Rule of Law', 'the Kazakhstan International Bureau for Human Rights and Rule of Law'],
    ['Coalitions against Torture in Kazakhstan, Kyrgyzstan and Tajikistan', 'the Coalitions against Torture in Kazakhstan, Kyrgyzstan and Tajikistan'],
    ['Lawyers’ Association of Pamir', 'the Lawyers’ Association of Pamir'],
    ['Human Rights Watch', 'Human Rights Watch'],
    ['Amnesty International', 'Amnesty International'],
    ['Front Line Defenders', 'Front Line Defenders'],
    ['Crude Accountability', 'Crude Accountability'],
    ['Freedom House', 'Freedom House'],
    ['The Rights Foundation', 'the Rights Foundation'],
    ['THE GROUP', 'the GROUP'],
  ])('%s → %s', (name, expected) => {
    expect(withArticle(name)).toBe(expected);
  });

  it('does not take "the" from a word that merely contains a listed noun', () => {
    expect(withArticle('Fundamental Freedoms Now')).toBe('Fundamental Freedoms Now');
    expect(withArticle('Officers for Justice')).toBe('Officers for Justice');
  });
});

describe('leadSentence in Russian', () => {
  it('uses the Russian nominative and abbreviation, "и" and no serial comma', () => {
    expect(leadSentence([AHRCA, IPHR, NHC], { language: 'ru' }).text).toBe(
      'Ассоциация «Права человека в Центральной Азии» (АПЧЦА), Международное партнерство за права человека (IPHR) и Норвежский Хельсинкский комитет (НХК)',
    );
  });

  it('has a genitive variant for "по заявлению …"', () => {
    const r = leadSentenceGenitive([AHRCA, IPHR, NHC], { language: 'ru' });
    expect(r.text).toBe(
      'Ассоциации «Права человека в Центральной Азии» (АПЧЦА), Международного партнерства за права человека (IPHR) и Норвежского Хельсинкского комитета (НХК)',
    );
    expect(r.missingRussianForms).toEqual([]);
  });

  it('falls back to what it has and says which organisations lack their Russian forms', () => {
    const noGenitive = { ...NHC, lead: false, russian: { ...NHC.russian!, genitive: '' } };
    const r = leadSentenceGenitive([noGenitive, HFHR], { language: 'ru' });
    expect(r.text).toBe('Норвежский Хельсинкский комитет (НХК) и Helsinki Foundation for Human Rights');
    expect(r.missingRussianForms).toEqual(['nhc', 'hfhr']);
    expect(leadSentence([noGenitive, HFHR], { language: 'ru' }).missingRussianForms).toEqual(['hfhr']);
  });

  it('adds no article in Russian, and the genitive changes nothing in English', () => {
    const the = newOrganisationSignatory('the', { status: 'confirmed', fullName: 'The Rights Foundation' });
    expect(leadSentence([the], { language: 'ru' }).text).toBe('The Rights Foundation');
    expect(leadSentenceGenitive([AHRCA, NHC], { language: 'en' })).toEqual(leadSentence([AHRCA, NHC], { language: 'en' }));
  });
});

describe('leadOrganisations and countByStatus', () => {
  it('orders the lead organisations by the statement’s order', () => {
    expect(ids(leadOrganisations([NHC, AHRCA, IPHR], 'organisation-alphabetical', 'ru'))).toEqual(['ahrca', 'iphr', 'nhc']);
  });

  it('counts signers per status', () => {
    expect(countByStatus(MIXED)).toEqual({ invited: 1, confirmed: 8, declined: 1, withdrawn: 1, total: 11 });
    expect(countByStatus([])).toEqual({ invited: 0, confirmed: 0, declined: 0, withdrawn: 0, total: 0 });
  });
});
