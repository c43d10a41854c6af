import { z } from 'zod';
import { IdSchema } from '../domain/ids';
import { SyncStateSchema } from './hub';

/** Events pushed from the main side to every open window, over the same Bridge. */
export const GalleyEventSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('article.saved'),
    articleId: IdSchema,
    version: z.number().int(),
    updatedAt: z.string(),
  }),
  z.object({ type: z.literal('article.changed'), articleId: IdSchema }),
  z.object({ type: z.literal('articles.listChanged') }),
  z.object({ type: z.literal('revisions.changed'), articleId: IdSchema }),
  /** An article moved in the workflow, changed holder, or lost its approval. */
  z.object({ type: z.literal('workflow.changed'), articleId: IdSchema }),
  /** People or roles changed (the admin's Users screen listens). */
  z.object({ type: z.literal('users.changed') }),
  /**
   * An article's sources changed (attached, detached, edited), or with `articleId: null`
   * the library did in a way that may touch any article (a source edited or deleted).
   */
  z.object({ type: z.literal('sources.changed'), articleId: IdSchema.nullable() }),
  /** A publishing job of the article changed state (sent, retrying, failed…), or targets changed (`articleId: null`). */
  z.object({ type: z.literal('publishing.changed'), articleId: IdSchema.nullable() }),
  /** An article's comments or claims changed (a thread, a reply, a resolution, a verdict). */
  z.object({ type: z.literal('review.changed'), articleId: IdSchema }),
  /** The newsroom changed: joined, left, or the sync state moved (the status bar listens). */
  z.object({ type: z.literal('newsroom.changed'), state: SyncStateSchema }),
  /** Edits the hub refused were held apart on this article, or the person kept or discarded them. */
  z.object({ type: z.literal('newsroom.heldChanged'), articleId: IdSchema }),
  /** A change to a shared article's text, from the hub or another window (`from`: that window's peer id). */
  z.object({ type: z.literal('collab.update'), articleId: IdSchema, from: z.string().nullable(), update: z.string() }),
  /** The hub said whether this workstation's person may change a shared article now (after a step, a refusal, a reopen). */
  z.object({ type: z.literal('collab.access'), articleId: IdSchema, writable: z.boolean() }),
  /** Who is in a shared article and where, changed (same shape). */
  z.object({ type: z.literal('collab.awareness'), articleId: IdSchema, from: z.string().nullable(), update: z.string() }),
  /** A command from the native menu (Electron) to the editor. */
  z.object({ type: z.literal('menu.command'), command: z.string().max(64) }),
]);
export type GalleyEvent = z.infer<typeof GalleyEventSchema>;
