import type { EditorThemeClasses } from 'lexical';
import './editor.css';

/** Class names Lexical puts on the nodes it renders; styled in editor.css. */
export const editorTheme: EditorThemeClasses = {
  paragraph: 'st-paragraph',
  quote: 'st-quote',
  heading: { h1: 'st-h1', h2: 'st-h2', h3: 'st-h3' },
  list: {
    ul: 'st-ul',
    ol: 'st-ol',
    listitem: 'st-li',
    nested: { listitem: 'st-li-nested' },
    olDepth: ['st-ol1', 'st-ol2', 'st-ol3', 'st-ol4', 'st-ol5'],
    ulDepth: ['st-ul1', 'st-ul2', 'st-ul3', 'st-ul4', 'st-ul5'],
  },
  link: 'st-link',
  text: {
    bold: 'st-bold',
    italic: 'st-italic',
    underline: 'st-underline',
    strikethrough: 'st-strike',
    underlineStrikethrough: 'st-underline-strike',
    superscript: 'st-sup',
    subscript: 'st-sub',
  },
};
