import { datePhrase } from '../cases/insert/date-phrases.ts';
import type { DateStyle } from '../cases/insert/insert-request.ts';
import type { SerializedNode } from '../statement/editor-state.ts';
import type { Statement } from '../statement/schema.ts';
import { yearOf } from './calendar.ts';
import { walkEditorNodes } from './editor-walk.ts';
import { filledVariableOf, isPlaceholderNode, placeholderNode } from './placeholder-node.ts';
import type { DeclaredVariable } from './statement-to-template.ts';

/**
 * The variables Save as Template offers for one click, as the built-in templates have them:
 * the statement's date becomes `date`, the year of that date written in the text becomes
 * `year` (computed: year of date), the dateline's places become `city`, and an ordinal such
 * as "27th" or "27-й" that counts the years up to the statement's year becomes `edition`
 * (computed: ordinal of edition since 1998, as the 26 June templates count the Day). A
 * variable the writer marked once ("Aigul Nurlanova" in the text) whose text is written
 * elsewhere too (the title) is offered as `also:<name>`: else the template would name the
 * first person in its title whoever it is filled with.
 */
export type SuggestionKind = 'date' | 'year' | 'city' | 'edition' | `also:${string}`;

export type TemplateSuggestion = {
  kind: SuggestionKind;
  declaration: DeclaredVariable;
  /** The texts it replaces in the statement ("26 June 2024", "27th"), each with how often. */
  replaces: Array<{ text: string; count: number }>;
  /** Suggestions it needs taken too (the year is computed from the date). */
  needs: SuggestionKind[];
};

const LABELS = {
  en: { date: 'Date of the statement', year: 'Year', city: 'City of the dateline', edition: 'Which yearly edition this is' },
  ru: { date: 'Дата заявления', year: 'Год', city: 'Город в дате заявления', edition: 'Какое по счёту ежегодное заявление' },
} as const;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const whole = (text: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(text)}(?![\\p{L}\\p{N}])`, 'gu');
const ORDINAL = { en: /(?<![\p{L}\p{N}])(\d{1,3})(?:st|nd|rd|th)(?![\p{L}\p{N}])/gu, ru: /(?<![\p{L}\p{N}])(\d{1,3})-(й|я|е)(?![\p{L}\p{N}])/gu } as const;
const GENDERS: Record<string, string> = { й: '', я: 'feminine ', е: 'neuter ' };

/** The writer's own text (not text already written from a variable), title included, for counting. */
function ownTexts(statement: Statement): string[] {
  const texts = [statement.meta.title];
  walkEditorNodes(statement.editor.root, (node) => {
    if (node.type === 'text' && filledVariableOf(node) === null) texts.push(node.text ?? '');
  });
  return texts;
}

const countIn = (texts: readonly string[], pattern: RegExp) => texts.reduce((n, text) => n + [...text.matchAll(pattern)].length, 0);

/** `marked`: the variables already in the text (chips), whose selected text may be written elsewhere too. */
export function suggestTemplateVariables(statement: Statement, dateStyle: DateStyle, taken: ReadonlySet<string>, marked: readonly DeclaredVariable[] = []): TemplateSuggestion[] {
  const { meta } = statement;
  const labels = LABELS[meta.language];
  const texts = ownTexts(statement);
  const suggestions: TemplateSuggestion[] = [];
  for (const declaration of marked) {
    const text = typeof declaration.default === 'string' ? declaration.default.trim() : '';
    // Two letters at least: a one-letter default would match every "a" in the text.
    const count = declaration.compute === null && text.length >= 2 ? countIn(texts, whole(text)) : 0;
    if (count > 0) suggestions.push({ kind: `also:${declaration.name}`, declaration, replaces: [{ text, count }], needs: [] });
  }
  const base = { help: '', choices: [], annual: false };
  if (meta.date !== '' && !taken.has('date')) {
    const phrase = datePhrase(meta.date, meta.language, dateStyle).bare;
    suggestions.push({
      kind: 'date',
      declaration: { ...base, name: 'date', label: labels.date, type: 'date', default: 'today', compute: null },
      replaces: [{ text: phrase, count: countIn(texts, whole(phrase)) }],
      needs: [],
    });
    const phraseless = texts.map((text) => text.replace(whole(phrase), ''));
    const year = String(yearOf(meta.date));
    const years = countIn(phraseless, whole(year));
    if (years > 0 && !taken.has('year')) {
      suggestions.push({ kind: 'year', declaration: { ...base, name: 'year', label: labels.year, type: 'year', default: null, compute: 'year of date' }, replaces: [{ text: year, count: years }], needs: ['date'] });
    }
    const ordinals = new Map<string, { n: number; gender: string; count: number }>();
    for (const text of phraseless) {
      for (const match of text.matchAll(ORDINAL[meta.language])) {
        const seen = ordinals.get(match[0]) ?? { n: Number(match[1]), gender: GENDERS[match[2] ?? ''] ?? '', count: 0 };
        seen.count++;
        ordinals.set(match[0], seen);
      }
    }
    // The one ordinal that counts from a plausible first year; a statement rarely has two yearly counts.
    const counted = [...ordinals.entries()].filter(([, o]) => o.n >= 2 && yearOf(meta.date) - o.n + 1 >= 1900).sort((a, b) => b[1].count - a[1].count)[0];
    if (counted && !taken.has('edition')) {
      const [text, o] = counted;
      const since = yearOf(meta.date) - o.n + 1;
      suggestions.push({
        kind: 'edition',
        declaration: { ...base, name: 'edition', label: labels.edition, type: 'text', default: null, compute: `${o.gender}ordinal of edition since ${since}` },
        replaces: [{ text, count: o.count }],
        needs: ['date'],
      });
    }
  }
  if (meta.places.length > 0 && !taken.has('city')) {
    const places = meta.places.join(', ');
    suggestions.push({ kind: 'city', declaration: { ...base, name: 'city', label: labels.city, type: 'text', default: places, compute: null }, replaces: [{ text: places, count: 1 }], needs: [] });
  }
  return suggestions;
}

/** Text nodes split where `pattern` matches, the match replaced by the variable's chip. */
function replaceInText(root: SerializedNode, pattern: RegExp, name: string, label: string): void {
  walkEditorNodes(root, (node) => {
    const children = node.children;
    if (!children) return;
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i]!;
      if (child.type !== 'text' || filledVariableOf(child) !== null || isPlaceholderNode(child)) continue;
      const text = child.text ?? '';
      const parts: SerializedNode[] = [];
      let last = 0;
      for (const match of text.matchAll(pattern)) {
        if (match.index > last) parts.push({ ...child, text: text.slice(last, match.index) });
        parts.push(placeholderNode(name, label));
        last = match.index + match[0].length;
      }
      if (parts.length === 0) continue;
      if (last < text.length) parts.push({ ...child, text: text.slice(last) });
      children.splice(i, 1, ...parts);
    }
  });
}

/**
 * The statement with the chosen suggestions applied (a copy): their texts replaced by chips,
 * "{{name}}" in the title, the places as "{{city}}". The date first, so that the year inside
 * a written date is the date's, not the year variable's.
 */
export function applySuggestions(statement: Statement, chosen: readonly TemplateSuggestion[]): Statement {
  const copy = JSON.parse(JSON.stringify(statement)) as Statement;
  // The writer's own marks first: their texts are theirs even where a date or year is inside one.
  const order: SuggestionKind[] = [...chosen.filter((s) => s.kind.startsWith('also:')).map((s) => s.kind), 'date', 'edition', 'year', 'city'];
  for (const kind of order) {
    const suggestion = chosen.find((s) => s.kind === kind);
    if (!suggestion) continue;
    const { name, label } = suggestion.declaration;
    if (kind === 'city') {
      copy.meta.places = [`{{${name}}}`];
      continue;
    }
    for (const { text } of suggestion.replaces) {
      copy.meta.title = copy.meta.title.replace(whole(text), `{{${name}}}`);
      replaceInText(copy.editor.root, whole(text), name, label);
    }
  }
  return copy;
}
