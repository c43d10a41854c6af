import { z } from 'zod';

/** The parts of Ghost Admin API answers Galley reads (everything else is ignored). */

export const GhostPostSchema = z.object({
  id: z.string().min(1),
  slug: z.string().default(''),
  title: z.string().nullable().default(''),
  html: z.string().nullable().default(null),
  status: z.string(),
  url: z.string().nullable().default(null),
  updated_at: z.string().min(1),
  codeinjection_head: z.string().nullable().default(null),
});
export type GhostPost = z.infer<typeof GhostPostSchema>;

export const GhostPostsSchema = z.object({ posts: z.array(GhostPostSchema) });
export const GhostImageSchema = z.object({ images: z.array(z.object({ url: z.string().min(1) })).min(1) });
export const GhostSiteSchema = z.object({ site: z.object({ title: z.string().default(''), version: z.string().default('') }) });

/** Ghost errors are `{errors: [{message, context, type}]}`. */
export function ghostErrorMessage(body: unknown): string | null {
  const parsed = z
    .object({ errors: z.array(z.object({ message: z.string().default(''), context: z.string().nullable().default(null) })).min(1) })
    .safeParse(body);
  if (!parsed.success) return null;
  const first = parsed.data.errors[0];
  if (first === undefined) return null;
  return [first.message, first.context].filter((part) => part !== null && part !== '').join(' ');
}
