import { z } from 'zod';
import { IdSchema } from '../../domain/ids';

/** A Yjs update (or awareness update) as base64; a whole article's state fits comfortably. */
export const YUpdateSchema = z
  .string()
  .max(64 * 1024 * 1024, 'That update is too large to relay.')
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'An update is base64.');

/**
 * One window's (or browser tab's) connection to a shared article, named by the window
 * itself: the relay counts windows by it and tells each window the changes made by the
 * others, never its own back.
 */
export const CollabPeerSchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'A peer id is 8 to 64 letters, digits, - or _.');

const PeerInput = z.object({ articleId: IdSchema, peer: CollabPeerSchema }).strict();

/** What opening an article's shared text answers: solo (not shared), or the document's state. */
export const CollabOpenSchema = z.discriminatedUnion('shared', [
  z.object({ shared: z.literal(false) }),
  z.object({
    shared: z.literal(true),
    /** The whole document (Y.encodeStateAsUpdate), to apply after the editor is bound. */
    state: YUpdateSchema,
    /** Everyone present (an awareness update of every known client). */
    awareness: YUpdateSchema,
    /** Whether the hub lets this workstation's account change the text now. */
    writable: z.boolean(),
  }),
]);
export type CollabOpen = z.infer<typeof CollabOpenSchema>;

/**
 * Live editing of a shared article (joined to a hub). The main process owns the replica;
 * windows send their changes here and hear the others' as `collab.update` and
 * `collab.awareness` events.
 */
export const collabChannels = {
  'collab.open': { input: PeerInput, output: CollabOpenSchema },
  /** Applies a window's change to the replica; on disk when this answers. */
  'collab.push': { input: PeerInput.extend({ update: YUpdateSchema }).strict(), output: z.object({}) },
  'collab.awareness': { input: PeerInput.extend({ update: YUpdateSchema }).strict(), output: z.object({}) },
  'collab.close': { input: PeerInput, output: z.object({}) },
  /** Brings another person's shared article onto this workstation (opening it by id). */
  'collab.adopt': { input: z.object({ articleId: IdSchema }).strict(), output: z.object({ adopted: z.boolean() }) },
} as const;
