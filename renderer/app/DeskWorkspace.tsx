import { HomeView } from '../views/home/HomeView';
import { SettingsView } from '../views/settings/SettingsView';
import { UsersView } from '../views/users/UsersView';
import { PublishingView } from '../views/publishing/PublishingView';
import type { Route } from '../common/route';

/** The main area when no article is open: the person's desk, or the Users or Settings screen. */
export function DeskWorkspace({ route, onNewArticle }: { route: Route; onNewArticle: () => void }) {
  if (route.kind === 'users') return <UsersView />;
  if (route.kind === 'settings') return <SettingsView />;
  if (route.kind === 'publishing') return <PublishingView />;
  return <HomeView onNewArticle={onNewArticle} />;
}
