import { MoonIcon, PanelIcon, PlusIcon, SunIcon } from '../ui/icons';
import { useAuth } from '../common/AuthContext';
import { canCreateArticles, canManageUsers, canReadAudit } from '../../shared/workflow/policy';
import { goHome, goPublishing, goSettings, goUsers, useRoute } from '../common/route';
import { canReadQueue } from '../../shared/domain/publishing';
import type { Theme } from './theme';
import { UserMenu } from './UserMenu';
import { ImportButton } from '../views/import/ImportButton';

interface Props {
  theme: Theme;
  onToggleTheme: () => void;
  onNewArticle: () => void;
  creating: boolean;
  /** Null where there is no side panel (no article open): the button is left out. */
  panelVisible: boolean | null;
  onTogglePanel: () => void;
}

export function TopBar({ theme, onToggleTheme, onNewArticle, creating, panelVisible, onTogglePanel }: Props) {
  const nextTheme = theme === 'dark' ? 'light' : 'dark';
  const { session } = useAuth();
  const route = useRoute();
  const place = (kind: string) => (route.kind === kind ? 'page' : undefined);
  return (
    <header className="topbar">
      <div className="topbar__brand">
        <span className="topbar__mark" aria-hidden="true">
          G
        </span>
        <span className="topbar__name">Galley</span>
      </div>
      <nav className="topbar__nav" aria-label="Places">
        <button type="button" className="nav-link" aria-current={place('home')} onClick={goHome}>
          My desk
        </button>
        {canManageUsers(session.role) ? (
          <button type="button" className="nav-link" aria-current={place('users')} onClick={goUsers}>
            Users
          </button>
        ) : null}
        {canReadQueue(session.role) ? (
          <button type="button" className="nav-link" aria-current={place('publishing')} onClick={goPublishing}>
            Publishing
          </button>
        ) : null}
        {canReadAudit(session.role) ? (
          <button type="button" className="nav-link" aria-current={place('settings')} onClick={goSettings}>
            Settings
          </button>
        ) : null}
      </nav>
      <div className="topbar__actions">
        {canCreateArticles(session.role) ? <ImportButton /> : null}
        {canCreateArticles(session.role) ? (
          <button type="button" className="button button--primary" onClick={onNewArticle} disabled={creating}>
            <PlusIcon />
            <span>New article</span>
          </button>
        ) : null}
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
        {panelVisible !== null ? (
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
        ) : null}
        <UserMenu />
      </div>
    </header>
  );
}
