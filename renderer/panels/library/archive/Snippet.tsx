import type { SnippetPart } from '../../../../core/archive/archive-api.ts';

/** A result's snippet, the matching words marked (text only: the archive's text is never HTML here). */
export function Snippet({ parts }: { parts: SnippetPart[] }) {
  return (
    <span className="lib-archive-snippet">
      {parts.map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
    </span>
  );
}
