import type { Connection, Document, Extension, onStatelessPayload } from '@hocuspocus/server';
import { randomUUID } from 'node:crypto';
import * as Y from 'yjs';
import { bodyFromDoc, metaFromDoc } from '../../shared/collab';
import { CollabFormatError } from '../../shared/collab/layout';
import { HubStepRequestSchema, type HubStepAnswer, type HubStepRequest } from '../../shared/contract/hub';
import { GalleyError } from '../../shared/contract/errors';
import { contentHash } from '../../shared/node/content-hash';
import { holderAfter, keepsApproval } from '../../shared/workflow/after-step';
import { decide } from '../../shared/workflow/policy';
import { mayEdit } from '../articles/edit-access';
import type { HubArticle, HubStore } from '../store/hub-store';
import { setWriteAccess } from './access-notice';
import type { HubConnectionContext } from './authenticate';
import type { DocumentTurns } from './document-turns';

/** Steps that need what the hub does not have yet: a time to publish at, the outbox. */
const NOT_ON_THE_HUB_YET = new Set(['schedule', 'publish']);

const refusal = (code: string, message: string): HubStepAnswer => ({ ok: false, code, message });

/**
 * Workflow steps, asked for as stateless messages on an article's connection and decided
 * here with shared/workflow/policy.ts against the registry and the person as they are now.
 * An approval binds the hash the hub computes from its own copy (shared/node/content-hash.ts),
 * taken while no update is between its check and its apply (./document-turns). Once
 * recorded, every connection to the article has its write access recomputed and is told.
 */
export function workflowSteps(store: HubStore, turns: DocumentTurns, log: (line: string) => void): Extension {
  async function decideStep(connection: Connection, document: Document, request: HubStepRequest): Promise<HubStepAnswer> {
    const { user, articleId } = connection.context as HubConnectionContext;
    const [article, actor] = await Promise.all([store.findArticle(articleId), store.findUserById(user.id)]);
    if (article === null || actor === null || actor.disabled) return refusal('FORBIDDEN', 'This account may no longer take steps on this article.');
    if (NOT_ON_THE_HUB_YET.has(request.action)) return refusal('UNSUPPORTED', `The hub cannot ${request.action} yet: that comes with its outbox.`);
    const decision = decide({ userId: actor.id, role: actor.role }, request.action, article);
    if (!decision.allowed) return refusal('FORBIDDEN', decision.reason);

    const kept = keepsApproval(decision.to);
    let approvedHash = kept ? article.approvedHash : null;
    let approvedStateVector = kept ? article.approvedStateVector : null;
    if (request.action === 'approve') {
      approvedHash = contentHash(metaFromDoc(document), bodyFromDoc(document));
      if (request.expectHash !== undefined && request.expectHash !== approvedHash) {
        return refusal('CONFLICT', 'The text changed since you read it: read it again, then approve.');
      }
      approvedStateVector = Y.encodeStateVector(document);
    }
    const moved = await store.recordStep({
      articleId,
      from: { state: article.state, holderId: article.holderId },
      to: { state: decision.to, holderId: holderAfter(request.action, decision.to, actor.id, article.holderId), approvedHash, approvedStateVector },
      audit: {
        id: randomUUID(),
        at: new Date().toISOString(),
        actorId: actor.id,
        actorName: actor.displayName,
        action: request.action,
        revisionHash: approvedHash,
        note: null,
        detailsJson: '{}',
      },
    });
    await recomputeWriteAccess(document, moved);
    return { ok: true, state: moved.state, approvedHash: moved.approvedHash };
  }

  async function recomputeWriteAccess(document: Document, article: HubArticle): Promise<void> {
    for (const connection of document.getConnections()) {
      const { user } = connection.context as HubConnectionContext;
      const now = await store.findUserById(user.id);
      setWriteAccess(connection, article.state, now === null || !mayEdit(now, article));
    }
  }

  return {
    async onStateless({ connection, document, documentName, payload }: onStatelessPayload) {
      const reply = (answer: HubStepAnswer) => connection.sendStateless(JSON.stringify(answer));
      let request: HubStepRequest;
      try {
        request = HubStepRequestSchema.parse(JSON.parse(payload));
      } catch {
        return reply(refusal('BAD_INPUT', 'A step is a JSON object with an "action" and, to approve, the "expectHash" of the text read.'));
      }
      try {
        reply(await turns.step(documentName, () => decideStep(connection, document, request)));
      } catch (error) {
        if (error instanceof GalleyError && error.code !== 'INTERNAL') return reply(refusal(error.code, error.message));
        // The shared text breaks the article's rules (a headline too long, say): the people editing it can fix that.
        if (error instanceof CollabFormatError) return reply(refusal('BAD_INPUT', `${error.message} Fix it, then ${request.action} again.`));
        log(`hub: a ${request.action} step on ${documentName} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        reply(refusal('INTERNAL', 'The hub could not take this step because of an internal error; it has been logged.'));
      }
    },
  };
}
