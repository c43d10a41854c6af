import type { PanelDefinition } from './panelTypes';
import { VersionsPanel } from './versions/VersionsPanel';
import { SourcesPanel } from './sources/SourcesPanel';
import { ChecksPanel } from './checks/ChecksPanel';
import { RightsPanel } from './rights/RightsPanel';
import { FootnotesPanel } from './footnotes/FootnotesPanel';
import { CommentsPanel } from './review/CommentsPanel';
import { ClaimsPanel } from './review/ClaimsPanel';
import { PublishingPanel } from './publishing/PublishingPanel';

/** The side panel's tabs, in order. A new panel is one entry here. */
export const PANELS: readonly PanelDefinition[] = [
  { id: 'versions', label: 'Versions', Component: VersionsPanel },
  { id: 'sources', label: 'Sources', Component: SourcesPanel },
  { id: 'footnotes', label: 'Footnotes', Component: FootnotesPanel },
  { id: 'checks', label: 'Checks', Component: ChecksPanel },
  { id: 'rights', label: 'Rights', Component: RightsPanel },
  { id: 'comments', label: 'Comments', Component: CommentsPanel },
  { id: 'claims', label: 'Claims', Component: ClaimsPanel },
  { id: 'publishing', label: 'Publishing', Component: PublishingPanel },
];
