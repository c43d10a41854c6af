import type { LexicalEditor } from 'lexical';
import { useAuth } from '../../auth/AuthContext';
import { useReview } from '../../editor/review/useReview';
import { useArticleSources } from '../sources/useArticleSources';
import type { PanelProps } from '../panelTypes';
import { ClaimItem, NO_VERDICT } from './ClaimItem';
import { inTextOrder, useLiveMarks } from './reviewOrder';
import { useDrafts } from './useDrafts';
import '../../css/review.css';

/**
 * The open article's marked claims in the order of the text: each with its verdict, the
 * sources it was checked against (from the article's sources), and the history of verdicts
 * with who recorded them and when. Editors and desk chiefs record verdicts.
 */
export function ClaimsPanel({ session }: PanelProps) {
  if (session === null) return <p className="panel-empty">Open an article to see its claims.</p>;
  return <ClaimList articleId={session.articleId} editor={session.editor} />;
}

function ClaimList({ articleId, editor }: { articleId: string; editor: LexicalEditor }) {
  const { session } = useAuth();
  // The verdicts being recorded, by claim.
  const { draftOf, setDraft } = useDrafts(NO_VERDICT);
  const { load } = useReview(articleId);
  const { load: sourcesLoad } = useArticleSources(articleId);
  const live = useLiveMarks(editor);
  if (load.kind === 'loading') return <p className="panel-empty">Loading claims…</p>;
  if (load.kind === 'failed') return <p className="field-error" role="alert">Couldn't load the claims: {load.message}</p>;

  const canCheck = session.role === 'editor' || session.role === 'desk_chief';
  const claims = load.value.claims.map((claim) => ({ ...claim, detached: !live.includes(`claim:${claim.id}`) }));
  const { attached, detached } = inTextOrder(claims, 'claim', live);
  const sources = sourcesLoad.kind === 'ready' ? sourcesLoad.value : [];
  if (claims.length === 0) {
    return (
      <p className="panel-empty">
        No claims marked. {canCheck ? 'Select the words of a claim and choose Mark claim (Ctrl+Alt+K).' : 'Editors mark the claims to check.'}
      </p>
    );
  }
  const unchecked = attached.filter((claim) => claim.status === 'unchecked').length;
  return (
    <section className="review-panel" aria-label="Claims">
      <p role="status" className="review-thread__meta">
        {attached.length} {attached.length === 1 ? 'claim' : 'claims'} · {unchecked} unchecked
      </p>
      <ul className="review-list" aria-label="Claims in the text">
        {attached.map((claim) => (
          <ClaimItem key={claim.id} claim={claim} sources={sources} canCheck={canCheck} draft={draftOf(claim.id)} setDraft={setDraft(claim.id)} />
        ))}
      </ul>
      {detached.length > 0 ? (
        <>
          <h3>No longer in the text</h3>
          <ul className="review-list" aria-label="Claims no longer in the text">
            {detached.map((claim) => (
              <ClaimItem key={claim.id} claim={claim} sources={sources} canCheck={false} draft={draftOf(claim.id)} setDraft={setDraft(claim.id)} />
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
