import { parseInline, type InlineContext } from './inline-markup.ts';
import type { TemplateBlock, TemplateInline, TemplateList } from './template.ts';
import type { Place } from './yaml-fields.ts';

/**
 * The body of a template, a small part of Markdown that says all a statement needs:
 *
 *   # Headline of the statement              (the first line: becomes the statement's title)
 *   ## A heading   ### A smaller heading
 *   A paragraph, over as many lines as you like; a blank line ends it.
 *   - a bullet item      1. a numbered item
 *   > a quotation
 *   A sentence with a note.[^cat]
 *   [^cat]: The note's text; further lines of the note are indented by two spaces.
 *   <!-- a comment for whoever edits the template; it is not copied into statements -->
 */

export type BodyContext = Omit<InlineContext, 'footnotes' | 'links'>;

export type TemplateBody = {
  title: TemplateInline[] | null;
  blocks: TemplateBlock[];
  notes: Record<string, { blocks: TemplateBlock[]; place: Place }>;
};

type SourceLine = { text: string; line: number; column: number };

const HEADING = /^(#{1,6})\s+(.*?)\s*$/;
const QUOTE = /^ {0,3}>\s?(.*)$/;
const BULLET = /^ {0,3}[-*+•](?:\s+(.*))?$/;
const NUMBERED = /^ {0,3}(\d{1,9})[.)](?:\s+(.*))?$/;
/** A list item at any indent: the spaces, a bullet or a number. */
const ITEM = /^( *)(?:([-*+•])|(\d{1,9})[.)])(?:\s+(.*))?$/;
const NOTE = /^\[\^([^\]\s]+)\]:\s*(.*)$/;
const COMMENT = /^\s*<!--/;
const INDENTED = /^(?: {2,}|\t)\S/;

const isBlank = (line: string) => line.trim() === '';
const startsBlock = (line: string) => HEADING.test(line) || QUOTE.test(line) || BULLET.test(line) || NUMBERED.test(line) || NOTE.test(line) || COMMENT.test(line);

/** Lines of one paragraph as one text: soft line ends become spaces, a "\" at a line's end a line break. */
function joinLines(lines: readonly SourceLine[]): { text: string; placeAt: (offset: number) => Place } {
  const starts: Array<{ offset: number; line: number; column: number }> = [];
  let text = '';
  lines.forEach((source, i) => {
    const lead = source.text.length - source.text.trimStart().length;
    let content = source.text.trim();
    const hardBreak = /(^|[^\\])(\\\\)*\\$/.test(content) && i < lines.length - 1;
    if (hardBreak) content = content.slice(0, -1).trimEnd();
    starts.push({ offset: text.length, line: source.line, column: source.column + lead });
    text += content;
    if (i < lines.length - 1) text += hardBreak ? '\n' : ' ';
  });
  const placeAt = (offset: number): Place => {
    let found = starts[0] ?? { offset: 0, line: lines[0]?.line ?? 1, column: 1 };
    for (const start of starts) if (start.offset <= offset) found = start;
    return { line: found.line, column: found.column + offset - found.offset };
  };
  return { text, placeAt };
}

export function parseBody(lines: readonly string[], firstLine: number, ctx: BodyContext): TemplateBody {
  const body: TemplateBody = { title: null, blocks: [], notes: {} };
  const inline = (source: readonly SourceLine[], footnotes = true) => parseInline(joinLines(source), { ...ctx, footnotes, links: true });
  const at = (i: number, text = lines[i] ?? '', column = 1): SourceLine => ({ text, line: firstLine + i, column });
  let i = 0;
  const skipBlank = () => {
    while (i < lines.length && isBlank(lines[i]!)) i++;
  };

  const readComment = () => {
    const start = i;
    const first = lines[i]!.indexOf('<!--') + 4;
    let end = lines[i]!.indexOf('-->', first);
    while (end < 0 && ++i < lines.length) end = lines[i]!.indexOf('-->');
    if (end < 0) ctx.problem({ line: firstLine + start, column: 1 }, ctx.m.unclosedComment);
    i++;
  };

  const readNote = (match: RegExpExecArray) => {
    const id = match[1]!;
    const place = { line: firstLine + i, column: 1 };
    const paragraphs: SourceLine[][] = [[at(i, match[2]!, match[0].length - match[2]!.length + 1)]];
    i++;
    while (i < lines.length) {
      if (INDENTED.test(lines[i]!)) {
        paragraphs[paragraphs.length - 1]!.push(at(i));
        i++;
        continue;
      }
      // A blank line inside a note is a new paragraph of the note if indented text follows.
      let next = i;
      while (next < lines.length && isBlank(lines[next]!)) next++;
      if (next === i || next >= lines.length || !INDENTED.test(lines[next]!)) break;
      paragraphs.push([]);
      i = next;
    }
    if (body.notes[id]) {
      ctx.problem(place, ctx.m.noteDefinedTwice(id));
      return;
    }
    const blocks = paragraphs.filter((p) => p.some((l) => !isBlank(l.text))).map((p): TemplateBlock => ({ kind: 'paragraph', inlines: inline(p, false) }));
    if (blocks.length === 0) ctx.problem(place, ctx.m.noteWithoutText(id));
    body.notes[id] = { blocks, place };
  };

  const readQuote = () => {
    const paragraphs: SourceLine[][] = [[]];
    let match: RegExpExecArray | null;
    while (i < lines.length && (match = QUOTE.exec(lines[i]!))) {
      const content = match[1]!;
      if (isBlank(content)) paragraphs.push([]);
      else paragraphs[paragraphs.length - 1]!.push(at(i, content, lines[i]!.length - content.length + 1));
      i++;
    }
    body.blocks.push({ kind: 'quote', paragraphs: paragraphs.filter((p) => p.length > 0).map((p) => inline(p)) });
  };

  /** A list from line i: its items at `indent`, items indented two or more spaces further make a list nested under the item before. */
  const readList = (ordered: boolean, indent: number): TemplateList => {
    const items: SourceLine[][] = [];
    const nested: Array<TemplateList | null> = [];
    let start = 1;
    while (i < lines.length) {
      const line = lines[i]!;
      const item = ITEM.exec(line);
      const depth = item ? item[1]!.length : 0;
      if (item && items.length > 0 && depth >= indent + 2) {
        const sub = readList(item[3] !== undefined, depth);
        nested[items.length - 1] = nested[items.length - 1] ?? sub;
      } else if (item && depth < indent + 2 && (item[3] !== undefined) === ordered && (items.length === 0 || depth >= indent)) {
        const content = item[4] ?? '';
        if (ordered && items.length === 0) start = Number(item[3]);
        items.push([at(i, content, line.length - content.length + 1)]);
        nested.push(null);
        i++;
      } else if (!item && items.length > 0 && !isBlank(line) && !startsBlock(line)) {
        items[items.length - 1]!.push(at(i));
        i++;
      } else if (isBlank(line)) {
        // A list may have blank lines between its items.
        let next = i;
        while (next < lines.length && isBlank(lines[next]!)) next++;
        const following = next < lines.length ? ITEM.exec(lines[next]!) : null;
        if (following && following[1]!.length >= indent) i = next;
        else break;
      } else {
        break;
      }
    }
    const list: TemplateList = { kind: 'list', ordered, start, items: items.map((item) => inline(item)) };
    if (nested.some((n) => n !== null)) list.nested = nested;
    return list;
  };

  while (i < lines.length) {
    skipBlank();
    if (i >= lines.length) break;
    const line = lines[i]!;
    let match: RegExpExecArray | null;
    if (COMMENT.test(line)) readComment();
    else if ((match = NOTE.exec(line))) readNote(match);
    else if ((match = HEADING.exec(line))) {
      const level = match[1]!.length;
      const column = /^#+\s+/.exec(line)![0].length + 1;
      const inlines = inline([at(i, match[2]!, column)]);
      if (level > 3) ctx.problem({ line: firstLine + i, column: 1 }, ctx.m.headingTooDeep(level));
      else if (level === 1 && body.title === null && body.blocks.length === 0) body.title = inlines;
      else body.blocks.push({ kind: 'heading', level: level as 1 | 2 | 3, inlines });
      i++;
    } else if (QUOTE.test(line)) readQuote();
    else if (BULLET.test(line) || NUMBERED.test(line)) body.blocks.push(readList(NUMBERED.test(line), ITEM.exec(line)![1]!.length));
    else {
      const paragraph: SourceLine[] = [];
      while (i < lines.length && !isBlank(lines[i]!) && (paragraph.length === 0 || !startsBlock(lines[i]!))) {
        paragraph.push(at(i));
        i++;
      }
      body.blocks.push({ kind: 'paragraph', inlines: inline(paragraph) });
    }
  }
  return body;
}
