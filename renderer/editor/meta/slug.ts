const MAX_SLUG = 80;

/**
 * A URL slug from any text: lowercase ASCII letters, digits and single hyphens, as the
 * article schema requires. Accents are dropped ("Café" → "cafe"); scripts with no Latin
 * form give an empty slug, which the writer can fill by hand.
 */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= MAX_SLUG) return slug;
  // Cut at a word boundary so the slug does not end mid-word.
  const cut = slug.slice(0, MAX_SLUG);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > MAX_SLUG / 2 ? cut.slice(0, lastHyphen) : cut).replace(/-+$/g, '');
}

/**
 * The slug follows the headline until the writer edits it (or while it still equals the
 * headline's slug, as after a reload); clearing it hands it back to the headline.
 */
export function slugFollowsHeadline(meta: { slug: string; headline: string }): boolean {
  return meta.slug === '' || meta.slug === slugify(meta.headline);
}

/** The metadata with a new headline, the slug following it while it follows the headline. */
export function withHeadline<M extends { slug: string; headline: string }>(meta: M, headline: string): M {
  return { ...meta, headline, ...(slugFollowsHeadline(meta) ? { slug: slugify(headline) } : {}) };
}
