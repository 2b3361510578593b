import { useEffect, useRef } from 'react';
import { useMessages } from '../../i18n/messages.ts';
import { signatoryMessages } from './messages.ts';
import './signatories.css';

type Props = { shown: number; total: number; step: number; onMore: () => void; what: 'lines' | 'signers' };

/**
 * The end of a long list shown in parts: a button for the next part, pressed by itself when
 * it scrolls into view. A list of thousands of signers then costs what its first rows cost.
 */
export function ShowMore({ shown, total, step, onMore, what }: Props) {
  const m = useMessages(signatoryMessages);
  const ref = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const button = ref.current;
    if (!button || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) onMore();
    });
    observer.observe(button);
    return () => observer.disconnect();
  }, [onMore, shown]);
  if (shown >= total) return null;
  return (
    <button type="button" ref={ref} className="show-more" onClick={onMore}>
      {m.showMore(what, Math.min(step, total - shown), shown, total)}
    </button>
  );
}
