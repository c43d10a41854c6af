import type { EditorThemeClasses } from 'lexical';

/**
 * CSS classes Lexical puts on what it renders; the look lives in ./editor.css, so the
 * same document reads the same in the editor, a revision preview and both colour themes.
 */
export const editorTheme: EditorThemeClasses = {
  paragraph: 'doc-p',
  heading: {
    h1: 'doc-h1',
    h2: 'doc-h2',
    h3: 'doc-h3',
    h4: 'doc-h4',
    h5: 'doc-h5',
    h6: 'doc-h6',
  },
  quote: 'doc-quote',
  list: {
    ul: 'doc-ul',
    ol: 'doc-ol',
    listitem: 'doc-li',
    nested: { listitem: 'doc-li--nested' },
  },
  link: 'doc-link',
  text: {
    bold: 'doc-bold',
    italic: 'doc-italic',
    underline: 'doc-underline',
    strikethrough: 'doc-strikethrough',
    underlineStrikethrough: 'doc-underline-strikethrough',
    code: 'doc-code',
    subscript: 'doc-sub',
    superscript: 'doc-sup',
    highlight: 'doc-highlight',
  },
};
