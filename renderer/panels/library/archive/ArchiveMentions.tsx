import { useEffect, useState } from 'react';
import type { ArchivedStatement, ArchiveMention } from '../../../../core/archive/archive-api.ts';
import type { CaseRecord } from '../../../../core/cases/person.ts';
import { useMessages } from '../../../i18n/messages.ts';
import { studio } from '../../../studio.ts';
import { DetailSection } from '../DetailSection.tsx';
import { LibraryModal } from '../LibraryModal.tsx';
import { ArchivedStatementDetail } from './ArchivedStatementDetail.tsx';
import { caseSpellings } from './case-spellings.ts';
import { archiveMessages } from './messages.ts';
import { Snippet } from './Snippet.tsx';
import { useArchiveRevision } from './use-archive-revision.ts';

/** Mentions by year, newest year first; undated statements last. */
function byYear(mentions: ArchiveMention[]): Array<[string, ArchiveMention[]]> {
  const groups = new Map<string, ArchiveMention[]>();
  for (const mention of mentions) {
    const year = mention.date.slice(0, 4);
    groups.set(year, [...(groups.get(year) ?? []), mention]);
  }
  return [...groups.entries()].sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : b.localeCompare(a)));
}

/** "Mentioned in the archive": the archived statements naming the case's person in any of its spellings, by year; each opens read-only. */
export function ArchiveMentions({ record }: { record: Pick<CaseRecord, 'givenName' | 'familyName' | 'aliases'> }) {
  const m = useMessages(archiveMessages);
  const revision = useArchiveRevision();
  const [mentions, setMentions] = useState<ArchiveMention[] | null>(null);
  const [opened, setOpened] = useState<ArchivedStatement | null>(null);
  const names = caseSpellings(record);
  const key = JSON.stringify(names);
  useEffect(() => {
    let current = true;
    const spellings = JSON.parse(key) as string[];
    if (spellings.length === 0) return;
    void studio.archive.mentions({ names: spellings }).then((answer) => current && setMentions(answer.ok ? answer.value : []));
    return () => void (current = false);
  }, [key, revision]);
  const open = async (id: string) => {
    const answer = await studio.archive.get({ id });
    if (answer.ok) setOpened(answer.value);
  };

  return (
    <DetailSection title={m.mentionedTitle}>
      {mentions === null ? null : mentions.length === 0 ? (
        <p className="muted">{m.mentionsNone}</p>
      ) : (
        <div className="lib-archive-mentions">
          <p className="muted">{m.mentionsCount(mentions.length)}</p>
          {byYear(mentions).map(([year, group]) => (
            <section key={year} aria-label={year || m.noDate}>
              <h5 className="lib-archive-year">{year || m.noDate}</h5>
              <ul className="lib-record-list">
                {group.map((mention) => (
                  <li key={mention.id}>
                    <button type="button" className="lib-record-open" onClick={() => void open(mention.id)}>
                      <span className="lib-record-line">{mention.date}</span>
                      <span className="lib-record-name">{mention.title}</span>
                      <Snippet parts={mention.snippet} />
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      )}
      {opened && (
        <LibraryModal title={opened.title} size="wide" onCancel={() => setOpened(null)}>
          <ArchivedStatementDetail archived={opened} onUsed={() => setOpened(null)} />
          <div className="dialog-buttons">
            <button type="button" onClick={() => setOpened(null)}>
              {m.ok}
            </button>
          </div>
        </LibraryModal>
      )}
    </DetailSection>
  );
}
