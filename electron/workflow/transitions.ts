import { randomUUID } from 'node:crypto';
import { contentHash } from '../../shared/node/content-hash';
import { GalleyError } from '../../shared/contract/errors';
import type { GalleyEvent } from '../../shared/contract/events';
import { findingKey } from '../../shared/checks/finding';
import { runChecks } from '../../shared/checks/registry';
import type { WorkflowState } from '../../shared/domain/article';
import type { RevisionSummary } from '../../shared/domain/revision';
import type { Session } from '../../shared/domain/session';
import type { TransitionInput, TransitionResult } from '../../shared/domain/workflow';
import type { WorkflowAction } from '../../shared/workflow/actions';
import { evaluateGate, gateRefusal } from '../../shared/workflow/gate';
import { decide, holderOf } from '../../shared/workflow/policy';
import { holderAfter, keepsApproval } from '../../shared/workflow/after-step';
import type { WorkflowColumns, WorkflowRow } from '../articles/workflow-row';
import { workflowStatus } from './status';
import { actorOf, type WorkflowDeps } from './stores';

/** States in which the article carries a live approval. */
const APPROVED_STATES: ReadonlySet<WorkflowState> = new Set(['approved', 'scheduled']);
/** Steps whose content is, by construction, the approved revision: nothing new to keep. */
const USES_APPROVED_REVISION: ReadonlySet<WorkflowAction> = new Set(['schedule', 'unschedule', 'publish']);

function revisionName(action: WorkflowAction, actor: string, from: WorkflowState, holderName: string | null): string {
  switch (action) {
    case 'submit':
      return `Submitted by ${actor}`;
    case 'take':
      if (from === 'submitted') return `Taken for edit by ${actor}`;
      if (from === 'ready') return `Taken back into edit by ${actor}`;
      return `${holderName ?? 'Previous'}’s edit, kept when ${actor} took over`;
    case 'return':
      return `Returned by ${actor}`;
    case 'pass':
      return `Passed to the desk by ${actor}`;
    case 'approve':
      return `Approved by ${actor}`;
    case 'correct':
      return `As published, before ${actor}’s correction`;
    case 'unpublish':
      return `Unpublished by ${actor}`;
    case 'spike':
      return `Spiked by ${actor}`;
    case 'reopen':
      return APPROVED_STATES.has(from) ? `Reopened for changes by ${actor}` : `Reopened by ${actor}`;
    case 'schedule':
    case 'unschedule':
    case 'publish':
      return `${action} by ${actor}`;
  }
}

/** Why a step voided the approval the article carried, for its approval row and the banner. */
function voidReason(action: WorkflowAction, actor: string): string {
  if (action === 'return') return `Returned by ${actor}`;
  if (action === 'reopen') return `Reopened for changes by ${actor}`;
  return `Spiked by ${actor}`;
}

/** The workflow columns after a step: who holds it, what approval it carries, when it goes out. */
function columnsAfter(
  input: TransitionInput,
  row: WorkflowRow,
  to: WorkflowState,
  session: Session,
  at: string,
  approvedRevision: RevisionSummary | null,
): WorkflowColumns {
  const kept = keepsApproval(to);
  const next: WorkflowColumns = {
    state: to,
    holderId: holderAfter(input.action, to, session.userId, row.holderId),
    approvedRevisionId: kept ? row.approvedRevisionId : null,
    approvedHash: kept ? row.approvedHash : null,
    publishAt: to === 'scheduled' || to === 'published' ? row.publishAt : null,
    publishedRevisionId: row.publishedRevisionId,
    publishedAt: row.publishedAt,
    stateChangedAt: at,
  };
  if (input.action === 'approve' && approvedRevision !== null) {
    next.approvedRevisionId = approvedRevision.id;
    next.approvedHash = approvedRevision.contentHash;
  }
  if (input.action === 'schedule') next.publishAt = input.publishAt;
  if (input.action === 'publish') {
    next.publishedRevisionId = row.approvedRevisionId;
    next.publishedAt = at;
  }
  return next;
}

export type TransitionService = ReturnType<typeof transitionService>;

/**
 * Moves articles through the workflow. Each step is one transaction: the policy decides on
 * the state read under the write lock, the working copy is kept as a revision, and the
 * step, any approval and its acknowledgements, and their audit rows are written together.
 */
export function transitionService({ db, stores, events, audit, now, checkContext, onStep, publicationOf, authority }: WorkflowDeps) {
  /**
   * What this workstation decides before a step: the policy on the article as it is here,
   * and for an approval the gate's checks with the person's acknowledgements. `hubDecided`
   * is the state the hub moved the article to: then the hub's word stands over the policy
   * here (this copy may be a moment behind), and the gate only records what was acknowledged.
   */
  function preflight(session: Session, input: TransitionInput, hubDecided?: WorkflowState) {
    const stored = stores.articles.require(input.articleId);
    const row = stores.articles.requireStateBySeq(stored.seq);
    const facts = { state: row.state, authorId: row.authorId, holderId: row.holderId };
    const decision = hubDecided === undefined ? decide(session, input.action, facts) : { allowed: true as const, to: hubDecided };
    if (!decision.allowed) throw new GalleyError('FORBIDDEN', decision.reason);
    let acknowledged: ReturnType<typeof evaluateGate>['acknowledged'] = [];
    if (input.action === 'approve') {
      const verdict = evaluateGate(runChecks(stored.article, checkContext), input.acknowledgements);
      if (!verdict.open && hubDecided === undefined) {
        const refused: TransitionResult = { outcome: 'refused', message: gateRefusal(verdict), blocking: verdict.blocking, unacknowledged: verdict.unacknowledged };
        return { refused, stored, row, facts, to: decision.to, acknowledged };
      }
      acknowledged = verdict.acknowledged;
    }
    return { refused: null, stored, row, facts, to: decision.to, acknowledged };
  }

  function apply(session: Session, input: TransitionInput, hubDecided?: WorkflowState): TransitionResult {
    const checked = preflight(session, input, hubDecided);
    if (checked.refused !== null) return checked.refused;
    const { stored, row, facts, acknowledged } = checked;
    const decision = { to: checked.to };
    const at = now();
    const stamp = at.toISOString();
    const { meta, body } = stored.article;

    if (input.action === 'schedule' && Date.parse(input.publishAt) <= at.getTime()) {
      throw new GalleyError('BAD_INPUT', 'That publication time has already passed: choose a time in the future.');
    }
    // Passing with blocking findings is the editor's call (the desk may resolve them), made after a warning; the audit keeps what blocked.
    const passedBlocking = input.action === 'pass' ? evaluateGate(runChecks(stored.article, checkContext), []).blocking : [];
    if (USES_APPROVED_REVISION.has(input.action) && (row.approvedHash === null || row.approvedHash !== contentHash(meta, body))) {
      // Approved text is read only until reopened, so this is a safety net, not a path.
      throw new GalleyError('CONFLICT', 'The article no longer matches the approved revision: it must be approved again.');
    }
    if (USES_APPROVED_REVISION.has(input.action) && (row.approvedRevisionId === null || stores.workflow.publicationOfRevision(row.approvedRevisionId) === null)) {
      // Publishing sends what the approval kept; an approval from before Galley kept it has nothing to send.
      throw new GalleyError('CONFLICT', 'This approval was given before Galley kept what it approves (sources, image rights, claims): approve the article again.');
    }

    const previousHolder = holderOf(facts);
    const holderName = previousHolder === null ? null : stores.users.displayName(previousHolder);
    const revision = USES_APPROVED_REVISION.has(input.action)
      ? null
      : stores.articles.snapshot(stored.seq, stored.article, {
          name: revisionName(input.action, session.displayName, row.state, holderName),
          reason: 'workflow',
          author: session.displayName,
          at: stamp,
        });
    const revisionHash = revision?.contentHash ?? row.approvedHash;
    const revisionId = revision?.id ?? row.approvedRevisionId;
    const note = input.note === undefined || input.note === '' ? null : input.note;

    const voidsApproval = APPROVED_STATES.has(row.state) && !APPROVED_STATES.has(decision.to) && decision.to !== 'published';
    const voidedApprovalId = voidsApproval ? (stores.workflow.latestApproval(row.seq)?.id ?? null) : null;
    if (voidsApproval) {
      stores.workflow.voidApprovals(row.seq, stamp, session.userId, voidReason(input.action, session.displayName));
    }
    stores.articles.states.update(row.seq, columnsAfter(input, row, decision.to, session, stamp, revision));
    stores.workflow.insertTransition({
      id: randomUUID(),
      articleSeq: row.seq,
      action: input.action,
      from: row.state,
      to: decision.to,
      actorId: session.userId,
      note,
      revisionId,
      contentHash: revisionHash,
      at: stamp,
    });

    onStep?.({
      articleSeq: row.seq,
      articleId: row.id,
      action: input.action,
      from: row.state,
      to: decision.to,
      revisionId,
      previouslyPublishedRevisionId: row.publishedRevisionId,
      note,
      session,
      at: stamp,
    });

    let publicationHash: string | null = null;
    if (input.action === 'approve' && revision !== null) {
      const approvalId = randomUUID();
      const publication = publicationOf(row.id, revision.id);
      publicationHash = publication.hash;
      stores.workflow.insertApproval({
        id: approvalId,
        articleSeq: row.seq,
        revisionId: revision.id,
        contentHash: revision.contentHash,
        approvedBy: session.userId,
        approvedAt: stamp,
        publication: { json: publication.json, hash: publication.hash },
      });
      for (const finding of acknowledged) {
        stores.workflow.insertAcknowledgement({
          id: randomUUID(),
          approvalId,
          findingKey: findingKey(finding),
          code: finding.code,
          message: finding.message,
          acknowledgedBy: session.userId,
          at: stamp,
        });
        audit.append({
          actor: actorOf(session),
          action: 'approval.acknowledge',
          articleId: row.id,
          revisionHash: revision.contentHash,
          note: finding.message,
          details: { approvalId, code: finding.code, key: findingKey(finding) },
        });
      }
    }

    const tookOverFrom = input.action === 'take' && previousHolder !== null && previousHolder !== session.userId ? holderName : null;
    audit.append({
      actor: actorOf(session),
      action: `workflow.${input.action}`,
      articleId: row.id,
      fromState: row.state,
      toState: decision.to,
      revisionHash,
      note,
      details: {
        revisionId,
        ...(revision ? { revisionNumber: revision.number } : {}),
        ...(tookOverFrom !== null ? { tookOverFrom } : {}),
        ...(input.action === 'schedule' ? { publishAt: input.publishAt } : {}),
        ...(input.action === 'approve' ? { acknowledged: acknowledged.map(findingKey), publicationHash } : {}),
        ...(voidsApproval ? { voidedApprovalId, voidedApprovedRevisionId: row.approvedRevisionId } : {}),
        ...(passedBlocking.length > 0 ? { blocking: passedBlocking.map((finding) => ({ key: findingKey(finding), message: finding.message })) } : {}),
      },
    });
    return { outcome: 'done', status: workflowStatus(stores, row.id) };
  }

  function run(session: Session, input: TransitionInput, hubDecided?: WorkflowState): TransitionResult {
    const result = db.transaction(() => apply(session, input, hubDecided)).immediate();
    if (result.outcome === 'done') {
      const changed: GalleyEvent[] = [
        { type: 'workflow.changed', articleId: input.articleId },
        { type: 'articles.listChanged' },
        { type: 'revisions.changed', articleId: input.articleId },
      ];
      for (const event of changed) events.emit(event);
    }
    return result;
  }

  return {
    /** A step decided here (solo, and the publishing worker's own steps). */
    transition: (session: Session, input: TransitionInput): TransitionResult => run(session, input),
    /**
     * A person's step: on a shared article, checked here first (policy, approval gate),
     * then decided by the hub, then applied here as the hub decided; else as `transition`.
     */
    async takeStep(session: Session, input: TransitionInput): Promise<TransitionResult> {
      if (authority === undefined || !authority.decides(input.articleId)) return run(session, input);
      const checked = db.transaction(() => preflight(session, input))();
      if (checked.refused !== null) return checked.refused;
      const to = await authority.ask(input.articleId, input.action);
      return run(session, input, to);
    },
  };
}
