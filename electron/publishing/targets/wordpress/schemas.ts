import { z } from 'zod';

/** The parts of WordPress REST answers Galley reads (everything else is ignored). */

const Rendered = z.object({ rendered: z.string().default(''), raw: z.string().optional() });

export const WpPostSchema = z.object({
  id: z.number().int().positive(),
  status: z.string(),
  link: z.string().nullable().default(null),
  slug: z.string().default(''),
  modified_gmt: z.string(),
  title: Rendered,
  content: Rendered,
  excerpt: Rendered.optional(),
  featured_media: z.number().int().nonnegative().default(0),
  tags: z.array(z.number().int()).default([]),
  categories: z.array(z.number().int()).default([]),
  meta: z.union([z.object({ footnotes: z.string().optional() }), z.array(z.unknown())]).optional(),
});
export type WpPost = z.infer<typeof WpPostSchema>;

export const WpPostListSchema = z.array(WpPostSchema);

export const WpMediaSchema = z.object({ id: z.number().int().positive(), source_url: z.string().min(1) });

export const WpTermSchema = z.object({ id: z.number().int().positive(), name: z.string(), slug: z.string() });
export const WpTermListSchema = z.array(WpTermSchema);

export const WpUserSchema = z.object({
  id: z.number().int(),
  name: z.string().default(''),
  capabilities: z.record(z.string(), z.boolean()).default({}),
});

export const WpIndexSchema = z.object({ name: z.string().default(''), namespaces: z.array(z.string()).default([]) });

/** WordPress errors are `{code, message, data}`. */
export function wordpressErrorMessage(body: unknown): string | null {
  const parsed = z.object({ message: z.string() }).safeParse(body);
  return parsed.success ? parsed.data.message.replace(/<[^>]*>/g, '') : null;
}
