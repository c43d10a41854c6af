/**
 * Drop caps. Word keeps a drop cap (the large first letter) as a paragraph of its own in a
 * frame (`<w:framePr w:dropCap="drop">`), so a converter sees "D" and "rop cap." as two
 * paragraphs. mammoth does not read frames, so the drop-cap paragraphs are found in the
 * main part's XML, and then, in mammoth's document, each is joined to the paragraph after it.
 */

const DROP_CAP = /<w:framePr\b[^>]*\bw:dropCap\s*=\s*["'](?:drop|margin)["']/g;
const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (text: string): string =>
  text.replace(/&(?:#x([0-9a-f]+)|#(\d+)|(\w+));/gi, (whole, hex?: string, dec?: string, name?: string) =>
    hex ? String.fromCodePoint(parseInt(hex, 16)) : dec ? String.fromCodePoint(Number(dec)) : (ENTITIES[name ?? ''] ?? whole),
  );

/** The text of each drop-cap paragraph of a main part, in document order. */
export function dropCapTexts(documentXml: string): string[] {
  const out: string[] = [];
  // From each frame out to its paragraph's ends: a scan of every paragraph would let a hostile file make it quadratic.
  let scannedTo = 0;
  for (const frame of documentXml.matchAll(DROP_CAP)) {
    if (frame.index < scannedTo) continue;
    const start = Math.max(documentXml.lastIndexOf('<w:p>', frame.index), documentXml.lastIndexOf('<w:p ', frame.index));
    const end = documentXml.indexOf('</w:p>', frame.index);
    if (start < scannedTo || end === -1) continue;
    scannedTo = end;
    const paragraph = documentXml.slice(start, end);
    const text = [...paragraph.matchAll(/<w:t\b[^>]*>([^<]*)<\/w:t>/g)].map((match) => decode(match[1] ?? '')).join('');
    if (text.trim() !== '') out.push(text);
  }
  return out;
}

/** mammoth's document model, as far as this reads it. */
interface MammothElement {
  type: string;
  value?: string;
  children?: MammothElement[];
}

const textOf = (element: MammothElement): string => (element.type === 'text' ? (element.value ?? '') : (element.children ?? []).map(textOf).join(''));

/**
 * A mammoth `transformDocument` that joins each drop-cap paragraph (matched by its text, in
 * order) to the paragraph that follows it. A drop cap with no paragraph after it stays.
 */
export function joinDropCaps(texts: readonly string[]): (document: MammothElement) => MammothElement {
  return (document) => {
    let next = 0;
    const visit = (element: MammothElement): void => {
      const children = element.children;
      if (children === undefined) return;
      for (let i = 0; i < children.length; i += 1) {
        const child = children[i]!;
        const following = children[i + 1];
        if (next < texts.length && child.type === 'paragraph' && textOf(child) === texts[next] && following?.type === 'paragraph') {
          following.children = [...(child.children ?? []), ...(following.children ?? [])];
          children.splice(i, 1);
          next += 1;
          i -= 1;
          continue;
        }
        visit(child);
      }
    };
    visit(document);
    return document;
  };
}
