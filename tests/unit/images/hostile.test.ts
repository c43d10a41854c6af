import { describe, expect, it } from 'vitest';
import { declaredSize } from '../../../electron/assets/header-size';
import { ImageRejectedError, inspectImage, makeDerivatives } from '../../../electron/assets/process-image';
import { sniffImage } from '../../../electron/assets/sniff';
import { MAX_IMAGE_BYTES } from '../../../electron/assets/limits';
import { AGENCY, BROKEN, fixture, htmlAsJpeg, jpegClaiming, pngBomb, truncatedJpeg } from './fixtures';

/** Runs `work` and reports how far the process's memory grew meanwhile (resident set, in MB). */
async function memoryGrowth(work: () => Promise<unknown>): Promise<number> {
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 1);
  try {
    await work();
  } catch {
    // The refusal is asserted separately.
  } finally {
    clearInterval(sampler);
  }
  peak = Math.max(peak, process.memoryUsage().rss);
  return (peak - before) / 1024 / 1024;
}

describe('what a file is, judged by its bytes', () => {
  it('knows each accepted format from its first bytes', async () => {
    const sharp = (await import('sharp')).default;
    const base = sharp({ create: { width: 8, height: 6, channels: 3, background: '#336699' } });
    expect(sniffImage(await base.clone().jpeg().toBuffer())).toEqual({ kind: 'image', format: 'jpeg' });
    expect(sniffImage(await base.clone().png().toBuffer())).toEqual({ kind: 'image', format: 'png' });
    expect(sniffImage(await base.clone().webp().toBuffer())).toEqual({ kind: 'image', format: 'webp' });
    expect(sniffImage(await base.clone().gif().toBuffer())).toEqual({ kind: 'image', format: 'gif' });
    expect(sniffImage(await base.clone().avif().toBuffer())).toEqual({ kind: 'image', format: 'avif' });
  });

  it('names what a non-image is instead, whatever it is called', () => {
    expect(sniffImage(htmlAsJpeg())).toEqual({ kind: 'other', what: 'a web page (HTML)' });
    expect(sniffImage(Buffer.from('\uFEFF  <svg xmlns="http://www.w3.org/2000/svg"><script/></svg>'))).toMatchObject({ what: expect.stringMatching(/SVG/) });
    expect(sniffImage(Buffer.from('%PDF-1.7\n'))).toMatchObject({ what: 'a PDF document' });
    expect(sniffImage(Buffer.alloc(0))).toMatchObject({ what: 'an empty file' });
  });

  it('reads the declared size from PNG, JPEG, GIF and WebP headers without decoding', async () => {
    expect(declaredSize('png', pngBomb())).toEqual({ kind: 'size', width: 20_000, height: 20_000 });
    expect(declaredSize('jpeg', fixture(AGENCY))).toEqual({ kind: 'size', width: 527, height: 350 });
    const sharp = (await import('sharp')).default;
    const base = sharp({ create: { width: 321, height: 123, channels: 4, background: '#00000000' } });
    expect(declaredSize('gif', await base.clone().gif().toBuffer())).toEqual({ kind: 'size', width: 321, height: 123 });
    expect(declaredSize('webp', await base.clone().webp({ lossless: true }).toBuffer())).toEqual({ kind: 'size', width: 321, height: 123 });
    expect(declaredSize('webp', await base.clone().webp().toBuffer())).toEqual({ kind: 'size', width: 321, height: 123 });
    expect(declaredSize('jpeg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00]))).toMatchObject({ kind: 'unreadable' });
  });
});

describe('hostile files', () => {
  it('refuses a web page renamed .jpg, saying what it is', async () => {
    await expect(inspectImage(htmlAsJpeg(), 'holiday.jpg')).rejects.toThrow(
      '“holiday.jpg” is not an image: it is a web page (HTML). Galley takes JPEG, PNG, WebP, GIF and AVIF images.',
    );
  });

  it('refuses a truncated JPEG as damaged when it is decoded, and makes no thumbnails of it', async () => {
    const bytes = truncatedJpeg();
    await inspectImage(bytes, 'cut.jpg');
    await expect(makeDerivatives(bytes, 'cut.jpg')).rejects.toThrow(/“cut\.jpg” is damaged and cannot be read \(premature end of JPEG/);
  });

  it('refuses a PNG declaring 20,000 × 20,000 pixels from its header, with bounded memory', async () => {
    const bomb = pngBomb();
    expect(bomb.length).toBeLessThan(10_000);
    let refusal: unknown = null;
    const grew = await memoryGrowth(() => inspectImage(bomb, 'bomb.png').catch((error: unknown) => (refusal = error)));
    expect(refusal).toBeInstanceOf(ImageRejectedError);
    expect(String(refusal)).toContain('“bomb.png” is 20,000 × 20,000 pixels (400 megapixels); the limit is 100 megapixels');
    // Decoding it would take 400 MB; refusing from the header takes next to nothing.
    expect(grew).toBeLessThan(64);
  });

  it('refuses a JPEG whose header claims too many pixels, before decoding', async () => {
    await expect(inspectImage(jpegClaiming(60_000, 60_000), 'huge.jpg')).rejects.toThrow(/60,000 × 60,000 pixels \(3,600 megapixels\)/);
  });

  it('refuses a file over the size limit without looking further', async () => {
    const big = Buffer.alloc(MAX_IMAGE_BYTES + 1);
    await expect(inspectImage(big, 'big.jpg')).rejects.toThrow('“big.jpg” is 30 MB; the limit for an image is 30 MB. Save a smaller copy and add that.');
  });

  it('reads the damaged fixture as far as it goes, never crashing', async () => {
    const bytes = fixture(BROKEN);
    const result = await inspectImage(bytes, 'broken1.jpg').then(
      async (inspected) => ({ inspected, derivatives: await makeDerivatives(bytes, 'broken1.jpg') }),
      (error: unknown) => error,
    );
    if (result instanceof ImageRejectedError) expect(result.message).toMatch(/broken1\.jpg/);
    else expect(result).toMatchObject({ inspected: { format: 'jpeg', width: 600, height: 900 } });
  });
});
