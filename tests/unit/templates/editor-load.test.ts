// @vitest-environment jsdom
import { createEditor, DecoratorNode, type SerializedLexicalNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import { insertCase } from '../../../core/cases/insert/inserted-case.ts';
import { templateToStatement } from '../../../core/templates/template-to-statement.ts';
import { STATEMENT_NODES } from '../../../renderer/editor/nodes.ts';
import { request, sample } from '../cases/fixtures.ts';
import { parsed, settings, templateText } from './helpers.ts';

type SerializedPlaceholder = SerializedLexicalNode & { name: string; label: string };

/**
 * A stand-in for the chip the window will draw for an unfilled variable: only its JSON
 * matters here, to prove that the rest of the state loads around it.
 */
class PlaceholderStandIn extends DecoratorNode<null> {
  __name = '';
  __label = '';
  static override getType(): string {
    return 'template-variable';
  }
  static override clone(node: PlaceholderStandIn): PlaceholderStandIn {
    return Object.assign(new PlaceholderStandIn(node.__key), { __name: node.__name, __label: node.__label });
  }
  static override importJSON(json: SerializedPlaceholder): PlaceholderStandIn {
    return Object.assign(new PlaceholderStandIn(), { __name: json.name, __label: json.label });
  }
  override exportJSON(): SerializedPlaceholder {
    return { type: 'template-variable', version: 1, name: this.__name, label: this.__label };
  }
  override createDOM(): HTMLElement {
    return document.createElement('span');
  }
  override updateDOM(): false {
    return false;
  }
  override isInline(): true {
    return true;
  }
  override decorate(): null {
    return null;
  }
}

const TEMPLATE = parsed(
  templateText(
    settings('  country:\n    label: Country\n    type: text\n  cases:\n    type: case list\n  date:\n    type: date\n    default: 26 June\n', 'date: date\n'),
    '# {{country}}\n\n## In **{{country}}**\n\nOn {{date}}, {{country}} _again_.[^a] See [the report](https://example.org/r).\\\nNext line.\n\n{{cases}}\n\n- one\n- two {{country}}\n\n3. three\n\n> Quoted\n>\n> Who\n\n[^a]: Note with a [link](https://example.org) and {{country}}.\n\n  Second paragraph.\n',
  ),
);

/** What Lexical makes of the state: loaded into an editor with the statement's nodes and saved again. */
function throughLexical(state: unknown): unknown {
  const editor = createEditor({ nodes: [...STATEMENT_NODES, PlaceholderStandIn], onError: (error) => { throw error; } });
  const loaded = editor.parseEditorState(JSON.stringify(state));
  editor.setEditorState(loaded);
  return editor.getEditorState().toJSON();
}

describe('a statement made from a template, loaded by Lexical', () => {
  it('saves back exactly as made, with every value filled and case text', () => {
    const cases = [insertCase(sample('farhat-meymankulyyev'), request('list-line', 'en', { statementDate: '2024-06-26', chargeFootnotes: true }))];
    const statement = templateToStatement(TEMPLATE, { country: 'Uzbekistan', cases }, { today: '2024-01-01' });
    expect(throughLexical(statement.editor)).toEqual(statement.editor);
    // The cases' list and the bullet list after it are one list, as Lexical keeps them.
    expect(statement.editor.root.children[2]).toMatchObject({ type: 'list', listType: 'bullet', children: [{ value: 1 }, { value: 2 }, { value: 3 }] });
  });

  it('saves back exactly as made with placeholders, and keeps the variable marks on filled text', () => {
    const statement = templateToStatement(TEMPLATE, { country: 'Uzbekistan' }, { today: '2024-01-01' });
    const back = throughLexical(statement.editor) as typeof statement.editor;
    expect(back).toEqual(statement.editor);
    expect(JSON.stringify(back)).toContain('"$":{"templateVariable":"country"}');
    expect(JSON.stringify(back)).toContain('"type":"template-variable","version":1,"name":"cases","label":"cases"');
  });

  it('a marked value does not merge into the text beside it when the editor normalises', () => {
    const statement = templateToStatement(TEMPLATE, { country: 'Uzbekistan' }, { today: '2024-01-01' });
    const editor = createEditor({ nodes: [...STATEMENT_NODES, PlaceholderStandIn], onError: (error) => { throw error; } });
    editor.setEditorState(editor.parseEditorState(JSON.stringify(statement.editor)));
    // Any update runs Lexical's normalisation, which merges neighbouring plain text nodes.
    editor.update(() => undefined, { discrete: true });
    expect(editor.getEditorState().toJSON()).toEqual(statement.editor);
  });
});
