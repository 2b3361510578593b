import type { InlineRun, Mark } from '../../document/model.ts';
import { BLACK, LINK_BLUE, type Rgb } from './display-list.ts';
import { faceOf, type FontFace } from './font-metrics.ts';
import type { TypeScale } from './page-setup.ts';

/** How a stretch of a line looks and what it points to. */
export type InlineStyle = {
  face: FontFace;
  size: number;
  /** Baseline shift in points, up positive (superscript). */
  rise: number;
  color: Rgb;
  underline: boolean;
  strike: boolean;
  /** A web link: its address and its Link element. */
  link?: { href: string; struct: number };
  /** A note reference: the note's id and the reference's Link element. */
  noteRef?: { noteId: string; struct: number };
};

export type StyledSpan = { start: number; end: number; style: InlineStyle };

/** One paragraph's text as a single string (for line breaking) with its styles as spans over it. */
export type StyledText = { text: string; spans: StyledSpan[] };

/** What a block's text starts from, and how new Link elements are made. */
export type TextContext = {
  base: { face: FontFace; size: number };
  scale: TypeScale;
  newLinkStruct: () => number;
};

function styleOf(marks: readonly Mark[], ctx: TextContext, link?: InlineStyle['link']): InlineStyle {
  const bold = ctx.base.face === 'bold' || ctx.base.face === 'boldItalic' || marks.includes('bold');
  const italic = ctx.base.face === 'italic' || ctx.base.face === 'boldItalic' || marks.includes('italic');
  let size = ctx.base.size;
  let rise = 0;
  if (marks.includes('superscript')) {
    rise = size * ctx.scale.superscript.rise;
    size *= ctx.scale.superscript.scale;
  } else if (marks.includes('subscript')) {
    rise = size * ctx.scale.subscript.rise;
    size *= ctx.scale.subscript.scale;
  }
  const style: InlineStyle = {
    face: faceOf(bold, italic),
    size,
    rise,
    color: link === undefined ? BLACK : LINK_BLUE,
    underline: marks.includes('underline'),
    strike: marks.includes('strikethrough'),
  };
  if (link !== undefined) style.link = link;
  return style;
}

class Builder {
  text = '';
  spans: StyledSpan[] = [];

  push(text: string, style: InlineStyle): void {
    if (text === '') return;
    const start = this.text.length;
    this.text += text;
    this.spans.push({ start, end: this.text.length, style });
  }
}

function append(runs: readonly InlineRun[], ctx: TextContext, out: Builder, link?: InlineStyle['link']): void {
  for (const run of runs) {
    switch (run.kind) {
      case 'text':
        // A tab is a wide space in the editor; in justified print a space serves.
        out.push(run.text.replace(/\t/g, ' '), styleOf(run.marks, ctx, link));
        break;
      case 'break':
        out.push('\n', styleOf([], ctx, link));
        break;
      case 'noteref': {
        const style = styleOf(['superscript'], ctx);
        style.noteRef = { noteId: run.noteId, struct: ctx.newLinkStruct() };
        out.push(run.label, style);
        break;
      }
      case 'link':
        append(run.runs, ctx, out, { href: run.href, struct: ctx.newLinkStruct() });
        break;
    }
  }
}

export function styledText(runs: readonly InlineRun[], ctx: TextContext): StyledText {
  const out = new Builder();
  append(runs, ctx, out);
  return { text: out.text, spans: out.spans };
}

