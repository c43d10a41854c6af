import { randomUUID } from 'node:crypto';
import type { ArticleBody } from '../../../shared/content/body';
import { SourceSchema, type Source } from '../../../shared/domain/source';
import { generateLongArticle } from './long-article';
import { createRandom } from './random';
import { text } from './lexical-json';

/**
 * The 20,000-word long read with what a heavily sourced investigation carries: citations
 * around a few words of many paragraphs, footnotes at the ends of others, and a list of
 * attached sources of every kind (some confidential, some never cited, some without an
 * address or notes, one duplicate), so that every source check has work to do.
 */
export interface SourcedArticle {
  body: ArticleBody;
  headline: string;
  sources: Source[];
  citations: number;
  footnotes: number;
}

type Json = Record<string, unknown>;
const isTextNode = (node: unknown): node is Json & { text: string } =>
  typeof node === 'object' && node !== null && (node as Json).type === 'text' && typeof (node as Json).text === 'string';

function makeSources(count: number, seed: string): Source[] {
  const random = createRandom(seed);
  const kinds = ['web_page', 'document', 'dataset', 'press_release', 'social_post', 'wire_copy', 'book_paper'] as const;
  return Array.from({ length: count }, (_, i) => {
    const confidential = i % 10 === 9;
    const bare = i % 13 === 5;
    return SourceSchema.parse({
      id: randomUUID(),
      kind: confidential ? 'interview' : kinds[random.int(0, kinds.length - 1)],
      title: confidential ? `Interview ${i}` : `Source number ${i} on the budget`,
      url: bare || confidential ? '' : `https://records.example.org/doc/${i}`,
      publisher: `Publisher ${i % 17}`,
      notes: bare ? '' : 'Checked against the original.',
      interview: confidential
        ? { name: `Confidential Person${i} Surname${i}`, role: 'an official', contact: `person${i}@example.org`, attribution: i % 20 === 9 ? 'background' : 'anonymous' }
        : null,
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    });
  });
}

export function generateSourcedArticle({ citations = 500, footnotes = 200, sources = 80, seed = 'galley-bench:sourced' } = {}): SourcedArticle {
  const long = generateLongArticle();
  const body = structuredClone(long.body);
  const library = makeSources(sources, seed);
  // The last tenth of the library stays uncited (SOURCE_UNUSED); a copy of the first source is attached too (SOURCE_DUPLICATE).
  library.push({ ...library[0]!, id: randomUUID(), title: `${library[0]!.title} (copy)` });
  const citable = library.slice(0, Math.floor(sources * 0.9));
  const paragraphs = (body.editorState.root.children as Json[]).filter((block) => block.type === 'paragraph');
  let cited = 0;
  let noted = 0;
  let round = 0;
  while ((cited < citations || noted < footnotes) && round < 10) {
    for (const [index, paragraph] of paragraphs.entries()) {
      const children = paragraph.children as unknown[];
      if (cited < citations && (index + round) % 2 === 0) {
        const at = children.findIndex((child) => isTextNode(child) && child.text.split(' ').length > 8);
        const node = children[at];
        if (isTextNode(node)) {
          const words = node.text.split(' ');
          const sourceIds = [citable[cited % citable.length]!.id, ...(cited % 7 === 0 ? [citable[(cited + 3) % citable.length]!.id] : [])];
          const cite = { type: 'citation', version: 1, sourceIds, locator: cited % 5 === 0 ? { kind: 'page', value: String(cited) } : null, direction: null, format: '', indent: 0, children: [text(words.slice(2, 6).join(' '))] };
          children.splice(at, 1, text(`${words.slice(0, 2).join(' ')} `), cite, text(` ${words.slice(6).join(' ')}`));
          cited += 1;
        }
      }
      if (noted < footnotes && (index + round) % 3 === 1) {
        const sourceIds = noted % 4 === 0 ? [citable[(noted * 5) % citable.length]!.id] : [];
        children.push({ type: 'footnote', version: 1, noteId: randomUUID(), text: noted % 50 === 49 ? '' : `Note ${noted + 1}: figures from the ministry's annual report.`, sourceIds });
        noted += 1;
      }
    }
    round += 1;
  }
  return { body, headline: long.headline, sources: library, citations: cited, footnotes: noted };
}
