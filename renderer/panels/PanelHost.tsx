import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { onCommand } from '../common/commands';
import { onShowPanel } from '../common/locationEvents';
import type { ArticleSession } from '../editor/session/ArticleSession';
import type { PanelDefinition, PanelRequest } from './panelTypes';
import { PanelTab } from './PanelTab';

interface Props {
  panels: readonly PanelDefinition[];
  session: ArticleSession | null;
  visible: boolean;
  onShow: () => void;
  /** The divider that sets the panel's width, on its inner edge. */
  resizer: ReactNode;
}

/** The right-hand column: the active panel and a rail of tabs (WAI-ARIA tabs; arrow keys, Home and End move between tabs). */
export function PanelHost({ panels, session, visible, onShow, resizer }: Props) {
  const [activeId, setActiveId] = useState(panels[0]?.id ?? '');
  const [request, setRequest] = useState<PanelRequest | null>(null);
  const tabRefs = useRef(new Map<string, HTMLButtonElement>());
  const nonce = useRef(0);

  useEffect(
    () =>
      onCommand((command) => {
        if (command !== 'version.save' || session === null) return false;
        onShow();
        setActiveId('versions');
        nonce.current += 1;
        setRequest({ kind: 'saveVersion', nonce: nonce.current });
        return true;
      }),
    [session, onShow],
  );

  // Another panel asks for a tab (the Checks panel showing a source): switch to it and pass the request on.
  useEffect(
    () =>
      onShowPanel(({ panelId, request: asked }) => {
        if (!panels.some((panel) => panel.id === panelId)) return;
        onShow();
        setActiveId(panelId);
        nonce.current += 1;
        setRequest({ ...asked, nonce: nonce.current });
      }),
    [panels, onShow],
  );

  const onTabKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    let next: number | null = null;
    if (event.key === 'ArrowRight' || event.key === 'ArrowDown') next = (index + 1) % panels.length;
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') next = (index - 1 + panels.length) % panels.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = panels.length - 1;
    const panel = next === null ? undefined : panels[next];
    if (panel === undefined) return;
    event.preventDefault();
    setActiveId(panel.id);
    tabRefs.current.get(panel.id)?.focus();
  };

  const active = panels.find((panel) => panel.id === activeId) ?? panels[0];

  return (
    <aside className="panel-host" id="side-panel" aria-label="Article panels" hidden={!visible}>
      {resizer}
      {/* A vertical rail rather than a row: every feature brings a tab, and a rail holds eight or more without wrapping or hiding any. */}
      <div className="panel-host__tabs" role="tablist" aria-label="Panels" aria-orientation="vertical">
        {panels.map((panel, index) => (
          <PanelTab
            key={panel.id}
            panel={panel}
            selected={panel.id === active?.id}
            tabRef={(element) => {
              if (element === null) tabRefs.current.delete(panel.id);
              else tabRefs.current.set(panel.id, element);
            }}
            onSelect={() => setActiveId(panel.id)}
            onKeyDown={(event) => onTabKeyDown(event, index)}
          />
        ))}
      </div>
      {active !== undefined ? (
        <div className="panel-host__body" role="tabpanel" id={`panel-${active.id}`} aria-labelledby={`panel-tab-${active.id}`}>
          <active.Component
            key={`${active.id}-${session?.articleId ?? 'none'}`}
            session={session}
            request={request}
          />
        </div>
      ) : null}
    </aside>
  );
}
