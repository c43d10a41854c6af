import type { PanelDefinition } from './panelTypes';
import { VersionsPanel } from './versions/VersionsPanel';
import { SourcesPanel } from './sources/SourcesPanel';
import { ChecksPanel } from './checks/ChecksPanel';
import { RightsPanel } from './rights/RightsPanel';
import { FootnotesPanel } from './footnotes/FootnotesPanel';
import { ChangesPanel } from './changes/ChangesPanel';
import { PublishingPanel } from './publishing/PublishingPanel';
import { CommentsPanel } from './review/CommentsPanel';
import { ClaimsPanel } from './review/ClaimsPanel';
import { ChangesIcon, ChecksIcon, ClaimIcon, CommentIcon, FootnoteIcon, HistoryIcon, ImageIcon, PublishIcon, SourcesIcon } from '../ui/icons';

/** The side panel's tabs, in order. A new panel is one entry here. */
export const PANELS: readonly PanelDefinition[] = [
  { id: 'versions', label: 'Versions', Component: VersionsPanel, icon: HistoryIcon },
  { id: 'sources', label: 'Sources', Component: SourcesPanel, icon: SourcesIcon },
  { id: 'footnotes', label: 'Footnotes', Component: FootnotesPanel, icon: FootnoteIcon },
  { id: 'checks', label: 'Checks', Component: ChecksPanel, icon: ChecksIcon },
  { id: 'rights', label: 'Rights', Component: RightsPanel, icon: ImageIcon },
  { id: 'changes', label: 'Changes', Component: ChangesPanel, icon: ChangesIcon },
  { id: 'comments', label: 'Comments', Component: CommentsPanel, icon: CommentIcon },
  { id: 'claims', label: 'Claims', Component: ClaimsPanel, icon: ClaimIcon },
  { id: 'publishing', label: 'Publishing', Component: PublishingPanel, icon: PublishIcon },
];
