import { Suspense, useEffect } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router-dom';
import { ProjectSwitcher, SaveIndicator, StorageBanner } from '@/features/workbook';
import { HydrationGate } from './hydration-gate';
import { ROUTE_TITLES } from './route-titles';

const NAV = [
  { to: '/', label: 'Home', end: true },
  { to: '/learn', label: 'Learn' },
  { to: '/scoping', label: 'Scoping' },
  { to: '/data', label: 'Data' },
  { to: '/modeling', label: 'Modeling' },
  { to: '/deployment', label: 'Deployment' },
  { to: '/projects', label: 'Projects' },
];

function useDocumentTitle() {
  const { pathname } = useLocation();
  useEffect(() => {
    const title = ROUTE_TITLES[pathname];
    if (title) document.title = `${title} · Lifecycle Lab`;
  }, [pathname]);
}

export function Layout() {
  useDocumentTitle();
  return (
    <div className="app">
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <header className="app-header">
        <NavLink to="/" className="brand" end>
          <span className="brand-mark" aria-hidden="true">
            ◔
          </span>{' '}
          Lifecycle Lab
        </NavLink>
        <nav aria-label="Main" className="main-nav">
          <ul>
            {NAV.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={item.end}>
                  {item.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="header-tools">
          <HydrationGate>
            <ProjectSwitcher />
          </HydrationGate>
          <SaveIndicator />
        </div>
      </header>
      <StorageBanner />
      <main id="main" tabIndex={-1}>
        <HydrationGate>
          <Suspense
            fallback={
              <p className="loading" role="status">
                Loading…
              </p>
            }
          >
            <Outlet />
          </Suspense>
        </HydrationGate>
      </main>
      <footer className="app-footer">
        <p>
          Lifecycle Lab runs entirely in your browser: no account, no server, and your data never leaves this
          page.
        </p>
      </footer>
    </div>
  );
}
