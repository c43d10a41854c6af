import { describe, expect, it } from 'vitest';
import { useGalley } from '../support/galley';
import { bodyOf, paragraph, textNode } from '../support/bodies';
import { MAX_BODY_CHARS, MAX_NESTING_DEPTH } from '../../shared/content/validate';

const newGalley = useGalley();

/** A bulleted list with `levels` lists nested inside one another (each level is a list and its item). */
function nestedList(levels: number) {
  const item = (children: unknown[]) => ({ type: 'listitem', version: 1, value: 1, direction: null, format: '', indent: 0, children });
  const list = (children: unknown[]) => ({ type: 'list', version: 1, listType: 'bullet', start: 1, tag: 'ul', direction: null, format: '', indent: 0, children });
  let node = list([item([textNode({ text: 'deepest' })])]);
  for (let i = 1; i < levels; i += 1) node = list([item([node])]);
  return bodyOf(node);
}

describe('how deeply a body may nest', () => {
  it.each([800, 3000])('refuses lists nested %i deep at save with INVALID_CONTENT, and keeps the last saved copy', async (levels) => {
    const g = newGalley();
    const created = await g.call('articles.create', { meta: { headline: 'Deep' } });
    const answer = await g.raw('articles.save', { id: created.id, baseVersion: created.version, body: nestedList(levels) });
    expect(answer).toMatchObject({ ok: false, error: { code: 'INVALID_CONTENT', message: expect.stringMatching(/nested too deeply/) } });
    const kept = await g.call('articles.get', { id: created.id });
    expect(kept.version).toBe(created.version);
    expect(kept.body).toEqual(created.body);
  });

  it('saves and submits a body at the limit', async () => {
    const g = newGalley();
    const created = await g.call('articles.create', { meta: { headline: 'Deep but allowed', bylines: ['Wren'], section: 'City' } });
    // The body, its editor state and root take five levels to the first list; each list level four more.
    const levels = Math.floor((MAX_NESTING_DEPTH - 5) / 4);
    const saved = await g.call('articles.save', { id: created.id, baseVersion: created.version, body: nestedList(levels) });
    expect(saved.version).toBeGreaterThan(created.version);
    expect(await g.raw('workflow.transition', { articleId: created.id, action: 'submit' })).toMatchObject({ ok: true });
  });
});

describe('how large a body may be', () => {
  it('refuses a body with more text than one article holds, before loading it, and keeps the last saved copy', async () => {
    const g = newGalley();
    const created = await g.call('articles.create', { meta: { headline: 'Huge' } });
    const chunk = 'The council voted on Tuesday. '.repeat(1000);
    const blocks = Array.from({ length: Math.ceil(MAX_BODY_CHARS / chunk.length) + 1 }, () => paragraph(chunk));
    const answer = await g.raw('articles.save', { id: created.id, baseVersion: created.version, body: bodyOf(...blocks) });
    expect(answer).toMatchObject({ ok: false, error: { code: 'INVALID_CONTENT', message: expect.stringMatching(/too large to keep as one article/) } });
    expect((await g.call('articles.get', { id: created.id })).version).toBe(created.version);
  });
});
