import { randomUUID } from 'node:crypto';
import { emptyMeta, type ArticleMeta } from '../../../shared/domain/article';
import { SourceSchema, type Source, type SourceFieldsInput } from '../../../shared/domain/source';
import { bodyOf, textNode } from '../../support/bodies';
import type { CheckedArticle } from '../../../shared/checks/registry';
import type { CheckContext } from '../../../shared/checks/context';
import { DEFAULT_CHECK_CONTEXT } from '../../../shared/checks/context';

/** A source as the library would hold it. */
export function source(fields: Partial<SourceFieldsInput> = {}): Source {
  return SourceSchema.parse({
    kind: 'web_page',
    title: 'City budget 2026',
    url: 'https://city.example.org/budget',
    ...fields,
    id: randomUUID(),
    createdAt: '2026-01-05T10:00:00.000Z',
    updatedAt: '2026-01-05T10:00:00.000Z',
  });
}

export const confidentialInterview = (name = 'Jane Doe', attribution: 'background' | 'anonymous' = 'anonymous') =>
  source({
    kind: 'interview',
    title: `Interview with ${name}`,
    url: '',
    notes: 'Recorded at the ministry, 3 May.',
    interview: { name, role: 'a senior ministry official', contact: '+44 20 7946 0000', attribution },
  });

const inline = (children: unknown[]) => children.map((child) => (typeof child === 'string' ? textNode({ text: child }) : child));

export const citation = (sourceIds: string[], ...children: unknown[]) => ({
  type: 'citation',
  version: 1,
  sourceIds,
  locator: null,
  direction: null,
  format: '',
  indent: 0,
  children: inline(children),
});

export const footnote = (text: string, sourceIds: string[] = [], noteId: string = randomUUID()) => ({
  type: 'footnote',
  version: 1,
  noteId,
  text,
  sourceIds,
});

export const marker = (label: string) => ({ type: 'reference-marker', version: 1, label });

/** A paragraph of strings (text) and nodes (citations, footnotes, markers). */
export const para = (...children: unknown[]) => ({
  type: 'paragraph',
  version: 1,
  direction: null,
  format: '',
  indent: 0,
  textFormat: 0,
  textStyle: '',
  children: inline(children),
});

export const heading = (text: string) => ({
  type: 'heading',
  tag: 'h2',
  version: 1,
  direction: null,
  format: '',
  indent: 0,
  children: [textNode({ text })],
});

const ready: ArticleMeta = { ...emptyMeta(), headline: 'Budget passes', bylines: ['Wren Writer'], section: 'City' };

export function article(blocks: unknown[], meta: Partial<ArticleMeta> = {}): CheckedArticle {
  return { id: randomUUID(), meta: { ...ready, ...meta }, body: bodyOf(...blocks) };
}

export function withSources(sources: Source[], unattachedSources: Source[] = []): CheckContext {
  return { ...DEFAULT_CHECK_CONTEXT, sources, unattachedSources };
}

export const codes = (findings: readonly { code: string }[]) => findings.map((finding) => finding.code);
