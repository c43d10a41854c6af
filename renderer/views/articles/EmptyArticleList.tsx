import type { Role } from '../../../shared/domain/session';
import { goSettings, goUsers } from '../../common/route';

/**
 * The list when the newsroom has no article yet: what this person can do about it, naming
 * only what their own screen shows (an admin has no “New article”; editors and desk chiefs
 * mostly receive articles, though they may start one).
 */
export function EmptyArticleList({ role }: { role: Role }) {
  switch (role) {
    case 'writer':
      return <p className="sidebar__empty">No articles yet. Start one with “New article”.</p>;
    case 'editor':
    case 'desk_chief':
      return <p className="sidebar__empty">No articles yet. Articles submitted to you appear here; to write one yourself, use “New article”.</p>;
    case 'admin':
      return (
        <p className="sidebar__empty">
          No articles yet. The newsroom writes them; you look after{' '}
          <button type="button" className="link-button" onClick={goUsers}>
            Users
          </button>{' '}
          and{' '}
          <button type="button" className="link-button" onClick={goSettings}>
            Settings
          </button>
          .
        </p>
      );
  }
}
