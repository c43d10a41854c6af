import type { KeyboardEvent, Ref } from 'react';
import type { PanelDefinition } from './panelTypes';

interface Props {
  panel: PanelDefinition;
  selected: boolean;
  tabRef: Ref<HTMLButtonElement>;
  onSelect: () => void;
  onKeyDown: (event: KeyboardEvent<HTMLButtonElement>) => void;
}

/** One tab of the side panel's rail: an icon over a short label, the label being the tab's name. */
export function PanelTab({ panel, selected, tabRef, onSelect, onKeyDown }: Props) {
  const Icon = panel.icon;
  return (
    <button
      ref={tabRef}
      id={`panel-tab-${panel.id}`}
      type="button"
      role="tab"
      className="panel-tab"
      aria-selected={selected}
      aria-controls={`panel-${panel.id}`}
      tabIndex={selected ? 0 : -1}
      title={panel.label}
      onClick={onSelect}
      onKeyDown={onKeyDown}
    >
      {Icon !== undefined ? (
        <Icon />
      ) : (
        <span className="panel-tab__letter" aria-hidden="true">
          {panel.label.slice(0, 1)}
        </span>
      )}
      <span className="panel-tab__label">{panel.label}</span>
    </button>
  );
}
