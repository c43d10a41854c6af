import { describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { openGalley } from '../../electron/services';
import { useGalley, TEST_PASSWORD_PARAMS, type TestClient, type TestGalley } from '../support/galley';
import { seedSession } from '../support/seed-session';
import { useTempDirs } from '../support/temp-dir';
import { bodyOf } from '../support/bodies';
import { citation, footnote, para } from '../unit/checks/source-fixtures';
import type { ChannelInput } from '../../shared/contract/channels';
import { CONFIDENTIAL_PLACEHOLDER } from '../../shared/domain/source';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { approvedArticle, newsroom, step } from '../support/publishing';
import { sourceRepository } from '../../electron/sources/repository';
import { articleStore } from '../../electron/articles/store';

const newGalley = useGalley();
const tempDir = useTempDirs();

type Fields = ChannelInput<'sources.create'>['fields'];
const REPORT: Fields = { kind: 'document', title: 'Audit of the harbour works', url: 'https://audit.example.org/harbour', publisher: 'National Audit Office' };
const SECRET: Fields = {
  kind: 'interview',
  title: 'Interview with Jane Doe',
  notes: 'Met at the port office.',
  interview: { name: 'Jane Doe', role: 'a port official', contact: 'jane.doe@port.example', attribution: 'anonymous' },
};

const count = (g: TestGalley, sql: string, ...params: unknown[]) => (g.galley.db.prepare(sql).get(...params) as { n: number }).n;

async function articleCiting(client: TestClient, sourceId: string, headline = 'Harbour works late') {
  const a = await client.call('articles.create', { meta: { headline } });
  await client.call('articles.save', {
    id: a.id,
    baseVersion: 0,
    body: bodyOf(para('The works are ', citation([sourceId], 'two years late'), '.', footnote('Per the audit.', [sourceId]))),
  });
  return a;
}

describe('the source library', () => {
  it('creates sources, attaches them to an article, and searches the library by title, publisher, author and address', async () => {
    const g = newGalley();
    const a = await g.call('articles.create', {});
    const report = await g.call('sources.create', { fields: REPORT, attachTo: a.id });
    const post = await g.call('sources.create', { fields: { kind: 'social_post', title: 'Mayor on the delay', author: 'Mayor Ann Lee', url: 'https://social.example/@mayor/17' } });
    expect(report).toMatchObject({ ...REPORT, archiveUrl: '', notes: '', interview: null, id: expect.any(String) });

    expect((await g.call('sources.list', { articleId: a.id })).map((s) => s.id)).toEqual([report.id]);
    const search = async (query: string) => (await g.call('sources.list', { query })).map((s) => s.title);
    expect(await search('harbour')).toEqual(['Audit of the harbour works']);
    expect(await search('harbour office')).toEqual([]);
    expect(await search('National Audit')).toEqual(['Audit of the harbour works']);
    expect(await search('ann lee')).toEqual(['Mayor on the delay']);
    expect(await search('@mayor/17')).toEqual(['Mayor on the delay']);
    expect(await search('100%')).toEqual([]);
    expect((await g.call('sources.list', {})).map((s) => s.id)).toEqual([post.id, report.id]);
    expect(await g.call('sources.list', { limit: 1 })).toHaveLength(1);

    const attached = await g.call('sources.attach', { articleId: a.id, sourceId: post.id });
    expect(attached.map((s) => s.id)).toEqual([report.id, post.id]);
    expect(g.events).toContainEqual({ type: 'sources.changed', articleId: a.id });

    const updated = await g.call('sources.update', { id: post.id, fields: { kind: 'social_post', title: 'Mayor on the delay', notes: 'Screenshot kept.' } });
    expect(updated).toMatchObject({ notes: 'Screenshot kept.', url: '' });
    expect(g.events).toContainEqual({ type: 'sources.changed', articleId: null });
  });

  it.each([
    ['no title', { fields: { kind: 'web_page', title: '  ' } }],
    ['an unknown kind', { fields: { kind: 'rumour', title: 'x' } }],
    ['a script address', { fields: { kind: 'web_page', title: 'x', url: 'javascript:alert(1)' } }],
    ['an unknown attribution rule', { fields: { kind: 'interview', title: 'x', interview: { name: 'A', attribution: 'off_record' } } }],
    ['an extra field', { fields: { kind: 'web_page', title: 'x' }, sql: 'DROP TABLE sources' }],
  ])('refuses %s with BAD_INPUT and stores nothing', async (_what, input) => {
    const g = newGalley();
    expect(await g.raw('sources.create', input)).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect(count(g, 'SELECT count(*) AS n FROM sources')).toBe(0);
  });

  it('answers NOT_FOUND for a source or article that does not exist', async () => {
    const g = newGalley();
    const a = await g.call('articles.create', {});
    const missing = randomUUID();
    expect(await g.raw('sources.update', { id: missing, fields: REPORT })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await g.raw('sources.attach', { articleId: a.id, sourceId: missing })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await g.raw('sources.list', { articleId: missing })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('lets admins read but not edit the library, and keeps other writers off an article they do not hold', async () => {
    const g = newGalley();
    const a = await g.call('articles.create', {});
    const report = await g.call('sources.create', { fields: REPORT });
    expect(await g.admin.raw('sources.create', { fields: REPORT })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await g.admin.call('sources.list', {})).toHaveLength(1);
    const other = g.as('otto', 'writer', 'Otto Other');
    expect(await other.raw('sources.attach', { articleId: a.id, sourceId: report.id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(count(g, 'SELECT count(*) AS n FROM article_sources')).toBe(0);
  });
});

describe('the citation index and deleting sources', () => {
  it('indexes citations and footnotes on every save, and refuses to delete or detach a cited source, saying where', async () => {
    const g = newGalley();
    const report = await g.call('sources.create', { fields: REPORT });
    const a = await articleCiting(g, report.id);
    await g.call('sources.attach', { articleId: a.id, sourceId: report.id });
    expect(count(g, "SELECT count(*) AS n FROM citations WHERE source_id = ? AND via = 'citation'", report.id)).toBe(1);
    expect(count(g, "SELECT count(*) AS n FROM citations WHERE source_id = ? AND via = 'footnote'", report.id)).toBe(1);
    expect(g.galley.db.prepare('SELECT number, text FROM footnotes').all()).toEqual([{ number: 1, text: 'Per the audit.' }]);

    expect(await g.raw('sources.delete', { id: report.id })).toEqual({
      ok: false,
      error: {
        code: 'CONFLICT',
        message: '“Audit of the harbour works” is cited in an article: “Harbour works late” (2 places). Remove those citations first, then delete the source.',
      },
    });
    expect(await g.raw('sources.detach', { articleId: a.id, sourceId: report.id })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining('cited in 2 places in this article') },
    });

    await g.call('articles.save', { id: a.id, baseVersion: 1, body: bodyOf(para('The works are two years late.')) });
    expect(count(g, 'SELECT count(*) AS n FROM citations')).toBe(0);
    expect(await g.call('sources.detach', { articleId: a.id, sourceId: report.id })).toEqual([]);
    expect(await g.call('sources.delete', { id: report.id })).toEqual({ deleted: true });
    expect(count(g, 'SELECT count(*) AS n FROM sources')).toBe(0);
  });

  it('keeps the index with the text on restore, and leaves it alone on a save of metadata only', async () => {
    const g = newGalley();
    const report = await g.call('sources.create', { fields: REPORT });
    const a = await articleCiting(g, report.id);
    await g.call('revisions.create', { articleId: a.id, name: 'With the audit' });
    const [revision] = await g.call('revisions.list', { articleId: a.id });
    await g.call('articles.save', { id: a.id, baseVersion: 1, body: bodyOf(para('No citation now.')) });
    const current = await g.call('articles.get', { id: a.id });
    await g.call('articles.save', { id: a.id, baseVersion: 2, meta: { ...current.meta, headline: 'Renamed' } });
    expect(count(g, 'SELECT count(*) AS n FROM citations')).toBe(0);
    await g.call('revisions.restore', { articleId: a.id, revisionId: revision!.id });
    expect(count(g, 'SELECT count(*) AS n FROM citations')).toBe(2);
    expect(await g.raw('sources.delete', { id: report.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('drops an attachment when an uncited source is deleted from the library', async () => {
    const g = newGalley();
    const a = await g.call('articles.create', {});
    const report = await g.call('sources.create', { fields: REPORT, attachTo: a.id });
    await g.call('sources.delete', { id: report.id });
    expect(await g.call('sources.list', { articleId: a.id })).toEqual([]);
  });

  it("lists the articles citing a source with one read of the articles' headlines, most recently changed first", async () => {
    const g = newGalley();
    const report = await g.call('sources.create', { fields: REPORT });
    const [first, second, third] = [await articleCiting(g, report.id, 'First'), await articleCiting(g, report.id, 'Second'), await articleCiting(g, report.id, 'Third')];
    // Fixed times, with a tie: equally recent articles come newest-made first, as in the article list.
    const touch = g.galley.db.prepare('UPDATE articles SET updated_at = ? WHERE id = ?');
    touch.run('2026-03-02T10:00:00.000Z', first.id);
    touch.run('2026-03-01T10:00:00.000Z', second.id);
    touch.run('2026-03-02T10:00:00.000Z', third.id);
    const rows = articleStore(g.galley.db).rows;
    let reads = 0;
    const sources = sourceRepository(g.galley.db, { headlinesOf: (seqs) => (reads++, rows.headlinesOf(seqs)) });
    expect(sources.citingArticles(report.id)).toEqual([
      { articleId: third.id, headline: 'Third', places: 2 },
      { articleId: first.id, headline: 'First', places: 2 },
      { articleId: second.id, headline: 'Second', places: 2 },
    ]);
    expect(reads).toBe(1);
  });
});

describe('importing CSL-JSON and BibTeX', () => {
  const BIB = String.raw`@online{who, title = {Vaccination coverage}, organization = {WHO}, url = {https://www.who.int/coverage}, date = {2021-05-03}}
@book{roe, title = {Ports of Europe}, author = {Roe, Rita}, publisher = {Harbour Press}, year = {1999}}`;

  it('adds the entries to the library and the article, and reuses them on a second import', async () => {
    const g = newGalley();
    const a = await g.call('articles.create', {});
    const first = await g.call('sources.import', { fileName: 'refs.bib', text: BIB, attachTo: a.id });
    expect(first.sources.map((s) => [s.kind, s.title])).toEqual([
      ['web_page', 'Vaccination coverage'],
      ['book_paper', 'Ports of Europe'],
    ]);
    expect(first.warnings).toEqual([expect.stringContaining('without a day were left empty')]);
    const b = await g.call('articles.create', {});
    const again = await g.call('sources.import', {
      fileName: 'zotero.json',
      text: JSON.stringify([{ type: 'webpage', title: 'WHO coverage page', URL: 'http://who.int/coverage/' }]),
      attachTo: b.id,
    });
    expect(again.sources.map((s) => s.id)).toEqual([first.sources[0]!.id]);
    expect(again.warnings).toEqual([expect.stringContaining('reused rather than added again: “Vaccination coverage”')]);
    expect(count(g, 'SELECT count(*) AS n FROM sources')).toBe(2);
    expect((await g.call('sources.list', { articleId: b.id })).map((s) => s.title)).toEqual(['Vaccination coverage']);
  });

  it('refuses a file that is not references with BAD_INPUT and adds nothing', async () => {
    const g = newGalley();
    const result = await g.raw('sources.import', { fileName: 'story.txt', text: 'Once upon a time' });
    expect(result).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', message: expect.stringContaining('CSL-JSON (.json) or BibTeX (.bib)') } });
    expect(count(g, 'SELECT count(*) AS n FROM sources')).toBe(0);
  });
});

describe('checks with sources', () => {
  it('checks citations against the article’s attached sources', async () => {
    const g = newGalley();
    const report = await g.call('sources.create', { fields: REPORT });
    const a = await articleCiting(g, report.id);
    const codes = async () => (await g.call('checks.run', { articleId: a.id })).findings.map((f) => f.code);
    expect(await codes()).toContain('SOURCE_DANGLING_REFERENCE');
    await g.call('sources.attach', { articleId: a.id, sourceId: report.id });
    expect(await codes()).not.toContain('SOURCE_DANGLING_REFERENCE');
    const findings = (await g.call('checks.run', { articleId: a.id })).findings;
    expect(findings.filter((f) => f.code.startsWith('SOURCE_') || f.code === 'FOOTNOTE_EMPTY')).toEqual([]);
  });

  it('blocks approval while a confidential source is named in the text', async () => {
    const g = newGalley();
    const editor = g.as('ed', 'editor', 'Ed Editor');
    const desk = g.as('dee', 'desk_chief', 'Dee Desk');
    const a = await g.call('articles.create', { meta: { headline: 'Port strike', bylines: ['Wren Writer'], section: 'City' } });
    await g.call('sources.create', { fields: SECRET, attachTo: a.id });
    await g.call('articles.save', { id: a.id, baseVersion: 0, body: bodyOf(para('Jane Doe, who works at the port, spoke to us.')) });
    for (const [client, action] of [[g, 'submit'], [editor, 'take'], [editor, 'pass']] as const) {
      const step = await client.call('workflow.transition', { articleId: a.id, action });
      expect(step.outcome).toBe('done');
    }
    const refused = await desk.call('workflow.transition', { articleId: a.id, action: 'approve' });
    expect(refused).toMatchObject({ outcome: 'refused', blocking: [expect.objectContaining({ code: 'CONFIDENTIAL_SOURCE_EXPOSED' })] });
  });
});

describe('a confidential source never leaves the workstation', () => {
  async function exposed() {
    const g = newGalley();
    const a = await g.call('articles.create', { meta: { headline: 'What Jane Doe saw', dek: 'Jane Doe speaks', slug: '' } });
    const secret = await g.call('sources.create', { fields: SECRET, attachTo: a.id });
    await g.call('articles.save', {
      id: a.id,
      baseVersion: 0,
      body: bodyOf(para('An official, ', citation([secret.id], 'Jane Doe'), ', said the cranes stopped.', footnote('Call jane.doe@port.example.', [secret.id]))),
    });
    return { g, a };
  }

  it.each(['html', 'md', 'txt', 'json', 'jsonld'] as const)('in a %s export', async (format) => {
    const { g, a } = await exposed();
    const file = await g.call('articles.export', { id: a.id, format });
    expect(file.content).not.toMatch(/jane|doe/i);
    expect(file.fileName).not.toMatch(/jane|doe/i);
    // Markdown escapes the placeholder's brackets; every format shows it.
    expect(file.content).toMatch(/confidential source/);
  });

  it('in the JSON-LD citation', async () => {
    const { g, a } = await exposed();
    const jsonld = JSON.parse((await g.call('articles.export', { id: a.id, format: 'jsonld' })).content) as { citation: unknown[] };
    expect(jsonld.citation).toEqual([{ '@type': 'CreativeWork', name: CONFIDENTIAL_PLACEHOLDER }]);
  });

  it('in the router’s error log', async () => {
    const logged: string[] = [];
    const galley = openGalley({
      dataDir: tempDir(),
      passwordParams: TEST_PASSWORD_PARAMS,
      log: (message, error) => logged.push(`${message} ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`),
    });
    try {
      const { token } = seedSession(galley, 'writer', 'writer', 'Wren Writer');
      const created = await galley.dispatch('sources.create', { fields: SECRET }, token);
      expect(created.ok).toBe(true);
      // A failure deep inside a service whose error quotes what it was handling.
      galley.services.sources.list = () => {
        throw new Error('could not list sources near Jane Doe (jane.doe@port.example)');
      };
      const result = await galley.dispatch('sources.list', {}, token);
      expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
      expect(logged).toHaveLength(1);
      expect(logged[0]).toContain('could not list sources near [confidential source]');
      expect(logged[0]).not.toMatch(/jane|doe/i);
    } finally {
      galley.close();
    }
  });
});

describe('a confidential name however it is written, in an article that does not attach its source', () => {
  const bold = (text: string) => ({ type: 'text', version: 1, text, format: 1, detail: 0, mode: 'normal', style: '' });

  async function unattached(...blocks: unknown[]) {
    const g = newGalley();
    await g.call('sources.create', { fields: SECRET });
    const a = await g.call('articles.create', { meta: { headline: 'Port strike', bylines: ['Wren Writer'], section: 'City', slug: 'port-strike' } });
    await g.call('articles.save', { id: a.id, baseVersion: 0, body: bodyOf(...blocks) });
    return { g, a };
  }

  it('blocks approval when the name is split by bold formatting', async () => {
    const { g, a } = await unattached(para('The official, Jane ', bold('Doe'), ', spoke to us.'));
    const editor = g.as('ed', 'editor', 'Ed Editor');
    const desk = g.as('dee', 'desk_chief', 'Dee Desk');
    for (const [client, action] of [[g, 'submit'], [editor, 'take'], [editor, 'pass']] as const) {
      expect((await client.call('workflow.transition', { articleId: a.id, action })).outcome).toBe('done');
    }
    const refused = await desk.call('workflow.transition', { articleId: a.id, action: 'approve' });
    expect(refused).toMatchObject({ outcome: 'refused', blocking: [expect.objectContaining({ code: 'CONFIDENTIAL_SOURCE_EXPOSED' })] });
  });

  it.each([
    ['decomposed accents', 'Ja\u0301ne Doe'],
    ['a soft hyphen', 'Ja\u00adne Doe'],
    ['a zero-width space', 'Jane D\u200boe'],
    ['a Cyrillic letter', 'J\u0430ne Doe'],
    ['the address percent-encoded', 'jane.doe%40port.example'],
  ])('finds %s', async (_what, written) => {
    const { g, a } = await unattached(para(`Reach ${written} today.`));
    const findings = (await g.call('checks.run', { articleId: a.id })).findings;
    expect(findings.map((f) => f.code)).toContain('CONFIDENTIAL_SOURCE_EXPOSED');
  });

  it.each(['html', 'md', 'txt', 'json', 'jsonld'] as const)('leaves no spelling of the name, the number or the address in a %s export', async (format) => {
    const variants = ['Ja\u0301ne Doe', 'Ja\u00adne Doe', 'Jane D\u200boe', 'J\u0430ne Doe', '(555) 0100', 'jane.doe%40port.example'];
    const { g, a } = await unattached(...variants.map((variant) => para(`Reach ${variant} today.`)));
    await g.call('sources.create', { fields: { ...SECRET, title: 'Interview with a clerk', interview: { name: 'Jo Clerk', role: 'a clerk', contact: '+1 555 0100', attribution: 'background' } } });
    const file = await g.call('articles.export', { id: a.id, format });
    for (const variant of variants) expect(file.content).not.toContain(variant);
    expect(file.content).not.toMatch(/jane|doe|0100/i);
  });

  it.each(['html', 'md', 'txt', 'json', 'jsonld'] as const)('never lets a %s export carry "Jane " + bold "Doe"', async (format) => {
    const { g, a } = await unattached(para('The official, Jane ', bold('Doe'), ', spoke to us.'));
    const file = await g.call('articles.export', { id: a.id, format });
    expect(file.content).not.toMatch(/jane|doe/i);
    expect(file.content).toMatch(/confidential source/);
  });
});

describe('a confidential name split by formatting, in a published page', () => {
  it('is redacted from every published file when its source joins the library after approval', async () => {
    const g = newGalley();
    const n = newsroom(g);
    const bold = { type: 'text', version: 1, text: 'Doe', format: 1, detail: 0, mode: 'normal', style: '' };
    const id = await approvedArticle(n, bodyOf(para('The official, Jane ', bold, ', spoke to us.')));
    // Only now is the official recorded as a confidential source.
    await g.call('sources.create', { fields: SECRET });
    await step(n.desk, { articleId: id, action: 'publish' });
    await g.galley.services.publishing.drain();
    const folder = join(g.dataDir, 'published');
    const files = readdirSync(folder, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) expect(readFileSync(join(file.parentPath, file.name), 'utf8'), file.name).not.toMatch(/jane|doe/i);
    expect(readFileSync(join(folder, 'harbour-bridge.html'), 'utf8')).toContain('The official, [confidential source], spoke to us.');
  });
});
