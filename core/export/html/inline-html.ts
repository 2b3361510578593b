import type { InlineRun, Mark, NoteRefRun, TextRun } from '../../document/model.ts';
import { safeExternalUrl } from '../../links/external-url.ts';
import type { Anchors } from './anchors.ts';
import { escapeHtml } from './escape.ts';

/** What rendering a line needs beyond its runs. */
export type InlineContext = {
  anchors: Anchors;
  /** References already given their id: a hand-built model citing one note twice must not repeat an id. */
  referenced: Set<string>;
};

const TAGS: Readonly<Record<Mark, string>> = {
  bold: 'strong',
  italic: 'em',
  underline: 'u',
  strikethrough: 's',
  code: 'code',
  subscript: 'sub',
  superscript: 'sup',
};

function textHtml(run: TextRun): string {
  let html = escapeHtml(run.text);
  // The first mark is the outermost tag, so equal sets always nest the same way.
  for (let i = run.marks.length - 1; i >= 0; i--) {
    const tag = TAGS[run.marks[i]!];
    if (tag !== undefined) html = `<${tag}>${html}</${tag}>`;
  }
  return html;
}

function referenceHtml(run: NoteRefRun, ctx: InlineContext): string {
  const id = ctx.referenced.has(run.noteId) ? '' : ` id="${escapeHtml(ctx.anchors.reference(run.number))}"`;
  ctx.referenced.add(run.noteId);
  return `<sup><a href="#${escapeHtml(ctx.anchors.note(run.noteId))}"${id} role="doc-noteref">${escapeHtml(run.label)}</a></sup>`;
}

/** A link's runs with any link nested in them (only a hand-built model has one) opened up. */
function flattened(runs: readonly InlineRun[]): Array<Exclude<InlineRun, { kind: 'link' }>> {
  return runs.flatMap((run) => (run.kind === 'link' ? flattened(run.runs) : [run]));
}

/**
 * A link's runs as one or more <a> elements: a reference inside the link's text stands
 * between two of them, since a link cannot hold another. The model's href is checked
 * again: a model built by other code must not bring a javascript: link through.
 */
function linkHtml(href: string, runs: readonly InlineRun[], ctx: InlineContext): string {
  const flat = flattened(runs);
  const safe = safeExternalUrl(href);
  if (safe === null) return runsHtml(flat, ctx);
  const open = `<a href="${escapeHtml(safe)}" rel="noopener noreferrer">`;
  let out = '';
  let pending = '';
  for (const run of flat) {
    if (run.kind === 'noteref') {
      if (pending !== '') out += `${open}${pending}</a>`;
      pending = '';
      out += referenceHtml(run, ctx);
    } else {
      pending += run.kind === 'text' ? textHtml(run) : '<br>';
    }
  }
  if (pending !== '') out += `${open}${pending}</a>`;
  return out;
}

/** A line of runs as HTML. */
export function runsHtml(runs: readonly InlineRun[], ctx: InlineContext): string {
  let out = '';
  for (const run of runs) {
    switch (run.kind) {
      case 'text':
        out += textHtml(run);
        break;
      case 'break':
        out += '<br>';
        break;
      case 'noteref':
        out += referenceHtml(run, ctx);
        break;
      case 'link':
        out += linkHtml(run.href, run.runs, ctx);
        break;
    }
  }
  return out;
}
