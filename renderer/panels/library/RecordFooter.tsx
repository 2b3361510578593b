import { useMessages } from '../../i18n/messages.ts';
import { formatTimestamp } from './format.ts';
import { libraryMessages } from './messages.ts';
import { TagList } from './TagList.tsx';
import { useUiLocale } from './use-ui-locale.ts';

/** The end of every detail view: the record's tags and when it last changed. */
export function RecordFooter({ tags, updatedAt }: { tags: ReadonlyArray<string>; updatedAt: string }) {
  const m = useMessages(libraryMessages);
  const locale = useUiLocale();
  return (
    <>
      <TagList tags={tags} />
      <p className="lib-updated muted">{m.lastChanged(formatTimestamp(updatedAt, locale))}</p>
    </>
  );
}
