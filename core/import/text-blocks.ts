/**
 * Plain text to blocks. Web pages copied or dumped as text put each paragraph on its own
 * line, so every non-blank line is a block; lists are lines that start with a bullet
 * (•, -, —, *) or a number ("1.", "2)"). Line numbers count from `firstLine`.
 */
import type { UiLocale } from '../i18n/ui-locale.ts';
import { text, type ImportBlock, type ImportNotice, type ParsedBlocks } from './model.ts';
import { importReportMessages, type ReportText } from './report-messages.ts';

const BULLET = /^[\s\u00a0]*[•◦▪‣●·*–—-][\s\u00a0]+(?=\S)/u;
const NUMBERED = /^[\s\u00a0]*(\d{1,3})[.)][\s\u00a0]+(?=\S)/u;
/** A bullet from a symbol font is lost on copy, leaving the no-break space that followed it. */
const LOST_BULLET = /^\u00a0[\s\u00a0]*(?=\S)/u;
const SEPARATOR = /^[\s\u00a0]*[_=*–—-]{3,}[\s\u00a0]*$/u;
const QUOTED = /^[“«"„]([^]*)[”»"“]\s*[.,]?$/u;
/** An opening quote mark lost with its symbol font, like a lost bullet: no-break space, then text ending in ”. */
const LOST_OPENING_QUOTE = /^\u00a0[^]*[”»]\s*[.,]?$/u;
const MARKDOWN_QUOTE = /^>\s?/;

type Line = { text: string; line: number };
type Item = { kind: 'bullet' | 'number' | 'lost-bullet'; text: string; number: number; line: number };

/** Blank includes lines of no-break spaces and zero-width characters, which web dumps are full of. */
export function isBlank(line: string): boolean {
  // Zero-width joiners listed apart from the class: inside one they read as a joined sequence.
  return /^(?:[\s\u00a0\u200b\u2060\ufeff]|\u200c|\u200d)*$/u.test(line);
}

/** Runs of white space (no-break spaces included) as one space, trimmed. */
export function tidy(line: string): string {
  return line.replace(/[\s\u00a0\u200b\u2060\ufeff]+/gu, ' ').trim();
}

function itemOf(line: Line): Item | null {
  let m = BULLET.exec(line.text);
  if (m) return { kind: 'bullet', text: tidy(line.text.slice(m[0].length)), number: 0, line: line.line };
  if ((m = NUMBERED.exec(line.text))) return { kind: 'number', text: tidy(line.text.slice(m[0].length)), number: Number(m[1]), line: line.line };
  if (LOST_BULLET.test(line.text) && !LOST_OPENING_QUOTE.test(line.text)) return { kind: 'lost-bullet', text: tidy(line.text), number: 0, line: line.line };
  return null;
}

const paragraph = (value: string, line: number): ImportBlock => ({ kind: 'paragraph', inlines: [text(value)], line });

/**
 * A run of item lines becomes a list when it holds at least one real bullet or two numbers;
 * lines that only lost their bullet join a bulleted run. Returns the blocks and notices.
 */
function listFromItems(items: Item[], notices: ImportNotice[], m: ReportText): ImportBlock[] {
  const bullets = items.filter((i) => i.kind === 'bullet').length;
  const numbers = items.filter((i) => i.kind === 'number').length;
  if (numbers >= 2 && bullets === 0 && items.every((i) => i.kind === 'number')) {
    return [{ kind: 'list', ordered: true, start: items[0]!.number, items: items.map((i) => [text(i.text)]), line: items[0]!.line }];
  }
  if (bullets >= 1 && numbers === 0) {
    for (const item of items) {
      if (item.kind === 'lost-bullet') notices.push({ line: item.line, kind: 'recognised', message: m.lostBullet });
    }
    return [{ kind: 'list', ordered: false, start: 1, items: items.map((i) => [text(i.text)]), line: items[0]!.line }];
  }
  // Not a list after all: each line is its own paragraph, as written (markers included).
  return items.map((i) => paragraph(i.kind === 'number' ? `${i.number}. ${i.text}` : i.text, i.line));
}

/**
 * Lines without blank lines between them, all but the last ending in ";": the list of
 * people or demands that a web page had as a list and the dump flattened.
 */
function semicolonList(run: Line[], notices: ImportNotice[], m: ReportText): ImportBlock[] {
  const texts = run.map((l) => tidy(l.text));
  const isList = run.length >= 2 && texts.slice(0, -1).every((t) => t.endsWith(';')) && texts.every((t) => t.length <= 400);
  if (!isList) return run.map((l, i) => classifyLine(texts[i]!, l));
  notices.push({ line: run[0]!.line, kind: 'recognised', message: m.semicolonList(run.length) });
  return [{ kind: 'list', ordered: false, start: 1, items: texts.map((t) => [text(t)]), line: run[0]!.line }];
}

/** A single line: a separator, a quotation or a paragraph. */
function classifyLine(value: string, line: Line): ImportBlock {
  if (SEPARATOR.test(line.text)) return { kind: 'separator', line: line.line };
  if (MARKDOWN_QUOTE.test(value)) return { kind: 'quote', inlines: [text(value.replace(MARKDOWN_QUOTE, ''))], line: line.line };
  if ((QUOTED.test(value) && value.length > 40) || LOST_OPENING_QUOTE.test(line.text)) return { kind: 'quote', inlines: [text(value)], line: line.line };
  return paragraph(value, line.line);
}

export function textToBlocks(input: string, firstLine = 1, locale: UiLocale = 'en'): ParsedBlocks {
  const m = importReportMessages[locale];
  const lines = input.split('\n');
  const blocks: ImportBlock[] = [];
  const notices: ImportNotice[] = [];
  let items: Item[] = [];
  let run: Line[] = []; // consecutive non-item lines with no blank line between them
  const flushItems = () => {
    if (items.length > 0) blocks.push(...listFromItems(items, notices, m));
    items = [];
  };
  const flushRun = () => {
    if (run.length > 0) blocks.push(...semicolonList(run, notices, m));
    run = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line: Line = { text: lines[i]!.replace(/\r$/, ''), line: firstLine + i };
    if (isBlank(line.text)) {
      flushRun();
      continue;
    }
    const item = SEPARATOR.test(line.text) ? null : itemOf(line);
    // A lost bullet only counts next to real items; alone it is an indented paragraph.
    if (item && (item.kind !== 'lost-bullet' || items.length > 0 || nextIsItem(lines, i))) {
      flushRun();
      items.push(item);
    } else {
      flushItems();
      run.push(line);
    }
  }
  flushRun();
  flushItems();
  return { blocks, title: null, notes: [], notices };
}

/** Whether the next non-blank line after `index` starts with a real bullet or number. */
function nextIsItem(lines: readonly string[], index: number): boolean {
  for (let j = index + 1; j < lines.length; j++) {
    if (isBlank(lines[j]!)) continue;
    return BULLET.test(lines[j]!) || NUMBERED.test(lines[j]!);
  }
  return false;
}

