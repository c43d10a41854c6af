import { describe, expect, it } from 'vitest';
import { useGalley } from '../support/galley';

const openGalley = useGalley();

describe('typing settings (smart quotes per language)', () => {
  it('curls every language by default; an admin turns some off, and everyone reads it', async () => {
    const g = openGalley();
    expect(await g.call('settings.get', { key: 'typing' })).toEqual({ key: 'typing', value: { smartQuotesOff: [] } });
    const stored = await g.admin.call('settings.set', { key: 'typing', value: { smartQuotesOff: ['fr', 'de', 'fr'] } });
    expect(stored).toEqual({ key: 'typing', value: { smartQuotesOff: ['de', 'fr'] } });
    expect(await g.call('settings.get', { key: 'typing' })).toEqual({ key: 'typing', value: { smartQuotesOff: ['de', 'fr'] } });
  });

  it('is refused by the service to a writer, an editor and a desk chief, and refuses what is not a language', async () => {
    const g = openGalley();
    for (const person of [g, g.as('ed', 'editor', 'Ed Editor'), g.as('dee', 'desk_chief', 'Dee Desk')]) {
      const refused = await person.raw('settings.set', { key: 'typing', value: { smartQuotesOff: ['en'] } });
      expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    const bad = await g.admin.raw('settings.set', { key: 'typing', value: { smartQuotesOff: ['<script>'] } });
    expect(bad).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect(await g.call('settings.get', { key: 'typing' })).toEqual({ key: 'typing', value: { smartQuotesOff: [] } });
  });
});
