import { useMessages } from '../../i18n/messages.ts';
import { libraryMessages } from './messages.ts';

/** A record's tags, as quiet labels. */
export function TagList({ tags }: { tags: ReadonlyArray<string> }) {
  const m = useMessages(libraryMessages);
  if (tags.length === 0) return null;
  return (
    <ul className="lib-tags" aria-label={m.tags}>
      {tags.map((tag) => (
        <li key={tag} className="lib-tag">
          {tag}
        </li>
      ))}
    </ul>
  );
}
