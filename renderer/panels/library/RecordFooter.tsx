import { formatTimestamp } from './format.ts';
import { TagList } from './TagList.tsx';

/** The end of every detail view: the record's tags and when it last changed. */
export function RecordFooter({ tags, updatedAt }: { tags: ReadonlyArray<string>; updatedAt: string }) {
  return (
    <>
      <TagList tags={tags} />
      <p className="lib-updated muted">Last changed {formatTimestamp(updatedAt)}</p>
    </>
  );
}
