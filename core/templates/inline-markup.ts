import { safeExternalUrl } from '../links/external-url.ts';
import type { TemplateText } from './template-messages.ts';
import { BOLD, ITALIC, type TemplateInline } from './template.ts';
import type { Place } from './yaml-fields.ts';
import { isVariableName, normaliseName } from './variable-name.ts';

/**
 * Marks inside a paragraph, as in Markdown: **bold**, *italic* or _italic_, [text](https://…),
 * [^note] for a footnote reference, {{name}} for a variable, a backslash before a character
 * to write it as it is ("\*"). A line break inside a paragraph is written as a "\" at the
 * end of the line and reaches this parser as "\n".
 */

export type InlineSource = {
  text: string;
  /** File position of a character of `text`. */
  placeAt: (offset: number) => Place;
};

export type InlineContext = {
  problem: (place: Place, message: string) => void;
  /** The problems' words, in the interface language. */
  m: TemplateText;
  /** Called for each {{name}} and [^id], to check them against the declarations and notes. */
  onVariable: (name: string, place: Place) => void;
  onFootnote: (id: string, place: Place) => void;
  /** False inside a footnote's text (a note holds no note) and inside a link's text. */
  footnotes: boolean;
  links: boolean;
};

const WORD = /[\p{L}\p{N}]/u;

export function parseInline(source: InlineSource, ctx: InlineContext, initialFormat = 0): TemplateInline[] {
  const { text } = source;
  const out: TemplateInline[] = [];
  let format = initialFormat;
  let buffer = '';
  let boldOpen = null as number | null;
  let italicOpen = null as { at: number; mark: string } | null;
  const place = (i: number) => source.placeAt(i);
  const flush = () => {
    if (buffer === '') return;
    const last = out[out.length - 1];
    if (last?.kind === 'text' && last.format === format) last.text += buffer;
    else out.push({ kind: 'text', text: buffer, format });
    buffer = '';
  };
  const canOpen = (i: number, width: number) => i + width < text.length && !/\s/.test(text[i + width]!);
  const canClose = (i: number) => i > 0 && !/\s/.test(text[i - 1]!);

  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '\\' && i + 1 < text.length && text[i + 1] !== '\n') {
      buffer += text[i + 1];
      i += 2;
    } else if (c === '\n') {
      flush();
      out.push({ kind: 'break' });
      i++;
    } else if (text.startsWith('{{', i)) {
      const end = text.indexOf('}}', i + 2);
      const inner = end < 0 ? '' : text.slice(i + 2, end);
      if (end < 0 || inner.includes('{{') || inner.includes('\n')) {
        ctx.problem(place(i), ctx.m.unclosedPlaceholder);
        buffer += '{{';
        i += 2;
        continue;
      }
      const name = normaliseName(inner);
      if (isVariableName(name)) {
        flush();
        out.push({ kind: 'variable', name, format });
        ctx.onVariable(name, place(i));
      } else {
        ctx.problem(place(i), ctx.m.notAPlaceholder(inner));
      }
      i = end + 2;
    } else if (text.startsWith('[^', i)) {
      const match = /^\[\^([^\]\s]+)\]/.exec(text.slice(i));
      if (!match) {
        buffer += c;
        i++;
        continue;
      }
      if (ctx.footnotes) {
        flush();
        out.push({ kind: 'footnote', id: match[1]! });
        ctx.onFootnote(match[1]!, place(i));
      } else {
        ctx.problem(place(i), ctx.m.noteInNote(match[0]));
      }
      i += match[0].length;
    } else if (c === '[' && ctx.links) {
      const close = text.indexOf(']', i + 1);
      // An address may hold one level of brackets, as Wikipedia's do.
      const link = close < 0 ? null : /^\(((?:[^()\s]|\([^()\s]*\))*)\)/.exec(text.slice(close + 1));
      if (close < 0 || !link) {
        buffer += c;
        i++;
        continue;
      }
      flush();
      const start = i + 1;
      const children = parseInline({ text: text.slice(start, close), placeAt: (o) => place(start + o) }, { ...ctx, links: false, footnotes: false }, format);
      const url = safeExternalUrl(link[1]!);
      if (url === null) {
        ctx.problem(place(close + 2), ctx.m.unsafeLink(link[1]!));
        out.push(...children);
      } else {
        out.push({ kind: 'link', url, children });
      }
      i = close + 1 + link[0].length;
    } else if (c === '*' && text[i + 1] === '*') {
      if (boldOpen !== null && canClose(i)) {
        flush();
        format &= ~BOLD;
        boldOpen = null;
      } else if (boldOpen === null && canOpen(i, 2)) {
        flush();
        format |= BOLD;
        boldOpen = i;
      } else {
        buffer += '**';
      }
      i += 2;
    } else if (c === '*' || c === '_') {
      // "_" marks only at word edges, so snake_case and addresses keep their underscores.
      const outside = (j: number) => j < 0 || j >= text.length || !WORD.test(text[j]!);
      if (italicOpen?.mark === c && canClose(i) && (c === '*' || outside(i + 1))) {
        flush();
        format &= ~ITALIC;
        italicOpen = null;
      } else if (italicOpen === null && canOpen(i, 1) && (c === '*' || outside(i - 1))) {
        flush();
        format |= ITALIC;
        italicOpen = { at: i, mark: c };
      } else {
        buffer += c;
      }
      i++;
    } else {
      buffer += c;
      i++;
    }
  }
  flush();
  if (boldOpen !== null) ctx.problem(place(boldOpen), ctx.m.unclosedBold);
  if (italicOpen !== null) ctx.problem(place(italicOpen.at), ctx.m.unclosedItalic(italicOpen.mark));
  return out;
}
