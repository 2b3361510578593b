import { stringify } from 'yaml';
import type { SerializedNode } from '../statement/editor-state.ts';
import { formulaVariables, parseFormula } from './formula.ts';
import { filledVariableOf, isPlaceholderNode } from './placeholder-node.ts';
import type { TemplateVariableRecord } from './template-record.ts';
import { BOLD, ITALIC, type Template } from './template.ts';
import { placeholdersIn } from './variable-name.ts';

/**
 * A statement written as a template file (YAML settings, then the small Markdown that
 * template-body.ts reads), such that parsing the text and making a statement from it with
 * the same values gives the statement back.
 *
 * What a template keeps, and why:
 * - the text, headings, lists (nested too), quotes, links, bold and italic, footnotes;
 *   underline, strikethrough and super/subscript have no mark in the format and are dropped;
 * - placeholder chips and text written from a declared variable, as {{name}};
 * - a case inserted from the library as its text only: a template is reused for other
 *   people and other years, so it must not carry one person's record (which may be
 *   confidential) nor a snapshot that goes stale; a case list variable is how a template
 *   names cases;
 * - no signatories: each statement gathers its own, and who signed last time is not who
 *   signs next time (an organisation list variable names the issuing organisations);
 * - empty notes are left out (a note without text is a mistake the preflight reports, and
 *   the template format refuses one).
 */

/** A variable as a template file declares it: the record's fields plus the default as written. */
export type DeclaredVariable = TemplateVariableRecord & { default: string | number | null };

/** A template's settings as the file writes them; the places with "{{name}}" for variables. */
export type TemplateFileSettings = Pick<Template, 'id' | 'name' | 'description' | 'language' | 'dateStyle' | 'footnoteStyle' | 'dateVariable'> & { places: string[] };

/** The statement's text: the title (with "{{name}}" for variables) and the editor's root node. */
export type TemplateSource = { title: string; root: SerializedNode };

const MARKS = BOLD | ITALIC;

/** Characters the inline parser reads as marks, written with a backslash before them. */
function escapeText(text: string): string {
  return text.replace(/[\\*_[\]{]/g, (c) => `\\${c}`);
}

/** Text that may hold {{name}} for the given variables: those stay, everything else is escaped. */
function escapeWithVariables(text: string, names: ReadonlySet<string>, used: Set<string>): string {
  let out = '';
  let last = 0;
  for (const { name, index, length } of placeholdersIn(text)) {
    if (!names.has(name)) continue;
    out += escapeText(text.slice(last, index)) + `{{${name}}}`;
    used.add(name);
    last = index + length;
  }
  return out + escapeText(text.slice(last));
}

/** A line that would start a block (heading, quote, list item, note, comment) gets a backslash first. */
function guardLineStart(line: string): string {
  const trimmed = line.trimStart();
  return /^(#|>|[-+•](\s|$)|\d{1,9}[.)](\s|$)|<!--|\[\^)/.test(trimmed) ? `\\${trimmed}` : trimmed;
}

/** A piece of a paragraph: escaped text in a format, or markup; `neutral` pieces take the format around them. */
type Atom = { markup: string; format: number; neutral: boolean };

type Context = {
  names: ReadonlySet<string>;
  used: Set<string>;
  notes: string[];
};

function atomsOf(nodes: readonly SerializedNode[], ctx: Context, inNote: boolean): Atom[] {
  const atoms: Atom[] = [];
  const text = (raw: string, format: number) => {
    const value = raw.replace(/[\r\n\t]+/g, ' ');
    const lead = /^\s*/.exec(value)![0];
    const trail = value.slice(lead.length).match(/\s*$/)![0];
    const core = value.slice(lead.length, value.length - trail.length);
    if (lead) atoms.push({ markup: lead, format: 0, neutral: true });
    if (core) atoms.push({ markup: escapeText(core), format: format & MARKS, neutral: false });
    if (trail && core) atoms.push({ markup: trail, format: 0, neutral: true });
  };
  for (const node of nodes) {
    const variable = filledVariableOf(node);
    if (node.type === 'text' && variable !== null && ctx.names.has(variable)) {
      ctx.used.add(variable);
      atoms.push({ markup: `{{${variable}}}`, format: Number(node['format'] ?? 0) & MARKS, neutral: false });
    } else if (node.type === 'text') {
      text(node.text ?? '', Number(node['format'] ?? 0));
    } else if (isPlaceholderNode(node)) {
      ctx.used.add(node.name);
      atoms.push({ markup: `{{${node.name}}}`, format: 0, neutral: true });
    } else if (node.type === 'linebreak') {
      atoms.push({ markup: '\\\n', format: 0, neutral: true });
    } else if (node.type === 'tab') {
      atoms.push({ markup: ' ', format: 0, neutral: true });
    } else if (node.type === 'lead-sentence') {
      text(typeof node['text'] === 'string' ? node['text'] : '', 0);
    } else if (node.type === 'footnote' && !inNote) {
      const body = (node['$slots'] as { body?: SerializedNode } | undefined)?.body;
      const paragraphs = noteParagraphs(body?.children ?? [], ctx);
      if (paragraphs.length === 0) continue;
      ctx.notes.push(paragraphs.join('\n\n'));
      atoms.push({ markup: `[^${ctx.notes.length}]`, format: 0, neutral: true });
    } else if ((node.type === 'link' || node.type === 'autolink') && typeof node['url'] === 'string') {
      const inner = render(atomsOf(node.children ?? [], ctx, true));
      const url = node['url'].replace(/\s/g, encodeURIComponent);
      if (inner.trim() === '') continue;
      atoms.push({ markup: `[${inner}](${url})`, format: 0, neutral: false });
    } else if (node.children) {
      // A case's text, or any other inline element: its text as it reads.
      atoms.push(...atomsOf(node.children, ctx, inNote));
    }
  }
  return atoms;
}

/** The atoms as marked-up text: bold and italic opened and closed around each run of one format. */
function render(atoms: readonly Atom[]): string {
  const formats = atoms.map((atom) => (atom.neutral ? null : atom.format));
  const formatAt = (i: number): number => {
    if (formats[i] !== null) return formats[i]!;
    let before = 0;
    let after = 0;
    for (let j = i - 1; j >= 0; j--) if (formats[j] !== null) { before = formats[j]!; break; }
    for (let j = i + 1; j < formats.length; j++) if (formats[j] !== null) { after = formats[j]!; break; }
    return before & after;
  };
  const close = (format: number) => `${format & ITALIC ? '*' : ''}${format & BOLD ? '**' : ''}`;
  const open = (format: number) => `${format & BOLD ? '**' : ''}${format & ITALIC ? '*' : ''}`;
  let out = '';
  let current = 0;
  atoms.forEach((atom, i) => {
    const format = formatAt(i);
    if (format !== current) {
      // Only the marks that change: the parser tracks bold and italic apart, and a mark
      // closed right after a space would not close.
      out += close(current & ~format) + open(format & ~current);
      current = format;
    }
    out += atom.markup;
  });
  return out + close(current);
}

/** A paragraph's inline nodes as lines of the file (a line break ends a line with "\"), each guarded and indented. */
function inlineLines(nodes: readonly SerializedNode[], ctx: Context, inNote: boolean, indent = ''): string[] {
  // A line break at either end of a paragraph has no line to break; the format cannot say it.
  const text = render(atomsOf(nodes, ctx, inNote)).replace(/^(\s|\\\n)+|(\s|\\\n)+$/g, '');
  if (text === '') return [];
  return text.split('\n').map((line, i) => (i === 0 ? guardLineStart(line) : indent + guardLineStart(line)));
}

/** A note's blocks as paragraphs of the note (the format's notes hold paragraphs only); continuation lines indented. */
function noteParagraphs(blocks: readonly SerializedNode[], ctx: Context): string[] {
  const inlineGroups: SerializedNode[][] = [];
  const collect = (block: SerializedNode) => {
    if (block.type === 'list') for (const item of block.children ?? []) collect(item);
    else if (block.type === 'listitem' && block.children?.[0]?.type === 'list') collect(block.children[0]);
    else if (block.type === 'quote') inlineGroups.push(...splitAtBreaks(block.children ?? []));
    else inlineGroups.push(block.children ?? []);
  };
  blocks.forEach(collect);
  return inlineGroups.map((nodes) => inlineLines(nodes, ctx, true, '  ')).filter((lines) => lines.length > 0).map((lines) => lines.join('\n'));
}

function splitAtBreaks(nodes: readonly SerializedNode[]): SerializedNode[][] {
  const groups: SerializedNode[][] = [[]];
  for (const node of nodes) {
    if (node.type === 'linebreak') groups.push([]);
    else groups[groups.length - 1]!.push(node);
  }
  return groups;
}

function listLines(list: SerializedNode, ctx: Context, depth: number): string[] {
  const ordered = list['listType'] === 'number';
  let number = typeof list['start'] === 'number' && Number.isInteger(list['start']) && list['start'] >= 0 ? list['start'] : 1;
  const indent = '  '.repeat(depth);
  const lines: string[] = [];
  for (const item of list.children ?? []) {
    const children = item.children ?? [];
    if (children[0]?.type === 'list' && lines.length > 0) {
      for (const nested of children.filter((c) => c.type === 'list')) lines.push(...listLines(nested, ctx, depth + 1));
      continue;
    }
    const marker = ordered ? `${number++}. ` : '- ';
    const content = inlineLines(children.filter((c) => c.type !== 'list'), ctx, false, `${indent}  `);
    lines.push(`${indent}${marker}${content.join('\n')}`);
    for (const nested of children.filter((c) => c.type === 'list')) lines.push(...listLines(nested, ctx, depth + 1));
  }
  return lines;
}

function blockText(block: SerializedNode, ctx: Context): string | null {
  switch (block.type) {
    case 'heading': {
      const level = Math.min(3, Math.max(1, Number(String(block['tag'] ?? 'h2').slice(1)) || 2));
      const text = render(atomsOf(block.children ?? [], ctx, false)).replace(/\\\n/g, ' ').trim();
      return text === '' ? null : `${'#'.repeat(level)} ${text}`;
    }
    case 'quote': {
      const paragraphs = splitAtBreaks(block.children ?? []).map((nodes) => inlineLines(nodes, ctx, false).join(' ')).filter((p) => p !== '');
      return paragraphs.length === 0 ? null : paragraphs.map((p) => `> ${p}`).join('\n>\n');
    }
    case 'list': {
      const lines = listLines(block, ctx, 0);
      return lines.length === 0 ? null : lines.join('\n');
    }
    default: {
      const lines = inlineLines(block.children ?? [], ctx, false);
      return lines.length === 0 ? null : lines.join('\n');
    }
  }
}

/** Adds to `used` the variables that the formulas of used ones read, and what those read in turn. */
export function addFormulaInputs(variables: ReadonlyArray<Pick<DeclaredVariable, 'name' | 'compute'>>, used: Set<string>): void {
  const names = new Set(variables.map((v) => v.name));
  let grew = true;
  while (grew) {
    grew = false;
    for (const v of variables) {
      if (!used.has(v.name) || v.compute === null) continue;
      const parsed = parseFormula(v.compute, (name) => names.has(name));
      for (const name of parsed.ok ? formulaVariables(parsed.formula) : []) {
        if (!used.has(name)) {
          used.add(name);
          grew = true;
        }
      }
    }
  }
}

/** Declared variables that are used: in the text, as the date, or read by a used formula. */
function usedDeclarations(variables: readonly DeclaredVariable[], used: Set<string>): DeclaredVariable[] {
  addFormulaInputs(variables, used);
  return variables.filter((v) => used.has(v.name));
}

function declarationYaml(v: DeclaredVariable): Record<string, unknown> {
  const fields: Record<string, unknown> = { label: v.label };
  if (v.compute !== null) fields['compute'] = v.compute;
  else {
    fields['type'] = v.type;
    if (v.type === 'choice') fields['choices'] = v.choices;
    if (v.default !== null && v.default !== '') fields['default'] = v.default;
    if (v.annual) fields['annual'] = 'yes';
  }
  if (v.help !== '') fields['help'] = v.help;
  return fields;
}

export function statementToTemplateText(source: TemplateSource, settings: TemplateFileSettings, variables: readonly DeclaredVariable[]): string {
  const names = new Set(variables.map((v) => v.name));
  const ctx: Context = { names, used: new Set(), notes: [] };
  const title = escapeWithVariables(source.title.replace(/\s+/g, ' ').trim(), names, ctx.used);
  const blocks = (source.root.children ?? []).map((block) => blockText(block, ctx)).filter((b): b is string => b !== null);
  const places = settings.places.map((place) => escapeWithVariables(place, names, ctx.used));
  if (settings.dateVariable !== null && names.has(settings.dateVariable)) ctx.used.add(settings.dateVariable);
  const declared = usedDeclarations(variables, ctx.used);

  const yaml: Record<string, unknown> = { id: settings.id, name: settings.name };
  if (settings.description !== '') yaml['description'] = settings.description;
  yaml['language'] = settings.language;
  yaml['date style'] = settings.dateStyle.replace(/-/g, ' ');
  yaml['footnote style'] = settings.footnoteStyle === 'lower-roman' ? 'roman' : 'decimal';
  if (settings.dateVariable !== null && names.has(settings.dateVariable)) yaml['date'] = settings.dateVariable;
  if (places.length > 0) yaml['places'] = places;
  if (declared.length > 0) yaml['variables'] = Object.fromEntries(declared.map((v) => [v.name, declarationYaml(v)]));

  const notes = ctx.notes.map((note, i) => `[^${i + 1}]: ${note.split('\n').map((line, j) => (j === 0 || line === '' ? line : `  ${line.trimStart()}`)).join('\n')}`);
  const body = [`# ${title}`, ...blocks, ...notes].join('\n\n');
  return `---\n${stringify(yaml, { lineWidth: 0 })}---\n${body}\n`;
}
