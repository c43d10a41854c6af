import type { FindingLocation } from '../../shared/checks/finding';

/**
 * "Show me where": the Checks panel asks for a place in the article, whoever can show it
 * answers. Window events keep the panels and the editor apart (neither imports the other).
 *
 * `galley:select-location` (detail: { location }): the editor (SelectLocationPlugin)
 * selects the place and scrolls to it, and calls preventDefault() to say it did. Places in
 * the body: `text` (block index + offset + length, see shared/content/text-location),
 * `marker` (a reference marker by block, offset and label) and `footnote` (by note id).
 *
 * `galley:show-panel` (detail: { panelId, request }): the side panel switches to that tab
 * and hands it the request (the Checks panel shows a source in the Sources tab).
 */
export const SELECT_LOCATION_EVENT = 'galley:select-location';
export const SHOW_PANEL_EVENT = 'galley:show-panel';

export interface SelectLocationDetail {
  location: FindingLocation;
}

export interface ShowPanelDetail {
  panelId: string;
  request: { kind: 'showSource'; sourceId: string } | { kind: 'showFigure' } | { kind: 'showFootnote'; noteId: string };
}

/** Asks the editor to select a place; false when nothing on screen could (no editor open, a place that no longer exists). */
export function requestSelectLocation(location: FindingLocation): boolean {
  const event = new CustomEvent<SelectLocationDetail>(SELECT_LOCATION_EVENT, { detail: { location }, cancelable: true });
  return !window.dispatchEvent(event);
}

/** Listens for select requests; the listener returns true when it selected the place. */
export function onSelectLocation(listener: (location: FindingLocation) => boolean): () => void {
  const handle = (event: Event) => {
    const detail = (event as CustomEvent<SelectLocationDetail>).detail;
    if (detail !== null && typeof detail === 'object' && listener(detail.location)) event.preventDefault();
  };
  window.addEventListener(SELECT_LOCATION_EVENT, handle);
  return () => window.removeEventListener(SELECT_LOCATION_EVENT, handle);
}

export function requestShowPanel(detail: ShowPanelDetail): void {
  window.dispatchEvent(new CustomEvent<ShowPanelDetail>(SHOW_PANEL_EVENT, { detail }));
}

export function onShowPanel(listener: (detail: ShowPanelDetail) => void): () => void {
  const handle = (event: Event) => listener((event as CustomEvent<ShowPanelDetail>).detail);
  window.addEventListener(SHOW_PANEL_EVENT, handle);
  return () => window.removeEventListener(SHOW_PANEL_EVENT, handle);
}
