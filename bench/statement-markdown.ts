/**
 * A statement's document model as Pandoc Markdown, with the same text, marks, links, lists
 * and notes, so that `pandoc -s` can be timed on the same content as our HTML export.
 * Bench-only: the app never writes Markdown.
 */
import type { Block, InlineRun, Mark, NoteBlock, StatementDocument, TextRun } from '../core/document/model.ts';

const DELIMITERS: Readonly<Record<Mark, readonly [string, string]>> = {
  bold: ['**', '**'],
  italic: ['*', '*'],
  underline: ['[', ']{.underline}'],
  strikethrough: ['~~', '~~'],
  code: ['`', '`'],
  subscript: ['~', '~'],
  superscript: ['^', '^'],
};

/** Pandoc lets a backslash escape any ASCII punctuation; these are the ones that mean something inline. */
const escapeText = (text: string) => text.replace(/[\\`*_[\]<>#~^$|@]/g, (c) => `\\${c}`);

function textMarkdown(run: TextRun): string {
  if (run.marks.includes('code')) return `\`${run.text.replace(/`/g, "'")}\``;
  // Emphasis may not start or end with a space: keep the spaces outside the delimiters.
  const [, lead = '', core = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(run.text) ?? [];
  if (core === '') return escapeText(run.text);
  let out = escapeText(core);
  for (let i = run.marks.length - 1; i >= 0; i--) {
    const [open, close] = DELIMITERS[run.marks[i]!];
    out = `${open}${out}${close}`;
  }
  return `${lead}${out}${trail}`;
}

function runsMarkdown(runs: readonly InlineRun[]): string {
  let out = '';
  for (const run of runs) {
    if (run.kind === 'text') out += textMarkdown(run);
    else if (run.kind === 'break') out += '\\\n';
    else if (run.kind === 'noteref') out += `[^${run.number}]`;
    else out += `[${runsMarkdown(run.runs)}](<${run.href}>)`;
  }
  return out;
}

/** A paragraph must not open with what reads as a list marker or a heading. */
const paragraph = (runs: readonly InlineRun[]) => runsMarkdown(runs).replace(/^(\d+)\./, '$1\\.').replace(/^([-+])/, '\\$1');

const indent = (text: string, prefix: string, first = prefix) =>
  text
    .split('\n')
    .map((line, i) => (line === '' ? '' : `${i === 0 ? first : prefix}${line}`))
    .join('\n');

function blockMarkdown(block: Block): string {
  switch (block.kind) {
    case 'paragraph':
      return paragraph(block.runs);
    case 'heading':
      return `${'#'.repeat(block.level)} ${runsMarkdown(block.runs)}`;
    case 'quote':
      return indent(block.paragraphs.map((p) => paragraph(p.runs)).join('\n\n'), '> ').replace(/^$/gm, '>');
    case 'list':
      return block.items
        .map((item, i) => {
          const marker = block.ordered ? `${block.start + i}.` : '-';
          return indent(blocksMarkdown(item.blocks), '    ', `${marker}${' '.repeat(4 - marker.length)}`);
        })
        .join('\n');
    case 'signatories':
      return block.entries.map((entry) => entry.lines.map((line) => paragraph(line)).join('\\\n')).join('\n\n');
  }
}

const blocksMarkdown = (blocks: readonly Block[]) => blocks.map(blockMarkdown).join('\n\n');

export function toPandocMarkdown(doc: StatementDocument): string {
  const meta = ['---', `title: ${JSON.stringify(doc.meta.title)}`, `date: ${JSON.stringify(doc.meta.dateline)}`, `lang: ${doc.meta.language}`, '---'].join('\n');
  const notes = doc.footnotes.map((note) => indent(blocksMarkdown(note.blocks as NoteBlock[]), '    ', `[^${note.number}]: `));
  return [meta, blocksMarkdown(doc.blocks), ...notes].join('\n\n') + '\n';
}
