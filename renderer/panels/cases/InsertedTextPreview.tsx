import type { InsertedText } from '../../../core/cases/insert/inserted-text.ts';

/** Case text as it will read in the statement: bold and italic runs, footnote references as ¹. */
export function InsertedTextPreview({ text }: { text: InsertedText }) {
  let note = 0;
  return (
    <>
      {text.blocks.map((block, b) => (
        <p key={b} className="inserted-text-block">
          {block.runs.map((run, r) => {
            let content: React.ReactNode = run.text;
            if (run.bold) content = <strong>{content}</strong>;
            if (run.italic) content = <em>{content}</em>;
            return (
              <span key={r}>
                {content}
                {run.footnote && <sup title={run.footnote.body.map((part) => part.text).join('')}>{++note}</sup>}
              </span>
            );
          })}
        </p>
      ))}
    </>
  );
}
