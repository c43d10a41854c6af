import type { PanelDefinition } from './panelTypes';
import { VersionsPanel } from './versions/VersionsPanel';

/** The side panel's tabs, in order. A new panel is one entry here. */
export const PANELS: readonly PanelDefinition[] = [{ id: 'versions', label: 'Versions', Component: VersionsPanel }];
