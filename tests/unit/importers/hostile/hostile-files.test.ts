import { describe, expect, it } from 'vitest';
import { useGalley } from '../../../support/galley';
import { HOSTILE_FILES, type HostileFile } from './corpus';

/**
 * Every importer (articles from .docx, .txt, .md and .html; images into the store) fed
 * damaged and hostile files through the router, as the app sends them. Each is refused with
 * a message that names the file, or imported; either way within bounds. The bounds are
 * generous on purpose: they catch a hang or a blow-up, they do not measure speed.
 */
const TIME_BOUND_MS = 10_000;
const MEMORY_BOUND_MB = 768;

const newGalley = useGalley();

function inputFor(file: HostileFile, content: { text: string } | { bytes: Uint8Array }): Record<string, string> {
  if (file.via === 'assets.add') {
    if (!('bytes' in content)) throw new Error('images are sent as bytes');
    return { fileName: file.fileName, data: Buffer.from(content.bytes).toString('base64') };
  }
  if (file.via === 'sources.import') {
    if (!('text' in content)) throw new Error('reference files are sent as text');
    return { fileName: file.fileName, text: content.text };
  }
  return 'text' in content ? { fileName: file.fileName, text: content.text } : { fileName: file.fileName, data: Buffer.from(content.bytes).toString('base64') };
}

const peakRssMb = (): number => process.resourceUsage().maxRSS / 1024;

describe('hostile and damaged files', () => {
  it.each(HOSTILE_FILES.map((f) => [f.what, f] as const))('%s', async (_what, file) => {
    const g = newGalley();
    const input = inputFor(file, await file.make());
    const peakBefore = peakRssMb();
    const started = performance.now();

    const result = await g.raw(file.via, input);

    const elapsed = performance.now() - started;
    const peakGrowth = peakRssMb() - peakBefore;
    expect(elapsed, 'took so long it would look hung').toBeLessThan(TIME_BOUND_MS);
    expect(peakGrowth, 'memory grew past the bound').toBeLessThan(MEMORY_BOUND_MB);
    if (!result.ok) {
      expect(result.error.code, result.error.message).not.toBe('INTERNAL');
      if (file.via === 'articles.import') expect(result.error.message).toContain(`"${file.fileName}"`);
    }
    switch (file.expect.outcome) {
      case 'refused':
        expect(result).toMatchObject({ ok: false, error: { message: expect.stringMatching(file.expect.message) } });
        break;
      case 'imported':
        expect(result.ok, result.ok ? '' : result.error.message).toBe(true);
        break;
      case 'either':
        break;
    }
    if (result.ok && file.via === 'articles.import') {
      // What came in is text: nothing hostile survives as markup or as a file's contents.
      const body = JSON.stringify((result.value as { body: unknown }).body);
      expect(body).not.toMatch(/root:x:0:0|<script/i);
    }
  }, 60_000);
});
