import { describe, expect, it } from 'vitest';
import { validateBody } from '../../../shared/content/validate';
import { renderBodyHtml } from '../../../shared/content/render/html';
import { renderBodyMarkdown } from '../../../shared/content/render/markdown';
import { renderBodyPlainText } from '../../../shared/content/render/text';
import { resolveFigures, type FigureImage } from '../../../shared/content/render/figure';
import { figureImageObjects, imageObjectJsonLd } from '../../../shared/content/render/image-object';
import { figuresIn } from '../../../shared/content/nodes/figure-data';
import { readBody } from '../../../shared/content/render/read-body';
import { buildBody } from '../../../shared/content/build';
import { figureCredit } from '../../../shared/licences/image-credit';
import { ASSET_ID, bodyWith, figureJson, goodRights } from './helpers';

const rights = goodRights({
  sourceUrl: 'https://commons.wikimedia.org/wiki/File:Harbour.jpg',
  copyrightNotice: '© Firebrace',
  licensorUrl: 'https://example.org/licensing',
});
const resolved = (figure: { credit: string }): FigureImage => ({
  src: 'images/abc123.jpg',
  width: 1600,
  height: 900,
  credit: figureCredit(figure.credit, rights).parts,
  rights,
});

describe('the figure node', () => {
  it('loads in the headless editor and keeps every field on the way out', () => {
    const figure = figureJson({ crop: { x: 0.1, y: 0.2, width: 0.5, height: 0.5 }, rotation: 270, credit: 'Photo: Firebrace' });
    const { body } = validateBody(bodyWith(figure));
    const { type: _type, version: _version, ...fields } = figure;
    expect(figuresIn(body)).toEqual([{ ...fields, block: 1 }]);
  });

  it('is refused when malformed, so a broken figure never replaces a good document', () => {
    expect(() => validateBody(bodyWith(figureJson({ assetId: 'nope' })))).toThrow(/figure node is malformed \(assetId\)/);
    expect(() => validateBody(bodyWith({ ...figureJson(), rotation: 45 as 0 }))).toThrow(/figure node is malformed \(rotation\)/);
    expect(() => validateBody(bodyWith(figureJson({ crop: { x: 0.8, y: 0, width: 0.5, height: 1 } })))).toThrow(/crop stays inside the image/);
  });

  it('does not count its caption as words of the article', () => {
    expect(validateBody(bodyWith(figureJson({ caption: 'one two three four five' }))).wordCount).toBe(4);
  });

  it('survives a round trip through the renderers’ tree', () => {
    const figure = figureJson({ crop: { x: 0, y: 0, width: 0.5, height: 1 }, rotation: 90, credit: 'Own credit' });
    const rebuilt = buildBody(readBody(bodyWith(figure)));
    expect(figuresIn(rebuilt)[0]).toMatchObject({ assetId: ASSET_ID, crop: { width: 0.5 }, rotation: 90, credit: 'Own credit', alt: figure.alt });
  });
});

describe('figures in the exports', () => {
  const body = resolveFigures(bodyWith(figureJson()), resolved);

  it('HTML: a <figure> with <img alt> and a <figcaption> holding the caption and the linked credit', () => {
    const html = renderBodyHtml(body);
    expect(html).toContain(
      '<figure>\n<img src="images/abc123.jpg" alt="Fishing boats moored in a calm harbour at sunrise" width="1600" height="900">\n' +
        '<figcaption>The harbour at dawn. <span class="credit">Image by Firebrace, via ' +
        '<a href="https://commons.wikimedia.org/wiki/File:Harbour.jpg" rel="noopener noreferrer">Wikimedia Commons</a> ' +
        '(<a href="https://creativecommons.org/licenses/by/4.0/" rel="noopener noreferrer">CC BY 4.0</a>)</span></figcaption>\n</figure>',
    );
  });

  it('HTML: escapes whatever the caption and alt text hold', () => {
    const hostile = resolveFigures(bodyWith(figureJson({ caption: '<script>x</script>', alt: '" onerror="x' })), resolved);
    const html = renderBodyHtml(hostile);
    expect(html).toContain('alt="&quot; onerror=&quot;x"');
    expect(html).toContain('&lt;script&gt;x&lt;/script&gt;');
    expect(html).not.toContain('<script>');
  });

  it('HTML: an unresolved figure still shows its own credit, and no address from outside', () => {
    const html = renderBodyHtml(bodyWith(figureJson({ credit: 'Photo: Ana' })));
    expect(html).toContain(`<img src="images/${ASSET_ID}" alt=`);
    expect(html).toContain('<span class="credit">Photo: Ana</span>');
    const forged = { ...bodyWith(figureJson()) };
    const root = forged.editorState.root;
    (root.children[1] as Record<string, unknown>).resolvedImage = { src: 'javascript:alert(1)', credit: [{ text: 'x', href: 'javascript:alert(1)' }] };
    expect(renderBodyHtml(forged)).not.toContain('javascript:');
  });

  it('Markdown: the image with its alt text, then caption and credit', () => {
    const md = renderBodyMarkdown(body);
    expect(md).toContain('![Fishing boats moored in a calm harbour at sunrise](<images/abc123.jpg>)');
    expect(md).toContain('The harbour at dawn. Image by Firebrace, via Wikimedia Commons (CC BY 4.0)');
  });

  it('Markdown: alt text that holds markup is escaped, so no Markdown renderer writes it into the page', () => {
    const hostile = resolveFigures(bodyWith(figureJson({ alt: '<img src=x onerror="alert(1)"> & [more]' })), resolved);
    expect(renderBodyMarkdown(hostile)).toContain('![\\<img src=x onerror=\\"alert(1)\\"\\> \\& \\[more\\]](<images/abc123.jpg>)');
  });

  it('plain text: what the image shows, then caption and credit', () => {
    expect(renderBodyPlainText(body)).toContain(
      '[Image: Fishing boats moored in a calm harbour at sunrise]\nThe harbour at dawn. Image by Firebrace, via Wikimedia Commons (CC BY 4.0)',
    );
  });

  it('JSON-LD: an ImageObject with credit, copyright, licence, where to license it, and creator', () => {
    expect(imageObjectJsonLd({ figure: figureJson(), contentUrl: 'https://news.example/images/abc.jpg', width: 1600, height: 900, rights })).toEqual({
      '@type': 'ImageObject',
      contentUrl: 'https://news.example/images/abc.jpg',
      caption: 'The harbour at dawn.',
      description: 'Fishing boats moored in a calm harbour at sunrise',
      width: { '@type': 'QuantitativeValue', value: 1600, unitCode: 'E37' },
      height: { '@type': 'QuantitativeValue', value: 900, unitCode: 'E37' },
      creditText: 'Image by Firebrace, via Wikimedia Commons (CC BY 4.0)',
      copyrightNotice: '© Firebrace',
      license: 'https://creativecommons.org/licenses/by/4.0/',
      acquireLicensePage: 'https://example.org/licensing',
      creator: { '@type': 'Person', name: 'Firebrace' },
    });
    expect(figureImageObjects(body)).toHaveLength(1);
    expect(figureImageObjects(bodyWith(figureJson()))).toEqual([]);
  });

  it('JSON-LD: falls back to the Web Statement of Rights for an agency image', () => {
    const agency = goodRights({ licence: { id: 'wire', url: null }, webStatement: 'http://www.mugwum.com/terms', creditLine: 'Mugwum Press', creator: 'Julie Doe' });
    const node = imageObjectJsonLd({ figure: figureJson(), contentUrl: 'images/x.jpg', rights: agency });
    expect(node).toMatchObject({ license: 'http://www.mugwum.com/terms', acquireLicensePage: 'http://www.mugwum.com/terms', creditText: 'Image by Julie Doe, via Mugwum Press' });
  });
});
