import { Suspense } from 'react';
import { NavLink, Outlet } from 'react-router-dom';
import { LessonSummaryCard } from '@/features/learn';
import { useLessonsDone } from '@/features/workbook';
import { useData } from './state/use-data';
import { NoProject } from './no-project';

export const DATA_TABS = [
  { to: '/data', label: 'Datasets', end: true },
  { to: '/data/schema', label: 'Schema & statistics' },
  { to: '/data/validate', label: 'Validate' },
  { to: '/data/definition', label: 'Define data' },
  { to: '/data/labels', label: 'Label consistency' },
  { to: '/data/splits', label: 'Splits' },
  { to: '/data/card', label: 'Data card' },
];

/** The data studio's frame: title, the promise that data stays local, the tabs, then the current tool. */
export default function DataLayout() {
  const { project } = useData();
  const done = useLessonsDone();
  return (
    <div className="page data-studio">
      <h1>Data{project ? `: ${project.name}` : ''}</h1>
      <p className="lead">
        Define what x and y are, load and validate datasets, check label consistency and plan splits.{' '}
        <strong>Your data never leaves this browser</strong>: files are read and analysed on this device and
        nothing is uploaded.
      </p>
      <nav className="tabs" aria-label="Data studio">
        <ul>
          {DATA_TABS.map((t) => (
            <li key={t.to}>
              <NavLink to={t.to} end={t.end}>
                {t.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      {project ? (
        <Suspense
          fallback={
            <p className="loading" role="status">
              Loading…
            </p>
          }
        >
          <Outlet />
        </Suspense>
      ) : (
        <NoProject />
      )}
      <LessonSummaryCard stage="data" done={done} />
    </div>
  );
}
