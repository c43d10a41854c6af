import type { ComponentType } from 'react';
import type { ArticleSession } from '../editor/session/ArticleSession';

/** Something another part of the window asks a panel to do, e.g. Ctrl+Shift+S: "ask for a version name". */
export type PanelRequest =
  | { kind: 'saveVersion'; nonce: number }
  /** From the Checks panel: show this source in the Sources tab. */
  | { kind: 'showSource'; sourceId: string; nonce: number }
  /** From a figure in the text: show the selected figure in the Rights tab. */
  | { kind: 'showFigure'; nonce: number }
  /** From a footnote marker in the text: show its note in the Footnotes tab. */
  | { kind: 'showFootnote'; noteId: string; nonce: number };

export interface PanelProps {
  /** The open article, or null when none is open. */
  session: ArticleSession | null;
  request: PanelRequest | null;
}

/** A tab of the side panel. Sources, checks, comments… join the list in ./registry. */
export interface PanelDefinition {
  id: string;
  label: string;
  Component: ComponentType<PanelProps>;
  /** A line icon for the tab rail (see ui/icons); without one the rail shows the label's first letter. */
  icon?: ComponentType;
}
