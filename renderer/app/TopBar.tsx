import { MoonIcon, PanelIcon, PlusIcon, SunIcon } from '../ui/icons';
import type { Theme } from './theme';

interface Props {
  theme: Theme;
  onToggleTheme: () => void;
  onNewArticle: () => void;
  creating: boolean;
  panelVisible: boolean;
  onTogglePanel: () => void;
}

export function TopBar({ theme, onToggleTheme, onNewArticle, creating, panelVisible, onTogglePanel }: Props) {
  const nextTheme = theme === 'dark' ? 'light' : 'dark';
  return (
    <header className="topbar">
      <div className="topbar__brand">
        <span className="topbar__mark" aria-hidden="true">
          G
        </span>
        <span className="topbar__name">Galley</span>
      </div>
      <div className="topbar__actions">
        <button type="button" className="button button--primary" onClick={onNewArticle} disabled={creating}>
          <PlusIcon />
          <span>New article</span>
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={`Switch to ${nextTheme} theme`}
          data-tooltip={`Switch to ${nextTheme} theme`}
          data-theme-current={theme}
          onClick={onToggleTheme}
        >
          {theme === 'dark' ? <SunIcon /> : <MoonIcon />}
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label="Side panel"
          aria-pressed={panelVisible}
          aria-controls="side-panel"
          data-tooltip={panelVisible ? 'Hide side panel' : 'Show side panel'}
          onClick={onTogglePanel}
        >
          <PanelIcon />
        </button>
      </div>
    </header>
  );
}
