import { $isLinkNode } from '@lexical/link';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $findMatchingParent } from '@lexical/utils';
import { $getNearestNodeFromDOMNode } from 'lexical';
import { useEffect } from 'react';

/**
 * Ctrl+click (Cmd+click) on a link opens it in the system browser, as in Word; a plain
 * click only places the cursor. The main process checks the URL again before opening.
 */
export function OpenLinkPlugin({ openExternal }: { openExternal: (url: string) => void }): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      if (!(event.ctrlKey || event.metaKey) || !(event.target instanceof Node)) return;
      const url = editor.read(() => {
        const node = $getNearestNodeFromDOMNode(event.target as Node);
        const link = node && $findMatchingParent(node, $isLinkNode);
        return link && $isLinkNode(link) ? link.getURL() : null;
      });
      if (url) {
        event.preventDefault();
        openExternal(url);
      }
    };
    return editor.registerRootListener((root, previous) => {
      previous?.removeEventListener('click', onClick);
      root?.addEventListener('click', onClick);
    });
  }, [editor, openExternal]);
  return null;
}
