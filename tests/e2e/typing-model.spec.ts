import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import type { AppPage } from './pages/AppPage';
import { FootnotesPage } from './pages/FootnotesPage';
import { FIXTURE_IMAGES, RightsPanelPage } from './pages/RightsPanelPage';
import { UsersPage } from './pages/UsersPage';
import { ReviewPanelsPage } from './pages/ReviewPanelsPage';
import { SourcesPanelPage } from './pages/SourcesPanelPage';
import { ADMIN, E2E_PASSWORD, WRITER, connectContext, signInThroughRpc, type Person } from './support/accounts';
import { rpc } from './support/rpc';
import {
  emptyArticle,
  FIGURE_FIELDS,
  LICENCE_DETAIL_FIELDS,
  LIST_FIELDS,
  Random,
  RIGHTS_FIELDS,
  SOURCE_FORMS,
  storedBody,
  TEXT_FIELDS,
  textFor,
  words,
  WORDS,
  type ArticleModel,
  type FigureField,
  type FormFields,
} from './support/typingModel';

/**
 * Nothing typed is lost, at human pace: a seeded random walk types into the article's
 * fields, its body and its footnotes (in the note box and in the Footnotes panel) one key
 * at a time, pauses past the autosave delay, moves between panels and articles and reloads,
 * and after every reload compares what is stored and what is shown with what was typed.
 * `GALLEY_TYPING_SEED` and `GALLEY_TYPING_STEPS` walk longer or elsewhere (README, Tests).
 */
const SEED = Number(process.env.GALLEY_TYPING_SEED ?? 14);
const STEPS = Number(process.env.GALLEY_TYPING_STEPS ?? 14);
/** A person's pace, and a pause longer than the autosave delay (700 ms). */
const KEY_MS = [50, 150] as const;
const PAUSE_MS = [900, 1600] as const;

/** Types `text` one key at a time, at a pace drawn from `random`. */
async function typeLikeAPerson(page: Page, random: Random, text: string): Promise<void> {
  for (const key of text) {
    await page.keyboard.type(key);
    await page.waitForTimeout(random.between(KEY_MS[0], KEY_MS[1]));
  }
}

class Walk {
  readonly articles: ArticleModel[] = [];
  private current: ArticleModel | null = null;
  private readonly notes: FootnotesPage;
  private readonly rights: RightsPanelPage;
  readonly log: string[] = [];

  constructor(
    private readonly app: AppPage,
    private readonly origin: string,
    private readonly random: Random,
  ) {
    this.notes = new FootnotesPage(app.page);
    this.rights = new RightsPanelPage(app.page);
  }

  private get page(): Page {
    return this.app.page;
  }

  private get open(): ArticleModel {
    if (this.current === null) throw new Error('no article is open');
    return this.current;
  }

  /** A new article, which starts with an image (its caption, alt text and credit are typed into later). */
  async newArticle(): Promise<void> {
    await this.app.newArticle();
    await expect(this.page).toHaveURL(/#\/articles\//);
    const id = this.app.articleIdFromUrl();
    await this.app.editor.body.focus();
    await this.rights.pick(join(FIXTURE_IMAGES, 'door-knocker.jpg'));
    await expect(this.rights.figures).toHaveCount(1);
    await this.app.editor.expectSaved();
    const figure = storedBody((await this.stored(id)).body.editorState).figures[0];
    if (figure === undefined) throw new Error('the image is not in the stored body');
    // A new article starts with its writer's byline.
    this.current = { ...emptyArticle(id, figure), bylines: [WRITER.displayName] };
    this.articles.push(this.current);
  }

  private stored(id: string) {
    return rpc<{ meta: Record<string, unknown>; body: { editorState: Parameters<typeof storedBody>[0] } }>(this.page, this.origin, 'articles.get', { id });
  }

  async step(): Promise<void> {
    const random = this.random;
    const actions: (() => Promise<void>)[] = [
      () => this.typeTextField(),
      () => this.typeTextField(),
      () => this.typeListField(),
      () => this.typeBody(),
      () => this.typeBody(),
      () => this.newFootnote(),
      () => this.editNoteInBox(),
      () => this.editNoteInPanel(),
      () => this.typeFigureField(),
      () => this.typeFigureField(),
      () => this.showPanel(),
      () => this.switchArticle(),
      () => this.reloadAndCompare(),
    ];
    await random.pick(actions)();
    // Often a pause, long enough for autosave to run between what came before and what follows.
    if (random.chance(0.5)) await this.page.waitForTimeout(random.between(PAUSE_MS[0], PAUSE_MS[1]));
  }

  private async typeTextField(): Promise<void> {
    const field = this.random.pick(TEXT_FIELDS);
    const article = this.open;
    const text = words(this.random, article[field]);
    this.log.push(`${field} += ${JSON.stringify(text)}`);
    const box = this.app.editor[field];
    await box.click();
    await this.page.keyboard.press('Control+End');
    await typeLikeAPerson(this.page, this.random, text);
    article[field] += text;
  }

  private async typeListField(): Promise<void> {
    const field = this.random.pick(LIST_FIELDS);
    const entry = words(this.random, '');
    const article = this.open;
    if (article[field].some((each) => each.toLowerCase() === entry.toLowerCase())) return;
    this.log.push(`${field} + ${JSON.stringify(entry)}`);
    await (field === 'bylines' ? this.app.editor.bylineInput : this.app.editor.tagInput).click();
    await typeLikeAPerson(this.page, this.random, entry);
    await this.page.keyboard.press('Enter');
    article[field].push(entry);
  }

  /** Puts the caret at the end of the body without clicking (a click could land on a marker). */
  private async caretAtBodyEnd(): Promise<void> {
    await this.app.editor.body.focus();
    await this.page.keyboard.press('Control+End');
  }

  private async typeBody(): Promise<void> {
    const article = this.open;
    const text = words(this.random, article.body);
    this.log.push(`body += ${JSON.stringify(text)}`);
    await this.caretAtBodyEnd();
    await typeLikeAPerson(this.page, this.random, text);
    article.body += text;
  }

  private async newFootnote(): Promise<void> {
    const article = this.open;
    if (article.body === '') return this.typeBody();
    const text = words(this.random, '');
    this.log.push(`new footnote ${JSON.stringify(text)}`);
    await this.caretAtBodyEnd();
    await this.page.keyboard.press('Control+Alt+F');
    await expect(this.notes.noteBox.getByRole('textbox')).toBeFocused();
    await typeLikeAPerson(this.page, this.random, text);
    await this.page.keyboard.press('Escape');
    await expect(this.notes.noteBox).toHaveCount(0);
    article.notes.push(text);
  }

  private async editNoteInBox(): Promise<void> {
    const article = this.open;
    if (article.notes.length === 0) return this.newFootnote();
    const index = this.random.between(0, article.notes.length - 1);
    const text = words(this.random, article.notes[index] ?? '');
    this.log.push(`note ${index + 1} (box) += ${JSON.stringify(text)}`);
    await this.notes.markers.nth(index).click();
    await expect(this.notes.noteBox.getByRole('textbox')).toBeFocused();
    await typeLikeAPerson(this.page, this.random, text);
    await this.page.keyboard.press('Escape');
    await expect(this.notes.noteBox).toHaveCount(0);
    article.notes[index] += text;
  }

  private async editNoteInPanel(): Promise<void> {
    const article = this.open;
    if (article.notes.length === 0) return this.newFootnote();
    const index = this.random.between(0, article.notes.length - 1);
    const text = words(this.random, article.notes[index] ?? '');
    this.log.push(`note ${index + 1} (panel) += ${JSON.stringify(text)}`);
    await this.notes.openPanel();
    await this.notes.notes.nth(index).click();
    await this.page.keyboard.press('Control+End');
    await typeLikeAPerson(this.page, this.random, text);
    article.notes[index] += text;
  }

  private async typeFigureField(): Promise<void> {
    const field = this.random.pick(Object.keys(FIGURE_FIELDS) as FigureField[]);
    const article = this.open;
    const text = words(this.random, article.figure[field]);
    this.log.push(`${field} += ${JSON.stringify(text)}`);
    await this.rights.open();
    await this.rights.field(FIGURE_FIELDS[field]).click();
    await this.page.keyboard.press('Control+End');
    await typeLikeAPerson(this.page, this.random, text);
    article.figure[field] += text;
  }

  private async showPanel(): Promise<void> {
    const name = this.random.pick(['Checks', 'Sources', 'Footnotes', 'Versions', 'Rights']);
    this.log.push(`panel ${name}`);
    const tab = this.notes.panel.getByRole('tab', { name });
    await tab.click();
    await expect(tab).toHaveAttribute('aria-selected', 'true');
  }

  private async switchArticle(): Promise<void> {
    if (this.articles.length < 3 && this.random.chance(0.5)) {
      this.log.push('new article');
      return this.newArticle();
    }
    const target = this.random.pick(this.articles);
    this.log.push(`open ${target.id}`);
    await this.app.openArticleByUrl(target.id);
    this.current = target;
    await expect(this.app.editor.headline).toHaveValue(target.headline);
  }

  /** Reloads once the app says it has saved, then compares what is stored and shown with the model. */
  async reloadAndCompare(): Promise<void> {
    this.log.push('reload');
    await this.app.editor.expectSaved();
    await this.page.reload();
    await this.compare();
  }

  async compare(): Promise<void> {
    const where = `after: ${this.log.slice(-8).join(' · ')}`;
    for (const article of this.articles) {
      const stored = await this.stored(article.id);
      const { body, notes, figures } = storedBody(stored.body.editorState);
      expect(
        {
          headline: stored.meta.headline,
          dek: stored.meta.dek,
          section: stored.meta.section,
          dateline: stored.meta.dateline,
          bylines: stored.meta.bylines,
          tags: stored.meta.tags,
          body,
          notes,
          figure: figures[0],
        },
        `stored ${where}`,
      ).toEqual(modelOf(article));
    }
    const article = this.open;
    const editor = this.app.editor;
    await expect(editor.headline, `shown ${where}`).toHaveValue(article.headline);
    await expect(editor.dek).toHaveValue(article.dek);
    await expect(editor.section).toHaveValue(article.section);
    await expect(editor.dateline).toHaveValue(article.dateline);
    await expect(editor.bylines.locator('.chip__text')).toHaveText(article.bylines);
    await expect(editor.tags.locator('.chip__text')).toHaveText(article.tags);
    await expect.poll(() => shownBody(this.page), `shown body ${where}`).toBe(article.body);
    await this.notes.openPanel();
    await expect.poll(() => this.notes.noteValues(), `shown notes ${where}`).toEqual(article.notes);
    await this.rights.open();
    for (const [field, label] of Object.entries(FIGURE_FIELDS)) {
      await expect(this.rights.field(label), `shown ${field} ${where}`).toHaveValue(article.figure[field as FigureField]);
    }
  }
}

function modelOf(article: ArticleModel): Omit<ArticleModel, 'id'> {
  const { id: _id, ...fields } = article;
  return fields;
}

/** The body's words as shown, without the footnote markers' numbers. */
function shownBody(page: Page): Promise<string> {
  return page.getByRole('textbox', { name: 'Article body' }).evaluate((root) => {
    const copy = root.cloneNode(true) as HTMLElement;
    for (const marker of copy.querySelectorAll('.doc-footnote')) marker.remove();
    return [...copy.querySelectorAll('p')].map((p) => p.textContent ?? '').filter((text) => text !== '').join('\n');
  });
}

// Two walks from neighbouring seeds, so the default run shares the two Playwright workers.
for (const offset of [0, 1]) {
  test(`typing at human pace into every field loses nothing (seed ${SEED + offset}, ${STEPS} steps)`, async ({ app, host }) => {
    test.setTimeout(120_000 + STEPS * 10_000);
    const walk = new Walk(app, host.origin, new Random(SEED + offset));
    await walk.newArticle();
    for (let step = 0; step < STEPS; step += 1) await walk.step();
    await walk.reloadAndCompare();
  });
}

// The Users screen at the same pace: the admin types each person and presses Enter, and
// goes straight on to the next one while "Adding…" shows (a password takes about half a
// second to hash), pausing now and then; then a reload, and the people stored and listed.
test(`typing people on the Users screen at human pace loses none (seed ${SEED})`, async ({ page, host }) => {
  // Keys at a person's pace take their time: near a minute on a quiet machine, more on a busy one.
  test.setTimeout(180_000);
  const random = new Random(SEED);
  await signInThroughRpc(page, host, ADMIN);
  await page.goto(`${host.origin}/`);
  const users = new UsersPage(page);
  await users.open();
  const typed: { displayName: string; name: string }[] = [];
  const count = Math.max(3, Math.min(8, Math.ceil(STEPS / 4)));
  for (let index = 0; index < count; index += 1) {
    const word = random.pick(WORDS);
    const person = { displayName: `${word} Person${index}`, name: `${word.toLowerCase()}${index}` };
    // Each field is written over (select all, type), whether or not the last person's text is still in it.
    for (const [label, text] of [['Name', person.displayName], ['User name', person.name], ['First password', E2E_PASSWORD]] as const) {
      await users.form.getByLabel(label, { exact: true }).click();
      await page.keyboard.press('Control+A');
      await typeLikeAPerson(page, random, text);
    }
    await page.keyboard.press('Enter');
    typed.push(person);
    if (random.chance(0.3)) await page.waitForTimeout(random.between(PAUSE_MS[0], PAUSE_MS[1]));
  }
  for (const person of typed) await expect(users.people.getByRole('row', { name: new RegExp(`^${person.displayName} `) })).toBeVisible();
  await expect(users.form.getByRole('alert')).toHaveCount(0);

  await page.reload();
  const stored = await rpc<{ name: string; displayName: string }[]>(page, host.origin, 'users.list', {});
  const expected = [...typed, { displayName: ADMIN.displayName, name: ADMIN.name }];
  const sorted = <T extends { name: string }>(list: T[]) => list.map(({ name, displayName }: T & { displayName?: string }) => ({ name, displayName })).sort((a, b) => a.name.localeCompare(b.name));
  expect(sorted(stored)).toEqual(sorted(expected));
  for (const person of typed) await expect(users.people.getByRole('row', { name: new RegExp(`^${person.displayName} `) })).toBeVisible();
});

/**
 * The forms that save on a button: a source's fields, a reply to a comment and an image's
 * rights. The host answers slowly, as a busy one does, and the person goes on typing while
 * "Saving…" shows; nothing typed then may be wiped or dropped with the closing form.
 */
test(`typing into forms while they save loses nothing (seed ${SEED})`, async ({ app, host, page }) => {
  test.setTimeout(180_000);
  const random = new Random(SEED);
  const slow = new Set(['sources.create', 'sources.update', 'review.reply', 'assets.updateRights']);
  await page.route('**/rpc', async (route) => {
    const channel = (route.request().postDataJSON() as { channel?: string } | null)?.channel ?? '';
    if (slow.has(channel)) await new Promise((resolve) => setTimeout(resolve, 1200));
    await route.continue();
  });
  const walk = new Walk(app, host.origin, random);
  await walk.newArticle();
  const article = walk.articles[0]!;
  const type = (text: string) => typeLikeAPerson(page, random, text);
  /** Types a few words at the end of a field; returns what it should then hold. */
  const typeAtEnd = async (field: Locator): Promise<string> => {
    const before = await field.inputValue();
    const text = words(random, before);
    await field.click();
    await page.keyboard.press('Control+End');
    await type(text);
    return before + text;
  };
  const slowSaveOf = (channel: string) => page.waitForResponse((response) => response.url().endsWith('/rpc') && (response.request().postDataJSON() as { channel?: string } | null)?.channel === channel);

  // A source: its fields typed, Add pressed, and the notes typed on while it is added.
  const sources = new SourcesPanelPage(page);
  await sources.open();
  await sources.addButton.click();
  const title = `Flood ${words(random, '')}`;
  const publisher = words(random, '');
  let notes = words(random, '');
  await sources.form.getByRole('textbox', { name: 'Title' }).click();
  await type(title);
  await sources.form.getByRole('textbox', { name: 'Publisher' }).click();
  await type(publisher);
  await sources.form.getByRole('textbox', { name: 'Notes' }).click();
  await type(notes);
  const added = slowSaveOf('sources.create');
  await sources.form.getByRole('button', { name: 'Add source' }).click();
  notes = await typeAtEnd(sources.form.getByRole('textbox', { name: 'Notes' }));
  await added;
  // What was typed meanwhile is still there, to be saved.
  await expect(sources.form.getByRole('textbox', { name: 'Notes' })).toHaveValue(notes);
  await sources.form.getByRole('button', { name: 'Save source' }).click();
  await expect(sources.form).toHaveCount(0);

  // A comment, and two replies: the second typed while the first goes out.
  await app.editor.body.focus();
  await page.keyboard.press('Control+End');
  const said = words(random, '');
  await type(said);
  const review = new ReviewPanelsPage(page);
  const quote = said.split(' ')[0]!;
  const comment = words(random, '');
  await review.openTab('Comments');
  await app.editor.body.focus();
  await review.selectWords(quote);
  await expect(review.bar).toBeVisible();
  await page.keyboard.press('Control+Alt+KeyM');
  await review.composer.getByRole('textbox', { name: 'Comment' }).click();
  await type(comment);
  await review.composer.getByRole('button', { name: 'Add comment' }).click();
  await expect(review.composer).toHaveCount(0);
  // Straight on to the reply, with no pause to read the new thread.
  const thread = review.thread(WRITER.displayName);
  const replyBox = thread.getByRole('textbox', { name: /^Reply to / });
  const replies = [words(random, ''), words(random, '')];
  await replyBox.click();
  await type(replies[0]!);
  const replied = slowSaveOf('review.reply');
  await thread.getByRole('button', { name: 'Reply', exact: true }).click();
  // The next reply, typed over the one still in the box while it goes out.
  await replyBox.click();
  await page.keyboard.press('Control+A');
  await type(replies[1]!);
  await replied;
  await expect(replyBox).toHaveValue(replies[1]!);
  await thread.getByRole('button', { name: 'Reply', exact: true }).click();
  await expect(replyBox).toHaveValue('');

  // The image's rights: the creator typed and saved, the usage terms typed while it saves.
  const rights = new RightsPanelPage(page);
  await rights.open();
  const creator = await typeAtEnd(rights.field('Creator'));
  const savedRights = slowSaveOf('assets.updateRights');
  await rights.panel.getByRole('button', { name: 'Save rights' }).click();
  const terms = await typeAtEnd(rights.field('Usage terms'));
  await savedRights;
  await expect(rights.field('Usage terms')).toHaveValue(terms);
  await rights.panel.getByRole('button', { name: 'Save rights' }).click();
  await expect(rights.panel.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();

  // After a reload: stored and shown.
  await app.editor.expectSaved();
  await page.reload();
  const storedSources = await rpc<{ title: string; publisher: string; notes: string }[]>(page, host.origin, 'sources.list', { articleId: article.id });
  expect(storedSources.map(({ title: t, publisher: p, notes: n }) => ({ title: t, publisher: p, notes: n }))).toEqual([{ title, publisher, notes }]);
  const stored = await rpc<{ comments: { text: string; replies: { text: string }[] }[] }>(page, host.origin, 'review.get', { articleId: article.id });
  expect(stored.comments.map((each) => ({ text: each.text, replies: each.replies.map((reply) => reply.text) }))).toEqual([{ text: comment, replies }]);
  await sources.open();
  await expect(sources.item(title)).toBeVisible();
  await review.openTab('Comments');
  for (const reply of [comment, ...replies]) await expect(review.thread(WRITER.displayName)).toContainText(reply);
  await rights.open();
  await expect(rights.field('Creator')).toHaveValue(creator);
  await expect(rights.field('Usage terms')).toHaveValue(terms);
});

/**
 * Every text field of the forms that save on a button, typed at human pace with pauses past
 * the autosave delay between fields: a web page's and an interview's source, and an
 * image's rights (the fields each licence asks for under that licence), each saved,
 * reloaded, and compared as stored and as shown.
 */
test(`every field of a source and of an image's rights, typed at human pace, is kept (seed ${SEED})`, async ({ app, host, page }) => {
  test.setTimeout(240_000);
  const random = new Random(SEED + 2);
  const walk = new Walk(app, host.origin, random);
  await walk.newArticle();
  const article = walk.articles[0]!;
  const pause = async () => {
    if (random.chance(0.25)) await page.waitForTimeout(random.between(PAUSE_MS[0], PAUSE_MS[1]));
  };
  /** Types on at the end of each field in turn; returns what each should then hold. */
  const typeFields = async (form: Locator, fields: FormFields): Promise<Record<string, string>> => {
    const typed: Record<string, string> = {};
    for (const [key, label] of Object.entries(fields)) {
      const field = form.getByLabel(label, { exact: true });
      const before = await field.inputValue();
      const text = textFor(random, key, before);
      await field.click();
      await page.keyboard.press('Control+End');
      await typeLikeAPerson(page, random, text);
      typed[key] = before + text;
      await pause();
    }
    return typed;
  };
  const expectShown = async (form: Locator, fields: FormFields, typed: Record<string, string>, what: string) => {
    for (const [key, label] of Object.entries(fields)) await expect(form.getByLabel(label, { exact: true }), `${what}: ${key}`).toHaveValue(typed[key]!);
  };

  // A source of each kind whose form differs: every field typed, then added.
  const sources = new SourcesPanelPage(page);
  await sources.open();
  const typedSources: { form: (typeof SOURCE_FORMS)[number]; typed: Record<string, string> }[] = [];
  for (const form of SOURCE_FORMS) {
    await sources.addButton.click();
    await sources.form.getByLabel('Kind').selectOption({ label: form.label });
    const typed = await typeFields(sources.form, form.fields);
    await sources.form.getByRole('button', { name: 'Add source' }).click();
    await expect(sources.form).toHaveCount(0);
    typedSources.push({ form, typed });
  }
  await app.editor.expectSaved();
  await page.reload();
  type StoredSource = Record<string, unknown> & { interview: Record<string, unknown> | null };
  const storedSources = await rpc<StoredSource[]>(page, host.origin, 'sources.list', { articleId: article.id });
  const pick = (source: Record<string, unknown>, keys: string[]) => Object.fromEntries(keys.map((key) => [key, source[key]]));
  const storedFields = storedSources.map(({ interview, ...source }) => ({ ...source, ...interview }));
  expect(storedFields).toHaveLength(typedSources.length);
  for (const { form, typed } of typedSources) {
    const source = storedFields.find((each) => each.kind === form.kind);
    expect(source === undefined ? null : pick(source, Object.keys(typed)), `stored source (${form.label})`).toEqual(typed);
  }
  await sources.open();
  for (const { form, typed } of typedSources) {
    // The item's line under the title names its kind.
    await sources.items.filter({ hasText: form.label }).getByRole('button', { name: /^Edit / }).click();
    await expectShown(sources.form, form.fields, typed, `shown source (${form.label})`);
    await sources.form.getByRole('button', { name: 'Cancel' }).click();
    await expect(sources.form).toHaveCount(0);
  }

  // The image's rights: the fields every licence shows, then, under each
  // licence that asks for more, that licence's fields; each time saved, reloaded and compared.
  const rights = new RightsPanelPage(page);
  const assetId = await rights.figures.first().getAttribute('data-asset-id');
  if (assetId === null) throw new Error('the figure names no image');
  await rights.open();
  const always = await typeFields(rights.panel, RIGHTS_FIELDS);
  for (const [licence, fields] of Object.entries(LICENCE_DETAIL_FIELDS)) {
    await rights.panel.getByLabel('Licence', { exact: true }).selectOption({ label: licence });
    const typed = { ...always, ...(await typeFields(rights.panel, fields)) };
    await rights.panel.getByRole('button', { name: 'Save rights' }).click();
    await expect(rights.panel.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
    await page.reload();
    const stored = await rpc<{ rights: Record<string, unknown> }>(page, host.origin, 'assets.get', { id: assetId });
    expect(pick(stored.rights, Object.keys(typed)), `stored rights under ${licence}`).toEqual(typed);
    await rights.open();
    await expectShown(rights.panel, { ...RIGHTS_FIELDS, ...fields }, typed, `shown rights under ${licence}`);
  }
});

/**
 * An editor checks a submitted article: marks a claim and, straight away, types its verdict
 * note one key at a time; after a reload the verdict and the note are stored and shown.
 * (This walk passed before the fix of markRegistry too: coverage, not a regression test.)
 */
test(`an editor's verdict note, typed right after marking the claim, is kept whole (seed ${SEED})`, async ({ browser, page, host }) => {
  const random = new Random(SEED);
  const editorPerson: Person = { name: 'ed', displayName: 'Ed Editor', role: 'editor' };
  const claimWords = 'The levees were raised by two metres.';
  // The people and the submitted article, seeded through the same /rpc the app uses.
  const seeder = await browser.newContext();
  await connectContext(seeder, host);
  const call = async <T>(channel: string, input: unknown): Promise<T> => {
    const answer = (await (await seeder.request.post(`${host.origin}/rpc`, { data: { channel, input } })).json()) as { ok: boolean; value: T };
    expect(answer.ok, channel).toBe(true);
    return answer.value;
  };
  await call('auth.setup', { name: ADMIN.name, displayName: ADMIN.displayName, password: E2E_PASSWORD });
  for (const person of [WRITER, editorPerson]) await call('users.create', { ...person, password: E2E_PASSWORD });
  await call('auth.signIn', { name: WRITER.name, password: E2E_PASSWORD });
  const { id } = await call<{ id: string }>('articles.create', { meta: { headline: 'Levees raised', bylines: [WRITER.displayName], section: 'City' } });
  const text = { type: 'text', version: 1, text: `Officials spoke on Monday. ${claimWords}`, format: 0, detail: 0, mode: 'normal', style: '' };
  const paragraph = { type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '', children: [text] };
  const editorState = { root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: [paragraph] } };
  await call('articles.save', { id, baseVersion: 0, body: { format: 'galley.lexical', version: 1, editorState } });
  await call('workflow.transition', { articleId: id, action: 'submit' });
  await seeder.close();

  await signInThroughRpc(page, host, editorPerson);
  await page.goto(`${host.origin}/#/articles/${id}`);
  const review = new ReviewPanelsPage(page);
  await expect(page.locator('#article-body')).toContainText(claimWords);
  await review.openTab('Claims');
  await review.selectWords(claimWords);
  await expect(review.bar).toBeVisible();
  await page.keyboard.press('Control+Alt+KeyK');
  // Straight on to the note, with no pause to read the new claim.
  const claim = review.claim(claimWords);
  const noteBox = claim.getByRole('textbox', { name: /^Note/ });
  await noteBox.click();
  const note = words(random, '');
  await typeLikeAPerson(page, random, note);
  await expect(noteBox).toHaveValue(note);
  await claim.getByRole('combobox', { name: 'Verdict' }).selectOption({ label: 'Disputed' });
  await claim.getByRole('button', { name: 'Record verdict' }).click();
  await expect(claim.getByText('Disputed', { exact: true }).first()).toBeVisible();
  await expect(noteBox).toHaveValue('');

  await page.reload();
  const stored = await rpc<{ claims: { quote: string; status: string; note: string }[] }>(page, host.origin, 'review.get', { articleId: id });
  expect(stored.claims.map(({ quote, status, note: n }) => ({ quote, status, note: n }))).toEqual([{ quote: claimWords, status: 'disputed', note }]);
  await review.openTab('Claims');
  await expect(review.claim(claimWords)).toContainText(note);
  await expect(page.locator('#article-body mark.gl-mark--claim')).toHaveText(claimWords);
});

/**
 * The admin's settings forms, typed in while a slow host saves them, and the licence
 * policy's days. (This walk passed before the fixes of this change too: coverage, not a
 * regression test.)
 */
test(`typing into the settings while they save loses nothing (seed ${SEED})`, async ({ page, host }) => {
  // Keys at a person's pace take their time: near a minute on a quiet machine, more on a busy one.
  test.setTimeout(180_000);
  const random = new Random(SEED);
  const slow = new Set(['settings.set', 'style.rules.set']);
  await page.route('**/rpc', async (route) => {
    const channel = (route.request().postDataJSON() as { channel?: string } | null)?.channel ?? '';
    if (slow.has(channel)) await new Promise((resolve) => setTimeout(resolve, 1200));
    await route.continue();
  });
  const answerTo = (channel: string) =>
    page.waitForResponse((response) => response.url().endsWith('/rpc') && (response.request().postDataJSON() as { channel?: string } | null)?.channel === channel);
  await signInThroughRpc(page, host, ADMIN);
  await page.goto(`${host.origin}/#/settings`);
  const typeAtEnd = async (field: Locator): Promise<string> => {
    const before = await field.inputValue();
    const text = words(random, before);
    await field.click();
    await page.keyboard.press('Control+End');
    await typeLikeAPerson(page, random, text);
    return before + text;
  };

  // The outlet's name: Save pressed, and the name typed on while it saves.
  const facts = page.getByRole('region', { name: 'Fact-checks' });
  const outletField = facts.getByLabel('Outlet name (the fact-checks’ author)');
  const saveFacts = facts.getByRole('button', { name: 'Save fact-check settings' });
  await typeAtEnd(outletField);
  const factsSaved = answerTo('settings.set');
  await saveFacts.click();
  const outlet = await typeAtEnd(outletField);
  await factsSaved;
  await expect(outletField).toHaveValue(outlet);
  await saveFacts.click();
  await expect(saveFacts).toBeDisabled();

  // A banned word: Save pressed, and its reason typed on while it saves.
  const style = page.getByRole('region', { name: 'House style' });
  const saveStyle = style.getByRole('button', { name: 'Save house style' });
  await style.getByRole('button', { name: 'Add banned word' }).click();
  const word = await typeAtEnd(style.getByRole('textbox', { name: /^Banned words: Word, row \d+$/ }).last());
  await typeAtEnd(style.getByRole('textbox', { name: /^Banned words: Why, row \d+$/ }).last());
  const styleSaved = answerTo('style.rules.set');
  await saveStyle.click();
  const reason = await typeAtEnd(style.getByRole('textbox', { name: /^Banned words: Why, row \d+$/ }).last());
  await styleSaved;
  await expect(style.getByRole('textbox', { name: /^Banned words: Why, row \d+$/ }).last()).toHaveValue(reason);
  await saveStyle.click();
  await expect(saveStyle).toBeDisabled();

  // The licence policy's one typed field, its days: typed over (a number field takes no
  // appended words), a pause, then saved; the form is locked while it saves.
  const policy = page.getByRole('region', { name: 'Licence policy' });
  const daysField = policy.getByLabel('Warn when rights end within (days of publication)');
  const days = String(random.between(10, 99));
  await daysField.click();
  await page.keyboard.press('Control+A');
  await typeLikeAPerson(page, random, days);
  await page.waitForTimeout(random.between(PAUSE_MS[0], PAUSE_MS[1]));
  const savePolicy = policy.getByRole('button', { name: 'Save policy' });
  const policySaved = answerTo('assets.setPolicy');
  await savePolicy.click();
  await policySaved;
  await expect(savePolicy).toBeDisabled();

  await page.reload();
  const storedFacts = await rpc<{ value: { outletName: string } }>(page, host.origin, 'settings.get', { key: 'factChecks' });
  expect(storedFacts.value.outletName).toBe(outlet);
  const storedStyle = await rpc<{ rules: { bannedWords: { word: string; reason: string }[] } }>(page, host.origin, 'style.rules.get', {});
  expect(storedStyle.rules.bannedWords.map(({ word: w, reason: r }) => ({ word: w, reason: r }))).toContainEqual({ word, reason });
  await expect(outletField).toHaveValue(outlet);
  await expect(style.getByRole('textbox', { name: /^Banned words: Word, row \d+$/ }).last()).toHaveValue(word);
  await expect(style.getByRole('textbox', { name: /^Banned words: Why, row \d+$/ }).last()).toHaveValue(reason);
  const storedPolicy = await rpc<{ expiringWithinDays: number }>(page, host.origin, 'assets.policy', {});
  expect(storedPolicy.expiringWithinDays).toBe(Number(days));
  await expect(daysField).toHaveValue(days);
});
