import type { DateStyle } from '../cases/insert/insert-request.ts';
import type { SerializedNode } from '../statement/editor-state.ts';
import type { StatementLanguage } from '../statement/language.ts';
import { newStatement } from '../statement/new-statement.ts';
import { formatValue, organisationText } from './format-value.ts';
import { placeholderNode } from './placeholder-node.ts';
import { resolveValues, type ResolvedValue } from './resolve-values.ts';
import { caseTextNode, footnoteNode, headingNode, lineBreakNode, linkNode, listNode, mergeNeighbouringLists, paragraphNode, quoteNode, textNode } from './serialized-nodes.ts';
import { recordOf, type StatementWithTemplate } from './template-record.ts';
import { declarationOf, type Template, type TemplateBlock, type TemplateInline, type TemplateList } from './template.ts';
import type { TemplateValues, VariableValue } from './values.ts';

export type TemplateStatementOptions = {
  /** Today's date, YYYY-MM-DD: what "today" and "26 June" mean in the template's defaults. */
  today: string;
  /** The statement's language; the template's own by default. Dates and numbers follow it. */
  language?: StatementLanguage;
  /** English only; the template's own by default. */
  dateStyle?: DateStyle;
};

/**
 * A new statement from a template and the values the writer gave: filled variables become
 * their values as text (marked with the variable, see placeholder-node.ts), unfilled ones stay
 * placeholders, cases become case text as Insert > Case writes it. The statement remembers
 * the template and the values (meta.template) for next year's edition.
 *
 * Throws a RangeError if a value does not fit its variable: the form checks them first
 * (checkTemplateValues).
 */
export function templateToStatement(template: Template, values: TemplateValues, options: TemplateStatementOptions): StatementWithTemplate {
  const language = options.language ?? template.language;
  const dateStyle = options.dateStyle ?? template.dateStyle;
  const resolved = resolveValues(template.variables, values, { today: options.today, language, dateVariable: template.dateVariable });
  const write = (value: ResolvedValue) => formatValue(value, language, dateStyle);

  /** Plain text for the title and the places, where no node can stand: an unfilled variable stays "{{name}}". */
  const plain = (inlines: readonly TemplateInline[]): string =>
    inlines
      .map((inline) => {
        if (inline.kind === 'text') return inline.text;
        if (inline.kind === 'break') return ' ';
        if (inline.kind === 'link') return plain(inline.children);
        if (inline.kind === 'variable') {
          const value = resolved.get(inline.name);
          return value ? write(value) : `{{${inline.name}}}`;
        }
        return '';
      })
      .join('')
      .replace(/\s+/g, ' ')
      .trim();

  const inlineNodes = (inlines: readonly TemplateInline[]): SerializedNode[] => oneFullStop(inlineNodesOf(inlines));
  const inlineNodesOf = (inlines: readonly TemplateInline[]): SerializedNode[] =>
    inlines.flatMap((inline): SerializedNode[] => {
      switch (inline.kind) {
        case 'text':
          return [textNode(inline.text, inline.format)];
        case 'break':
          return [lineBreakNode()];
        case 'link':
          return [linkNode(inline.url, inlineNodes(inline.children))];
        case 'footnote':
          return [footnoteNode(mergeNeighbouringLists((template.notes[inline.id] ?? []).flatMap(blockNodes)))];
        case 'variable': {
          const value = resolved.get(inline.name);
          if (!value) return [placeholderNode(inline.name, declarationOf(template, inline.name)?.label ?? inline.name)];
          if (value.type === 'case list') {
            // Cases in a sentence: "A, B and C", each its own case text.
            const and = textNode(language === 'ru' ? ' и ' : ' and ');
            return value.cases.flatMap((c, i) => [...(i === 0 ? [] : [i === value.cases.length - 1 ? and : textNode(', ')]), caseTextNode(c)]);
          }
          return [textNode(write(value), inline.format, inline.name)];
        }
      }
    });

  /** A list variable alone in a paragraph or a list item stands for one item per case or organisation. */
  const listAlone = (inlines: readonly TemplateInline[]): ResolvedValue | null => {
    const only = inlines.length === 1 ? inlines[0] : undefined;
    const value = only?.kind === 'variable' ? resolved.get(only.name) : undefined;
    return value?.type === 'case list' || value?.type === 'organisation list' ? value : null;
  };
  const itemsOf = (value: ResolvedValue): SerializedNode[][] =>
    value.type === 'case list' ? value.cases.map((c) => [caseTextNode(c)]) : value.type === 'organisation list' ? value.organisations.map((o) => [textNode(organisationText(o))]) : [];

  function blockNodes(block: TemplateBlock): SerializedNode[] {
    switch (block.kind) {
      case 'paragraph': {
        const alone = listAlone(block.inlines);
        return alone?.type === 'case list' ? [listNode(false, 1, itemsOf(alone))] : [paragraphNode(inlineNodes(block.inlines))];
      }
      case 'heading':
        return [headingNode(block.level, inlineNodes(block.inlines))];
      case 'quote':
        // Lexical's quote holds inline text; its paragraphs are kept apart by line breaks.
        return [quoteNode(block.paragraphs.flatMap((p, i) => [...(i === 0 ? [] : [lineBreakNode()]), ...inlineNodes(p)]))];
      case 'list':
        return [listBlockNode(block)];
    }
  }

  function listBlockNode(list: TemplateList): SerializedNode {
    const items = list.items.flatMap((item, i) => {
      const alone = listAlone(item);
      const sub = list.nested?.[i];
      return [...(alone ? itemsOf(alone) : [inlineNodes(item)]), ...(sub ? [[listBlockNode(sub)]] : [])];
    });
    return listNode(list.ordered, list.start, items);
  }

  const statement = newStatement(language) as StatementWithTemplate;
  const children = mergeNeighbouringLists(template.body.flatMap(blockNodes));
  statement.editor.root.children = children.length > 0 ? children : [paragraphNode([])];
  const dateValue = template.dateVariable ? resolved.get(template.dateVariable) : undefined;
  const given: Record<string, VariableValue> = {};
  for (const v of template.variables) {
    const value = resolved.get(v.name);
    if (v.formula === null && value) given[v.name] = recordedValue(value);
  }
  statement.meta = {
    ...statement.meta,
    title: plain(template.title),
    date: dateValue?.type === 'date' ? dateValue.iso : '',
    places: template.places.flatMap((p) => plain(p).split(',')).map((p) => p.trim()).filter((p) => p !== ''),
    footnoteStyle: template.footnoteStyle,
    template: { ...recordOf(template, given), dateStyle },
  };
  return statement;
}

/**
 * A value that ends a sentence with its own full stop ("26 июня 2024 г.", "Ltd.") takes the
 * place of the template's: "on {{date}}." must not print "г..".
 */
function oneFullStop(nodes: SerializedNode[]): SerializedNode[] {
  for (let i = 0; i + 1 < nodes.length; i++) {
    const [value, next] = [nodes[i]!, nodes[i + 1]!];
    if (value.type === 'text' && value['$'] !== undefined && value.text?.endsWith('.') && next.type === 'text' && next.text?.startsWith('.') && !next.text.startsWith('..')) {
      next.text = next.text.slice(1);
      if (next.text === '') nodes.splice(i + 1, 1);
    }
  }
  return nodes;
}

/** A resolved input as the record stores it: the same shape the form handed over. */
function recordedValue(value: ResolvedValue): VariableValue {
  switch (value.type) {
    case 'text':
      return value.text;
    case 'date':
      return value.iso;
    case 'year':
      return value.year;
    case 'number':
      return value.n;
    case 'organisation list':
      return value.organisations;
    case 'case list':
      return value.cases;
  }
}
