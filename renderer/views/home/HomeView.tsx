import type { HomeItem, HomeSection } from '../../../shared/domain/workflow';
import { canCreateArticles } from '../../../shared/workflow/policy';
import { ROLE_LABELS, useAuth } from '../../common/AuthContext';
import { goSettings, goUsers, openArticle } from '../../common/route';
import { dateTime, relativeTime } from '../../ui/format';
import { useNow } from '../../ui/hooks/useNow';
import { STATE_LABELS } from '../../common/stateLabels';
import { useHome } from './useHome';

function HomeRow({ item, now }: { item: HomeItem; now: number }) {
  const headline = item.headline.trim() || 'Untitled';
  return (
    <li>
      <button type="button" className="desk-item" onClick={() => openArticle(item.id)}>
        <span className="desk-item__headline">{headline}</span>
        <span className="desk-item__meta">
          <span className={`state-badge state-badge--${item.state}`}>{STATE_LABELS[item.state]}</span>
          {item.section ? <span>{item.section}</span> : null}
          <span>by {item.author.name}</span>
          {item.holder !== null && item.state === 'in_edit' ? <span>with {item.holder.name}</span> : null}
          {item.publishAt !== null && item.state === 'scheduled' ? <span>publishes {dateTime(item.publishAt)}</span> : null}
          <time dateTime={item.stateChangedAt}>{relativeTime(item.stateChangedAt, now)}</time>
        </span>
        {item.note !== null ? <span className="desk-item__note">“{item.note}”</span> : null}
      </button>
    </li>
  );
}

function Section({ section, now }: { section: HomeSection; now: number }) {
  const headingId = `desk-${section.id}`;
  return (
    <section className="desk-section" aria-labelledby={headingId}>
      <h2 id={headingId} className="desk-section__title">
        {section.title} <span className="desk-section__count">{section.count}</span>
      </h2>
      {section.items.length === 0 ? (
        <p className="desk-section__empty">Nothing here.</p>
      ) : (
        <ul className="desk-section__list" aria-labelledby={headingId}>
          {section.items.map((item) => (
            <HomeRow key={item.id} item={item} now={now} />
          ))}
        </ul>
      )}
      {section.count > section.items.length ? (
        <p className="desk-section__more">
          Showing the latest {section.items.length} of {section.count}; search the list for the rest.
        </p>
      ) : null}
    </section>
  );
}

/** The main area with no article open: what waits for this person, by role, with counts. */
export function HomeView({ onNewArticle }: { onNewArticle: () => void }) {
  const { session } = useAuth();
  const { load, refresh } = useHome();
  const now = useNow(60_000);

  return (
    <main className="workspace desk" id="editor" aria-label="My desk">
      <div className="desk__scroll">
        <header className="desk__header">
          <div>
            <h1 className="desk__title">My desk</h1>
            <p className="desk__who">
              {session.displayName} · {ROLE_LABELS[session.role]}
            </p>
          </div>
          {canCreateArticles(session.role) ? (
            <button type="button" className="button button--primary" onClick={onNewArticle}>
              New article
            </button>
          ) : null}
        </header>
        {session.role === 'admin' ? (
          <div className="desk-section">
            <p>As admin you look after people and settings; articles are written and approved by the newsroom.</p>
            <p className="desk__links">
              <button type="button" className="button" onClick={goUsers}>
                Manage users
              </button>
              <button type="button" className="button" onClick={goSettings}>
                Audit log
              </button>
            </p>
          </div>
        ) : null}
        {load.kind === 'loading' ? <p className="workspace__loading">Loading your desk…</p> : null}
        {load.kind === 'failed' ? (
          <p className="field-error" role="alert">
            Couldn't load your desk: {load.message}{' '}
            <button type="button" className="link-button" onClick={refresh}>
              Try again
            </button>
          </p>
        ) : null}
        {load.kind === 'ready' ? (
          <div className="desk__sections">
            {load.sections.map((section) => (
              <Section key={section.id} section={section} now={now} />
            ))}
          </div>
        ) : null}
      </div>
    </main>
  );
}
