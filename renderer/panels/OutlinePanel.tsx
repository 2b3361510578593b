import type { LexicalEditor } from 'lexical';
import { $getNodeByKey } from 'lexical';
import { useEffect, useState } from 'react';
import { useMessages } from '../i18n/messages.ts';
import { panelMessages } from './messages.ts';
import { readDocumentFigures, sameFigures, type DocumentFigures } from './outline.ts';

const PAUSE_MS = 700;

/** Headings of the statement, to jump between sections, and its length. */
export function OutlinePanel({ editor }: { editor: LexicalEditor }) {
  const m = useMessages(panelMessages);
  const [figures, setFigures] = useState<DocumentFigures>({ outline: [], words: 0, characters: 0 });

  useEffect(() => {
    // Recounting a long statement costs milliseconds, and any React commit while the caret
    // is in the editor costs more: recount only once the writer pauses.
    let pending: number | null = null;
    const recount = () => {
      pending = null;
      const next = readDocumentFigures(editor);
      setFigures((prev) => (sameFigures(prev, next) ? prev : next));
    };
    const schedule = () => {
      if (pending !== null) clearTimeout(pending);
      pending = window.setTimeout(recount, PAUSE_MS);
    };
    recount();
    const off = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size > 0 || dirtyLeaves.size > 0) schedule();
    });
    return () => {
      off();
      if (pending !== null) clearTimeout(pending);
    };
  }, [editor]);

  const jump = (key: string) => {
    editor.update(() => $getNodeByKey(key)?.selectStart());
    editor.getElementByKey(key)?.scrollIntoView({ block: 'center' });
    editor.focus();
  };

  return (
    <section className="panel" aria-labelledby="outline-title">
      <h2 id="outline-title">{m.outline}</h2>
      {figures.outline.length === 0 ? (
        <p className="muted">{m.noHeadings}</p>
      ) : (
        <ol className="outline">
          {figures.outline.map((entry) => (
            <li key={entry.key} className={`outline-h${entry.level}`}>
              <button type="button" onClick={() => jump(entry.key)}>
                {entry.text || m.emptyHeading}
              </button>
            </li>
          ))}
        </ol>
      )}
      <p className="muted figures" aria-label={m.length}>
        {m.figures(figures.words, figures.characters)}
      </p>
    </section>
  );
}
