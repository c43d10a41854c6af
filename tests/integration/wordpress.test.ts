import { describe, expect, inject, it } from 'vitest';
import { wordpressTarget } from '../../electron/publishing/targets/wordpress';
import { articleFixture, revise, withExtraParagraph } from './support/articles';
import { wordpressApi } from './support/wordpress-api';
import { freePort } from './support/backends';
import { plain, sleep, targetFailure } from './support/expect';

const wp = inject('wordpress');
const api = wordpressApi(wp.url, wp.user, wp.applicationPassword);
const target = () => wordpressTarget({ siteUrl: wp.url, user: wp.user }, { applicationPassword: wp.applicationPassword });
const mediaIdOf = (ref: string) => Number(/#wp-media-(\d+)$/.exec(ref)?.[1]);

describe('WordPress target against a real WordPress', () => {
  it('says in plain words whether it can connect', async () => {
    expect(await target().testConnection()).toEqual({ ok: true, message: `Connected to Galley integration at ${wp.url} as admin.` });

    const wrong = await wordpressTarget({ siteUrl: wp.url, user: wp.user }, { applicationPassword: 'abcd efgh ijkl mnop qrst uvwx' }).testConnection();
    expect(wrong).toEqual({ ok: false, message: `WordPress at ${wp.url} refused the user name or application password.` });

    const contributor = await wordpressTarget({ siteUrl: wp.url, user: wp.contributor.user }, { applicationPassword: wp.contributor.applicationPassword }).testConnection();
    expect(contributor.ok).toBe(false);
    expect(contributor.message).toBe(
      'The WordPress user “contributor” may not publish posts and upload images (missing: publish_posts, upload_files, edit_published_posts). Use an Editor or Administrator account.',
    );

    const nobody = `http://127.0.0.1:${await freePort()}`;
    const unreachable = await wordpressTarget({ siteUrl: nobody, user: 'admin' }, { applicationPassword: 'x' }).testConnection();
    expect(unreachable).toEqual({ ok: false, message: `Galley could not reach ${nobody}: WordPress at ${nobody} refused the connection: is the site running?` });
  });

  it('publishes, updates, corrects, detects a conflict, and unpublishes one post', async () => {
    const { article, publicSourceTitle, confidentialName, reads } = articleFixture({ tag: 'wp-round-trip' });
    const galley = target();
    expect(await galley.find(article)).toBeNull();

    const ref = await galley.create(article, null);
    let post = await api.post(ref.remoteId);
    expect(post.status).toBe('publish');
    expect(post.title.raw).toBe('Harbour budget passes wp-round-trip');
    expect(post.slug).toBe('harbour-budget-wp-round-trip');
    expect(post.excerpt.raw).toBe('Fees rise for visiting boats (wp-round-trip).');
    expect(post.modified_gmt).toBe(ref.remoteVersion);
    const text = plain(post.content.rendered);
    expect(text).toContain('By Wren Writer and Ada Editor');
    expect(text).toContain('The harbour board approved the wp-round-trip budget on Tuesday');

    // Footnotes the WordPress way: data-fn anchors in the content, the notes in the `footnotes` meta.
    const notes = JSON.parse(post.meta.footnotes) as Array<{ id: string; content: string }>;
    expect(notes).toHaveLength(2);
    const [first, second] = notes as [{ id: string; content: string }, { id: string; content: string }];
    expect(first.content).toBe(
      `Figures from the board&#39;s annual report. <a href="https://harbour.example.org/budget" rel="noopener noreferrer">Harbour budget report wp-round-trip, Harbour Board</a>`,
    );
    expect(second.content).toBe('An official confirmed the rise.');
    expect(post.content.raw).toContain(`<sup data-fn="${first.id}" class="fn"><a href="#${first.id}" id="${first.id}-link">1</a></sup>`);
    expect(post.content.raw).toContain(`<sup data-fn="${second.id}" class="fn"><a href="#${second.id}" id="${second.id}-link">2</a></sup>`);
    expect(post.content.raw).toContain('<!-- wp:footnotes /-->');
    // WordPress itself prints the notes where the footnotes block is.
    expect(post.content.rendered).toMatch(new RegExp(`<ol class="wp-block-footnotes"><li id="${first.id}">Figures from the board`));
    expect(post.content.rendered).toContain(publicSourceTitle);
    expect(JSON.stringify(post)).not.toContain(confidentialName);

    // Figures and media: uploaded once, with alt text and caption plus credit.
    const [harbour, market] = article.images as [(typeof article.images)[0], (typeof article.images)[0]];
    const harbourMedia = await api.media(mediaIdOf(ref.images[harbour.assetId]!));
    const marketMedia = await api.media(mediaIdOf(ref.images[market.assetId]!));
    expect(harbourMedia.alt_text).toBe('A brass door knocker shaped like a lion');
    expect(harbourMedia.caption.raw).toBe('The harbour master’s door. Photo: Jane Roe / Agency');
    expect(marketMedia.alt_text).toBe('A shop front with a striped awning');
    expect(marketMedia.caption.raw).toBe('The market on Saturday. Photo: Sam Lee');
    expect(post.content.raw).toContain(`<img src="${harbourMedia.source_url}" alt="A brass door knocker shaped like a lion" class="wp-image-${harbourMedia.id}">`);
    expect(post.content.raw).toContain(`<figcaption class="wp-element-caption">The market on Saturday. <span class="credit">Photo: Sam Lee</span></figcaption>`);
    expect(post.featured_media).toBe(harbourMedia.id);
    expect((await fetch(harbourMedia.source_url)).status).toBe(200);

    // Tags and the section as category, created on demand.
    // WordPress keeps a post's tags unordered.
    expect((await api.termNames('tags', post.tags)).sort()).toEqual(['Budget', 'Harbour']);
    expect(await api.termNames('categories', post.categories)).toEqual(['Local News']);
    const firstPublished = post.date_gmt;

    // Update.
    await sleep(1100);
    const next = withExtraParagraph(revise(article, { meta: { ...article.meta, headline: 'Harbour budget passes wp-round-trip, fees rise', tags: ['Harbour', 'Fees'] }, firstPublishedAt: `${firstPublished}Z` }), 'The board meets again in May.');
    const updated = await galley.update(next, ref, { force: false });
    post = await api.post(ref.remoteId);
    expect(post.title.raw).toBe('Harbour budget passes wp-round-trip, fees rise');
    expect(plain(post.content.rendered)).toContain('The board meets again in May.');
    expect((await api.termNames('tags', post.tags)).sort()).toEqual(['Fees', 'Harbour']);
    expect(post.date_gmt).toBe(firstPublished);
    expect(updated.remoteVersion).toBe(post.modified_gmt);

    // Correction.
    await sleep(1100);
    const corrected = await galley.update(revise(next, { correctionNote: 'An earlier version misstated the fee rise.' }), updated, { force: false });
    post = await api.post(ref.remoteId);
    expect(plain(post.content.rendered)).toContain('Correction: An earlier version misstated the fee rise.');
    expect(post.status).toBe('publish');
    expect([...reads.values()]).toEqual([1, 1]);

    // Conflict: an edit in WordPress since the last sync is not overwritten.
    await sleep(1100);
    await api.edit(ref.remoteId, { title: 'Edited in WordPress by the night editor' });
    const third = revise(next, { meta: { ...next.meta, headline: 'Galley’s headline' } });
    const conflict = await targetFailure(galley.update(third, corrected, { force: false }), 'conflict');
    expect(conflict.transient).toBe(false);
    expect((await api.post(ref.remoteId)).title.raw).toBe('Edited in WordPress by the night editor');
    expect((await galley.snapshot(corrected))?.title).toBe('Edited in WordPress by the night editor');
    const forced = await galley.update(third, corrected, { force: true });
    expect((await api.post(ref.remoteId)).title.raw).toBe('Galley’s headline');

    // Unpublish.
    const down = await galley.unpublish(forced);
    post = await api.post(ref.remoteId);
    expect(post.status).toBe('draft');
    expect(down.remoteVersion).toBe(post.modified_gmt);
    expect((await galley.find(article))?.remoteId).toBe(ref.remoteId);
    expect(await api.postsTitled('Galley’s headline')).toHaveLength(1);
  });

  it('finds a post that was created but never recorded, instead of creating a second', async () => {
    const { article } = articleFixture({ tag: 'wp-unrecorded', images: false });
    const lost = await target().create(article, null);
    const found = await target().find(article);
    expect(found?.remoteId).toBe(lost.remoteId);
    const again = await target().create(revise(article, {}), found);
    expect(again.remoteId).toBe(lost.remoteId);
    expect(await api.postsTitled(article.meta.headline)).toHaveLength(1);
  });

  it('does not take over a post of the same slug that someone else wrote', async () => {
    const { article } = articleFixture({ tag: 'wp-same-slug', images: false });
    const theirs = await api.createPost({ title: 'Somebody else’s post', slug: article.meta.slug, status: 'publish', content: '<p>Theirs.</p>' });
    expect(await target().find(article)).toBeNull();
    const ours = await target().create(article, null);
    expect(ours.remoteId).not.toBe(String(theirs.id));
    expect((await api.post(theirs.id)).title.raw).toBe('Somebody else’s post');
  });

  it('schedules a post for its publication time', async () => {
    const publishAt = new Date(Date.now() + 24 * 3600_000).toISOString().replace(/\.\d+Z$/, '.000Z');
    const { article } = articleFixture({ tag: 'wp-scheduled', images: false });
    const ref = await target().create({ ...article, publishAt }, null);
    const post = await api.post(ref.remoteId);
    expect(post.status).toBe('future');
    expect(`${post.date_gmt}.000Z`).toBe(publishAt);
    expect((await target().find(article))?.remoteId).toBe(ref.remoteId);
  });
});
