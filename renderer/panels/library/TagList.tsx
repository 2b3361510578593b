/** A record's tags, as quiet labels. */
export function TagList({ tags }: { tags: ReadonlyArray<string> }) {
  if (tags.length === 0) return null;
  return (
    <ul className="lib-tags" aria-label="Tags">
      {tags.map((tag) => (
        <li key={tag} className="lib-tag">
          {tag}
        </li>
      ))}
    </ul>
  );
}
