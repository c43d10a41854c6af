import type { RevisionSummary } from '../../../shared/domain/revision';

/** Why a revision exists, when it was not a writer's own "Save version". */
export const REASON_LABELS: Record<RevisionSummary['reason'], string | null> = {
  manual: null,
  'before-restore': 'Before restore',
  restore: 'Restored',
  workflow: 'Workflow',
  import: 'Imported',
};

export function nextVersionName(revisions: readonly RevisionSummary[]): string {
  const highest = revisions.reduce((max, revision) => Math.max(max, revision.number), 0);
  return `Version ${highest + 1}`;
}
