import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import type { WelcomeRecentDocument } from '../../../core/ipc/contract.ts';
import { loadTemplates } from '../../../core/templates/load-templates.ts';
import type { Template } from '../../../core/templates/template.ts';
import { useMessages } from '../../i18n/messages.ts';
import { studio } from '../../studio.ts';
import { arrowList, rove } from './arrow-list.ts';
import { welcomeMessages } from './messages.ts';
import './welcome.css';

type Props = {
  onNew(): void;
  onOpen(): void;
  onImport(): void;
  onOpenRecent(path: string): void;
  /** Opens the template form with this template chosen (its file name). */
  onTemplate(fileName: string): void;
};

type Loaded<T> = { state: 'loading' } | { state: 'failed'; message: string } | { state: 'ready'; value: T };

/**
 * What the window shows with no statement open (at start, after File > Close): the recent
 * statements, the ways to start one, and the built-in templates, each a click (or Enter) away.
 */
export function WelcomeScreen({ onNew, onOpen, onImport, onOpenRecent, onTemplate }: Props) {
  const m = useMessages(welcomeMessages);
  const [recent, setRecent] = useState<Loaded<WelcomeRecentDocument[]>>({ state: 'loading' });
  const [templates, setTemplates] = useState<Loaded<Template[]>>({ state: 'loading' });
  // What the last removal did, said in the language of the moment (it can be switched meanwhile).
  const [notice, setNotice] = useState<{ removed: string } | { failed: string } | null>(null);
  const ids = useId();
  const startRef = useRef<HTMLUListElement>(null);
  const recentRef = useRef<HTMLUListElement>(null);
  const templatesRef = useRef<HTMLUListElement>(null);

  const readRecent = useCallback(
    () => studio.documents.recentWithMissing({}).then((answer) => setRecent(answer.ok ? { state: 'ready', value: answer.value } : { state: 'failed', message: answer.message })),
    [],
  );

  useEffect(() => {
    void readRecent();
    void studio.templates.list({}).then((answer) => {
      if (!answer.ok) return setTemplates({ state: 'failed', message: answer.message });
      // A broken template file is left out here; the template form lists it with its line.
      setTemplates({ state: 'ready', value: loadTemplates(answer.value.files).templates });
    });
  }, [readRecent]);

  // The window's title in the interface language, again when the language is switched.
  useEffect(() => void studio.window.setState({ title: m.windowTitle, dirty: false }), [m]);

  // One Tab stop per list, kept when the lists change.
  useLayoutEffect(() => {
    for (const list of [startRef.current, recentRef.current, templatesRef.current]) if (list) rove(list, document.activeElement);
  });

  // The first thing Enter does is start a statement.
  useEffect(() => startRef.current?.querySelector('button')?.focus(), []);

  const remove = async (doc: WelcomeRecentDocument) => {
    const answer = await studio.documents.forgetRecent({ path: doc.path });
    setNotice(answer.ok ? { removed: doc.name } : { failed: answer.message });
    await readRecent();
    recentRef.current?.querySelector('button')?.focus();
  };

  return (
    <section className="welcome" aria-labelledby="welcome-heading">
      <header className="welcome-header">
        <h1 id="welcome-heading">{m.heading}</h1>
        <p>{m.tagline}</p>
      </header>
      <div className="welcome-columns">
        <div className="welcome-column">
          <h2 id="welcome-start">{m.start}</h2>
          <ul className="welcome-list" aria-labelledby="welcome-start" ref={startRef} {...arrowList}>
            <WelcomeItem name={m.newStatement} detail={m.newStatementHint} onClick={onNew} />
            <WelcomeItem name={m.open} detail={m.openHint} onClick={onOpen} />
            <WelcomeItem name={m.importStatement} detail={m.importHint} onClick={onImport} />
          </ul>
          <h2 id="welcome-templates">{m.fromTemplate}</h2>
          {templates.state === 'loading' && <p className="welcome-note">{m.templatesLoading}</p>}
          {templates.state === 'failed' && <p className="welcome-note" role="alert">{m.templatesFailed(templates.message)}</p>}
          {templates.state === 'ready' && (
            <ul className="welcome-list" aria-labelledby="welcome-templates" ref={templatesRef} {...arrowList}>
              {templates.value.map((template) => (
                <WelcomeItem
                  key={template.fileName}
                  name={template.name}
                  detail={m.variables(template.variables.filter((v) => v.compute === null).length)}
                  onClick={() => onTemplate(template.fileName)}
                />
              ))}
            </ul>
          )}
        </div>
        <div className="welcome-column">
          <h2 id="welcome-recent">{m.recent}</h2>
          {/* The service's message already says the list could not be read, and why. */}
          {recent.state === 'failed' && <p className="welcome-note" role="alert">{recent.message}</p>}
          {recent.state === 'ready' && recent.value.length === 0 && <p className="welcome-note">{m.noRecent}</p>}
          {recent.state === 'ready' && recent.value.length > 0 && (
            <ul className="welcome-list" aria-labelledby="welcome-recent" ref={recentRef} {...arrowList}>
              {recent.value.map((doc, i) =>
                doc.missing ? (
                  <li key={doc.path} className="welcome-missing">
                    <span className="welcome-item-name">{doc.name}</span>
                    <span className="welcome-item-detail">{doc.folder}</span>
                    <span className="welcome-problem" id={`${ids}-missing-${i}`}>{m.missing}</span>
                    <button type="button" className="small" aria-describedby={`${ids}-missing-${i}`} onClick={() => void remove(doc)}>
                      {m.remove}
                    </button>
                  </li>
                ) : (
                  <WelcomeItem key={doc.path} name={doc.name} detail={doc.folder} title={doc.path} onClick={() => onOpenRecent(doc.path)} />
                ),
              )}
            </ul>
          )}
          <p className="welcome-note" role="status">
            {notice && ('removed' in notice ? m.removed(notice.removed) : notice.failed)}
          </p>
        </div>
      </div>
    </section>
  );
}

/** One entry of a welcome list: a button with a name and, smaller, what it is. */
function WelcomeItem({ name, detail, title, onClick }: { name: string; detail: string; title?: string; onClick(): void }) {
  return (
    <li>
      <button type="button" className="welcome-item" title={title} onClick={onClick}>
        <span className="welcome-item-name">{name}</span>
        <span className="welcome-item-detail">{detail}</span>
      </button>
    </li>
  );
}
