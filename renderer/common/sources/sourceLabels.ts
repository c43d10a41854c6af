import { isConfidential, type AttributionRule, type Source, type SourceKind } from '../../../shared/domain/source';

export const KIND_LABELS: Readonly<Record<SourceKind, string>> = {
  web_page: 'Web page',
  document: 'Document',
  dataset: 'Dataset',
  interview: 'Interview',
  press_release: 'Press release',
  social_post: 'Social post',
  wire_copy: 'Wire copy',
  book_paper: 'Book or paper',
};

export const ATTRIBUTION_LABELS: Readonly<Record<AttributionRule, string>> = {
  on_the_record: 'On the record (named)',
  background: 'On background (confidential)',
  anonymous: 'Anonymous (confidential)',
};

/** A line under the title: kind, publisher, author; for an interview, who and how they may be named. */
export function sourceSubtitle(source: Source): string {
  const parts: string[] = [KIND_LABELS[source.kind]];
  if (source.interview !== null) {
    if (source.interview.name.trim() !== '') parts.push(source.interview.name.trim());
    if (source.interview.role.trim() !== '') parts.push(source.interview.role.trim());
  } else {
    if (source.publisher.trim() !== '') parts.push(source.publisher.trim());
    if (source.author.trim() !== '') parts.push(source.author.trim());
  }
  if (source.publishedDate !== '') parts.push(source.publishedDate);
  return parts.join(' · ');
}

export const confidentialLabel = (source: Source): string | null =>
  isConfidential(source) && source.interview !== null
    ? source.interview.attribution === 'background'
      ? 'Confidential · on background'
      : 'Confidential · anonymous'
    : null;
