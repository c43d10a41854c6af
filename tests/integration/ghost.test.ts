import { describe, expect, inject, it } from 'vitest';
import { ghostTarget } from '../../electron/publishing/targets/ghost';
import type { RemoteRef } from '../../electron/publishing/targets/target';
import { articleFixture, revise, withExtraParagraph } from './support/articles';
import { ghostAdmin } from './support/ghost-admin';
import { freePort } from './support/backends';
import { plain, sleep, targetFailure } from './support/expect';

const ghost = inject('ghost');
const admin = ghostAdmin(ghost.url, ghost.adminApiKey);
const target = () => ghostTarget({ siteUrl: ghost.url }, { adminApiKey: ghost.adminApiKey });
describe('Ghost target against a real Ghost', () => {
  it('says in plain words whether it can connect', async () => {
    expect(await target().testConnection()).toEqual({ ok: true, message: `Connected to “Galley integration” at ${ghost.url}.` });

    const [id] = ghost.adminApiKey.split(':');
    const wrongKey = await ghostTarget({ siteUrl: ghost.url }, { adminApiKey: `${id}:${'0'.repeat(64)}` }).testConnection();
    expect(wrongKey).toEqual({ ok: false, message: `Ghost at ${ghost.url} refused the Admin API key.` });

    const malformed = await ghostTarget({ siteUrl: ghost.url }, { adminApiKey: 'not-a-key' }).testConnection();
    expect(malformed.ok).toBe(false);
    expect(malformed.message).toContain('not in the right form');

    const nobody = `http://127.0.0.1:${await freePort()}`;
    const unreachable = await ghostTarget({ siteUrl: nobody }, { adminApiKey: ghost.adminApiKey }).testConnection();
    expect(unreachable).toEqual({ ok: false, message: `Galley could not reach ${nobody}: Ghost at ${nobody} refused the connection: is the site running?` });
  });

  it('publishes, updates, corrects, detects a conflict, and unpublishes one post', async () => {
    const { article, publicSourceTitle, confidentialName, reads } = articleFixture({ tag: 'ghost-round-trip' });
    const galley = target();
    expect(await galley.find(article)).toBeNull();

    // Publish: body, footnotes, figures with credits, feature image, tags, excerpt, slug, byline.
    const ref = await galley.create(article, null);
    expect(Object.keys(ref.images).sort()).toEqual(article.images.map((image) => image.assetId).sort());
    let post = await admin.post(ref.remoteId);
    expect(post.status).toBe('published');
    expect(post.title).toBe('Harbour budget passes ghost-round-trip');
    expect(post.slug).toBe('harbour-budget-ghost-round-trip');
    expect(post.custom_excerpt).toBe('Fees rise for visiting boats (ghost-round-trip).');
    expect(post.updated_at).toBe(ref.remoteVersion);
    const text = plain(post.html);
    expect(text).toContain('By Wren Writer and Ada Editor');
    expect(text).toContain('The harbour board approved the ghost-round-trip budget on Tuesday');
    expect(text).toContain('Fees rise by four per cent for visiting boats');
    // Footnotes: numbered markers linking to the notes, which name the public source only.
    expect(post.html).toMatch(/<a href="#fn-1"><sup>1<\/sup><\/a>/);
    expect(post.html).toMatch(/<a href="#fn-2"><sup>2<\/sup><\/a>/);
    expect(post.html).toMatch(/<li id="fn-1">Figures from the board(’|'|&#39;|&#x27;)s annual report\. <a href="https:\/\/harbour\.example\.org\/budget"[^>]*>Harbour budget report ghost-round-trip, Harbour Board<\/a><\/li>/);
    expect(post.html).toContain('<li id="fn-2">An official confirmed the rise.</li>');
    expect(post.html).toContain(publicSourceTitle);
    expect(post.html).not.toContain(confidentialName);
    expect(JSON.stringify(post)).not.toContain('Quentin');
    // Figures: the uploaded images, with alt text, caption and credit.
    const [harbour, market] = article.images;
    expect(post.html).toContain(`src="${ref.images[harbour!.assetId]}"`);
    expect(post.html).toContain(`src="${ref.images[market!.assetId]}"`);
    expect(post.html).toContain('alt="A brass door knocker shaped like a lion"');
    expect(post.html).toContain('alt="A shop front with a striped awning"');
    expect(post.html).toMatch(/<figcaption>The harbour master’s door\. <span class="credit">Photo: Jane Roe \/ Agency<\/span><\/figcaption>/);
    expect(post.html).toMatch(/<figcaption>The market on Saturday\. <span class="credit">Photo: Sam Lee<\/span><\/figcaption>/);
    const image = await fetch(ref.images[harbour!.assetId]!);
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/jpeg');
    expect(post.feature_image).toBe(ref.images[harbour!.assetId]);
    expect(post.feature_image_alt).toBe('A brass door knocker shaped like a lion');
    expect(post.feature_image_caption).toBe('The harbour master’s door. Photo: Jane Roe / Agency');
    // Tags: the section is the primary tag; the marker tag is internal (not shown on the site).
    expect(post.primary_tag?.name).toBe('Local News');
    expect(post.tags.map((tag) => tag.name)).toEqual(['Local News', 'Harbour', 'Budget', `#galley-${article.key}`]);
    expect(post.tags.at(-1)?.visibility).toBe('internal');
    const firstPublishedAt = post.published_at;

    // Update: a re-approved revision replaces the post; images are not uploaded again.
    const second = withExtraParagraph(revise(article, { meta: { ...article.meta, headline: 'Harbour budget passes ghost-round-trip, fees rise' }, firstPublishedAt }), 'The board meets again in May.');
    const updated = await galley.update(second, ref, { force: false });
    expect(updated.remoteId).toBe(ref.remoteId);
    post = await admin.post(ref.remoteId);
    expect(post.title).toBe('Harbour budget passes ghost-round-trip, fees rise');
    expect(plain(post.html)).toContain('The board meets again in May.');
    expect(post.published_at).toBe(firstPublishedAt);
    expect(updated.remoteVersion).toBe(post.updated_at);

    // Correction: a visible note on the published article.
    await sleep(1100);
    const corrected = await galley.update(revise(second, { correctionNote: 'An earlier version misstated the fee rise.' }), updated, { force: false });
    post = await admin.post(ref.remoteId);
    expect(plain(post.html)).toContain('Correction: An earlier version misstated the fee rise.');
    expect(post.status).toBe('published');
    expect(post.published_at).toBe(firstPublishedAt);
    expect([...reads.values()]).toEqual([1, 1]);

    // Conflict: someone edits the post in Ghost; Galley does not overwrite it.
    await sleep(1100);
    await admin.edit(ref.remoteId, { title: 'Edited in Ghost by the night editor' });
    const third = revise(second, { meta: { ...second.meta, headline: 'Galley’s headline' } });
    const conflict = await targetFailure(galley.update(third, corrected, { force: false }), 'conflict');
    expect(conflict.transient).toBe(false);
    expect(conflict.message).toContain('Galley did not overwrite it');
    const theirs = await galley.snapshot(corrected);
    expect(theirs?.title).toBe('Edited in Ghost by the night editor');
    expect(theirs?.status).toBe('published');
    expect((await admin.post(ref.remoteId)).title).toBe('Edited in Ghost by the night editor');
    // The desk chief chooses Galley's copy.
    const forced: RemoteRef = await galley.update(third, corrected, { force: true });
    expect((await admin.post(ref.remoteId)).title).toBe('Galley’s headline');

    // Unpublish: back to a draft.
    const down = await galley.unpublish(forced);
    post = await admin.post(ref.remoteId);
    expect(post.status).toBe('draft');
    expect(down.remoteVersion).toBe(post.updated_at);
    // A draft is still found by its marker: publishing again will not make a second post.
    expect((await galley.find(article))?.remoteId).toBe(ref.remoteId);
    // Still exactly one post for the article.
    expect(await admin.postsTitled('Galley’s headline')).toHaveLength(1);
  });

  it('finds a post that was created but never recorded, instead of creating a second', async () => {
    const { article } = articleFixture({ tag: 'ghost-unrecorded', images: false });
    const lost = await target().create(article, null); // the answer "never reached" the outbox
    const found = await target().find(article);
    expect(found?.remoteId).toBe(lost.remoteId);
    const again = await target().create(revise(article, {}), found);
    expect(again.remoteId).toBe(lost.remoteId);
    expect(await admin.postsTitled(article.meta.headline)).toHaveLength(1);
  });

  it('does not take over a post of the same slug that someone else wrote', async () => {
    const { article } = articleFixture({ tag: 'ghost-same-slug', images: false });
    const theirs = await admin.createPost({ title: 'Somebody else’s post', slug: article.meta.slug, status: 'published', html: '<p>Theirs.</p>' });
    expect(await target().find(article)).toBeNull();
    const ours = await target().create(article, null);
    expect(ours.remoteId).not.toBe(theirs.id);
    expect((await admin.post(theirs.id)).title).toBe('Somebody else’s post');
  });

  it('schedules a post for its publication time', async () => {
    const publishAt = new Date(Date.now() + 24 * 3600_000).toISOString().replace(/\.\d+Z$/, '.000Z');
    const { article } = articleFixture({ tag: 'ghost-scheduled', images: false });
    const ref = await target().create({ ...article, publishAt }, null);
    const post = await admin.post(ref.remoteId);
    expect(post.status).toBe('scheduled');
    expect(post.published_at).toBe(publishAt);
    expect((await target().find(article))?.remoteId).toBe(ref.remoteId);
  });
});
