import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import type { SaveController } from './autosave/saveController';
import { AutoListPlugin } from './plugins/AutoListPlugin';
import { AutosavePlugin } from './plugins/AutosavePlugin';
import { CaretSyncPlugin } from './plugins/CaretSyncPlugin';
import { CitationsPlugin } from './citations/CitationsPlugin';
import { FootnotesPlugin } from './footnotes/FootnotesPlugin';
import { PasteHtmlPlugin } from './plugins/PasteHtmlPlugin';
import { ClipboardSelectionPlugin } from './plugins/ClipboardSelectionPlugin';
import { ImagesPlugin } from './plugins/ImagesPlugin';
import { MenuCommandsPlugin } from './plugins/MenuCommandsPlugin';
import { SelectLocationPlugin } from './plugins/SelectLocationPlugin';
import { ShortcutsPlugin } from './plugins/ShortcutsPlugin';
import { SmartQuotesPlugin } from './plugins/SmartQuotesPlugin';
import { WordCountPlugin } from './plugins/WordCountPlugin';
import { ReviewMarksPlugin } from './review/ReviewMarksPlugin';
import { ReviewActionsPlugin } from './review/ReviewActionsPlugin';
import { StyleHighlightsPlugin } from './style/StyleHighlightsPlugin';
import type { BridgeProvider } from './collab/BridgeProvider';
import { LiveCollaborationPlugin } from './collab/LiveCollaborationPlugin';

interface Props {
  controller: SaveController;
  language: string;
  direction: 'ltr' | 'rtl';
  onWordCount: (words: number) => void;
  /** The article whose sources citations name (for the Cite dialog and the hover cards). */
  articleId?: string;
  /** A shared article: bound to its document through the relay, with Yjs undo, instead of the history and autosave. */
  live?: { provider: BridgeProvider; person: { name: string; color: string } } | null;
}

const PLACEHOLDER = 'Start writing…';

/**
 * The article's text: Lexical's rich-text editor with Galley's plugins. Must sit inside an
 * ArticleComposer, which brings the text and the list and link behaviour.
 */
export function BodyEditor({ controller, language, direction, onWordCount, articleId, live = null }: Props) {
  return (
    // Lexical owns the editable element's `dir` (it sets it from the text), so the article's
    // direction goes on the frame around it and is inherited.
    <div className="doc-body-frame" lang={language} dir={direction}>
      <RichTextPlugin
        contentEditable={
          <ContentEditable
            id="article-body"
            className="doc-body"
            aria-label="Article body"
            aria-multiline
            lang={language}
            spellCheck
            aria-placeholder={PLACEHOLDER}
            placeholder={
              <div className="doc-placeholder" dir={direction} aria-hidden="true">
                {PLACEHOLDER}
              </div>
            }
          />
        }
        ErrorBoundary={LexicalErrorBoundary}
      />
      <CaretSyncPlugin />
      {live === null ? <HistoryPlugin /> : <LiveCollaborationPlugin provider={live.provider} person={live.person} />}
      <ShortcutsPlugin />
      <AutoListPlugin />
      <SmartQuotesPlugin language={language} />
      <MenuCommandsPlugin />
      {live === null ? <AutosavePlugin controller={controller} /> : null}
      <WordCountPlugin onCount={onWordCount} />
      <SelectLocationPlugin />
      <FootnotesPlugin />
      <CitationsPlugin articleId={articleId ?? null} />
      <ClipboardSelectionPlugin />
      <PasteHtmlPlugin />
      <ImagesPlugin />
      <ReviewMarksPlugin articleId={articleId ?? null} />
      <ReviewActionsPlugin articleId={articleId ?? null} />
      <StyleHighlightsPlugin />
    </div>
  );
}
