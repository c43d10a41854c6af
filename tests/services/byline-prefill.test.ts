import { describe, expect, it } from 'vitest';
import { useGalley } from '../support/galley';

const openGalley = useGalley();

describe('a new article starts with its creator’s byline', () => {
  it('gives the writer, the editor and the desk chief who create an article their own name as its first byline', async () => {
    const g = openGalley();
    const people = [g, g.as('ed', 'editor', 'Ed Editor'), g.as('dee', 'desk_chief', 'Dee Desk')];
    const created = [];
    for (const person of people) created.push(await person.call('articles.create', {}));
    expect(created.map((article) => article.meta.bylines)).toEqual([['Wren Writer'], ['Ed Editor'], ['Dee Desk']]);
    // Stored, not only answered.
    expect((await g.call('articles.get', { id: created[0]!.id })).meta.bylines).toEqual(['Wren Writer']);
  });

  it('keeps the bylines an article is created with, and prefills an import that names nobody', async () => {
    const g = openGalley();
    const given = await g.call('articles.create', { meta: { bylines: ['Ana Ruiz'] } });
    expect(given.meta.bylines).toEqual(['Ana Ruiz']);
    const namesSomeone = await g.call('articles.import', { fileName: 'a.md', text: '---\nbyline: Amina Khan\n---\n# Bridge\n\nText.\n' });
    expect(namesSomeone.meta.bylines).toEqual(['Amina Khan']);
    const namesNobody = await g.call('articles.import', { fileName: 'b.md', text: '# Bridge\n\nText.\n' });
    expect(namesNobody.meta.bylines).toEqual(['Wren Writer']);
  });

});
