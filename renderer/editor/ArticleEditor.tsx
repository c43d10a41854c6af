import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot } from 'lexical';
import type { Article, ArticleMeta } from '../../shared/domain/article';
import { onCommand } from '../common/commands';
import { isApiError } from '../platform/api';
import { useApi, useGalleyEvent } from '../platform/ApiContext';
import { useToasts } from '../ui/toasts';
import { SaveController } from './autosave/saveController';
import { flushAndTrack, registerController } from '../common/saveRegistry';
import { ArticleComposer } from './ArticleComposer';
import { BodyEditor } from './BodyEditor';
import { DetailFields } from './meta/DetailFields';
import { HeadlineFields } from './meta/HeadlineFields';
import { directionOf } from './meta/language';
import type { ArticleSession } from './session/ArticleSession';
import { ConflictBanner } from './status/ConflictBanner';
import { HeldEditsBanner } from './newsroom/HeldEditsBanner';
import { StatusBar } from './status/StatusBar';
import { ArticleStyleContext, useArticleStyleState } from './style/articleStyle';
import { NO_RESPELL, respellArticle } from './style/respell';
import { ToolbarPlugin } from './toolbar/ToolbarPlugin';
import { LexicalCollaboration } from '@lexical/react/LexicalCollaborationContext';
import * as Y from 'yjs';
import { useAuth } from '../common/AuthContext';
import { BridgeProvider } from './collab/BridgeProvider';
import type { LiveText } from './collab/liveText';
import { PresenceList } from './collab/PresenceList';
import { personColour } from './collab/personColour';
import { useSharedMetaText, writeSharedMetaText } from './collab/sharedMetaText';

interface Props {
  article: Article;
  /** The article's shared text when the workstation shares it through a hub; null: solo, as before. */
  live?: LiveText | null;
  /** Fetch the article again from the server (after a conflict, or a change made elsewhere). */
  onReload: () => void;
  /** Show this copy of the article instead (after a restore). */
  onReplace: (article: Article) => void;
  /** Tells the side panels which article is open and what they may do with it. */
  onSession: (session: ArticleSession | null) => void;
  autoFocusHeadline: boolean;
  /** The workflow does not let this person change the article now: the text and fields are shown read-only. */
  readOnly?: boolean;
  /** Shown above the text: where the article stands in the workflow, and its actions. */
  header?: ReactNode;
}

/** One loaded copy of an article in the editor. A reload or restore mounts a fresh one (ArticleWorkspace keys it). */
export function ArticleEditor(props: Props) {
  if (props.live) {
    // The shared document fills the editor once bound: it starts empty, so nothing of the
    // article row is diffed into the document on load.
    return (
      <LexicalCollaboration>
        <ArticleComposer initialBody={EMPTY_ROOT}>
          <ArticleEditorContent {...props} />
        </ArticleComposer>
      </LexicalCollaboration>
    );
  }
  return (
    <ArticleComposer initialBody={props.article.body.editorState}>
      <ArticleEditorContent {...props} />
    </ArticleComposer>
  );
}

const EMPTY_ROOT: Article['body']['editorState'] = {
  root: { type: 'root', version: 1, children: [], direction: null, format: '', indent: 0 },
} as unknown as Article['body']['editorState'];

/** The shared text's provider for this editor, and the person its carets and presence name. */
function useLiveProvider(live: LiveText | null, onError: (message: string) => void) {
  const api = useApi();
  const { session: me } = useAuth();
  const [provider] = useState(() => (live === null ? null : new BridgeProvider(api, live, new Y.Doc(), onError)));
  useEffect(
    () => () => {
      provider?.disconnect();
      live?.close();
    },
    [provider, live],
  );
  const person = useMemo(() => ({ name: me.displayName, color: personColour(me.userId) }), [me.displayName, me.userId]);
  return provider === null ? null : { provider, person };
}

/** Whether the hub lets this person change the shared text now: as opened, then as the hub says. True for a solo article. */
function useHubWritable(live: LiveText | null): boolean {
  const api = useApi();
  const [writable, setWritable] = useState(live === null ? true : live.opened.writable);
  useEffect(() => {
    if (live === null) return undefined;
    return api.onEvent((event) => {
      if (event.type === 'collab.access' && event.articleId === live.articleId) setWritable(event.writable);
    });
  }, [api, live]);
  return writable;
}

function ArticleEditorContent({ article, live = null, onReload, onReplace, onSession, autoFocusHeadline, readOnly: workflowReadOnly = false, header }: Props) {
  const [editor] = useLexicalComposerContext();
  const api = useApi();
  const toasts = useToasts();
  const shared = useLiveProvider(live, toasts.showError);
  // The hub decides who may change a shared text (and says so again after every step); the workflow here may say no too.
  const hubWritable = useHubWritable(live);
  const readOnly = workflowReadOnly || !hubWritable;
  const [meta, setMeta] = useState<ArticleMeta>(article.meta);
  const [wordCount, setWordCount] = useState(article.wordCount);

  const readOnlyRef = useRef(readOnly);
  readOnlyRef.current = readOnly;
  const [controller] = useState(
    () =>
      new SaveController({
        articleId: article.id,
        baseVersion: article.version,
        savedAt: article.updatedAt,
        // Someone who may not change the text (a reviewer) still saves the comment and claim
        // marks they add: through the annotation-only save, which refuses any other change.
        save: (request) =>
          readOnlyRef.current && request.body !== undefined
            ? api.call('review.annotate', { id: request.id, baseVersion: request.baseVersion, body: request.body })
            : api.call('articles.save', request),
        errorCode: (error) => (isApiError(error) ? error.code : null),
      }),
  );
  const status = useSyncExternalStore(controller.subscribe, controller.getStatus);

  // Leaving this article (another one opened, a reload): save what is pending first. A save
  // that fails keeps retrying in the background, and the unload guard still knows of it.
  useEffect(() => {
    const unregister = registerController(controller);
    return () => {
      void flushAndTrack(controller).then(() => {
        if (!controller.hasUnsavedWork()) {
          controller.dispose();
          unregister();
        }
      });
    };
  }, [controller]);

  const metaRef = useRef(meta);
  metaRef.current = meta;
  const changeMeta = useCallback(
    (next: ArticleMeta) => {
      setMeta(next);
      if (shared !== null) writeSharedMetaText(shared.provider, next);
      controller.metaChanged(next);
    },
    [controller, shared],
  );
  // Someone else retyped the shared headline or standfirst: show it (and keep the row's copy for the list and search).
  useSharedMetaText(shared?.provider ?? null, ({ headline, dek }) => {
    const current = metaRef.current;
    if (current.headline === headline && current.dek === dek) return;
    const next = { ...current, headline, dek };
    metaRef.current = next;
    setMeta(next);
    if (!readOnly) controller.metaChanged(next);
  });

  const saveNow = useCallback(async () => {
    await shared?.provider.flush();
    await flushAndTrack(controller);
    return !controller.hasUnsavedWork();
  }, [controller, shared]);

  useEffect(
    () =>
      onCommand((command) => {
        if (command !== 'document.save') return false;
        void saveNow();
        return true;
      }),
    [saveNow],
  );

  // Held still by a panel (during a restore) or by the workflow: either keeps the text from changing.
  const [heldStill, setHeldStill] = useState(false);
  useEffect(() => editor.setEditable(!(readOnly || heldStill)), [editor, readOnly, heldStill]);

  const session = useMemo<ArticleSession>(
    () => ({
      articleId: article.id,
      headline: meta.headline,
      readOnly,
      editor,
      saveNow,
      replaceArticle: onReplace,
      setReadOnly: setHeldStill,
    }),
    [article.id, meta.headline, readOnly, editor, saveNow, onReplace],
  );
  useEffect(() => onSession(session), [onSession, session]);
  useEffect(() => () => onSession(null), [onSession]);

  // Another window saved this article: when nothing here is pending, show its copy.
  useGalleyEvent((event) => {
    // A shared text follows the others live; its row's saves are not a reason to reload.
    if (live !== null || event.type !== 'article.saved' || event.articleId !== article.id) return;
    if (event.version > controller.getVersion() && !controller.hasUnsavedWork() && status.kind === 'saved') onReload();
  });

  useEffect(() => {
    document.title = `${meta.headline.trim() || 'Untitled'} · Galley`;
  }, [meta.headline]);

  useEffect(() => {
    if (autoFocusHeadline) document.getElementById('article-headline')?.focus();
  }, [autoFocusHeadline]);

  const copyText = useCallback(async () => {
    const text = editor.getEditorState().read(() => $getRoot().getTextContent());
    const parts = [meta.headline, meta.dek, text].filter((part) => part.trim() !== '');
    try {
      await navigator.clipboard.writeText(parts.join('\n\n'));
    } catch {
      toasts.showError("Couldn't copy to the clipboard. Select the text and copy it by hand.");
    }
  }, [editor, meta.headline, meta.dek, toasts]);

  const flushSoon = useCallback(() => void controller.flush(), [controller]);
  const reloadDiscarding = useCallback(() => {
    controller.discardChanges();
    onReload();
  }, [controller, onReload]);
  const direction = directionOf(meta.language);

  // "Use this spelling everywhere" changes the fields and the text together (style/respell).
  const respell = useRef(NO_RESPELL);
  const style = useArticleStyleState(article.id, respell);
  respell.current = (group, chosen) =>
    style === null ? NO_RESPELL(group, chosen) : respellArticle({ editor, compiled: style.compiled, meta: () => metaRef.current, changeMeta }, group, chosen);

  return (
    <main className="workspace" id="editor" aria-label="Editor">
      {header}
      {readOnly ? null : <ToolbarPlugin />}
      {status.kind === 'conflict' ? (
        <ConflictBanner message={status.message} onCopyText={copyText} onReload={reloadDiscarding} />
      ) : null}
      <HeldEditsBanner articleId={article.id} />
      <ArticleStyleContext.Provider value={style}>
        <div className="doc-scroll">
          <article className="doc" aria-label="Article">
            <HeadlineFields
              meta={meta}
              direction={direction}
              readOnly={readOnly}
              onChange={changeMeta}
              onBlur={flushSoon}
              onFocusBody={() => editor.focus()}
            />
            <DetailFields meta={meta} readOnly={readOnly} onChange={changeMeta} onBlur={flushSoon} />
            <BodyEditor
              controller={controller}
              language={meta.language}
              direction={direction}
              onWordCount={setWordCount}
              articleId={article.id}
              live={shared}
            />
          </article>
        </div>
      </ArticleStyleContext.Provider>
      <StatusBar
        status={status}
        wordCount={wordCount}
        onRetry={flushSoon}
        onReload={reloadDiscarding}
        presence={shared === null ? null : <PresenceList provider={shared.provider} />}
      />
    </main>
  );
}
