import type { ReactNode } from 'react';

/** The frame of the sign-in and first-run screens: the window shows nothing else until someone signs in. */
export function AuthScreen({ title, intro, children }: { title: string; intro: ReactNode; children: ReactNode }) {
  return (
    <main className="auth-screen" aria-labelledby="auth-title">
      <div className="auth-card">
        <div className="auth-card__brand">
          <span className="topbar__mark" aria-hidden="true">
            G
          </span>
          <span className="topbar__name">Galley</span>
        </div>
        <h1 id="auth-title" className="auth-card__title">
          {title}
        </h1>
        <p className="auth-card__intro">{intro}</p>
        {children}
      </div>
    </main>
  );
}
