import { lazy } from 'react';
import { createBrowserRouter } from 'react-router-dom';
import { Layout } from './layout';
import { RouteError } from './route-error';

// Every page is its own chunk: the home route loads neither recharts nor TensorFlow.js.
const HomePage = lazy(() => import('./home-page'));
const NotFoundPage = lazy(() => import('./not-found-page'));
const LearnIndexPage = lazy(() => import('@/features/learn/pages/learn-index-page'));
const LessonPage = lazy(() => import('@/features/learn/pages/lesson-page'));
const ProjectsPage = lazy(() => import('@/features/workbook/projects/projects-page'));
const ScopingPage = lazy(() => import('@/features/scoping/scoping-page'));
const ScopingPrintPage = lazy(() => import('@/features/scoping/print/scoping-print-page'));
const SharedScopingPage = lazy(() => import('@/features/scoping/share/shared-scoping-page'));
const DataPage = lazy(() => import('@/features/data/data-page'));
const ModelingPage = lazy(() => import('@/features/modeling/modeling-page'));
const DeploymentPage = lazy(() => import('@/features/deployment/deployment-page'));

export const router = createBrowserRouter([
  {
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { path: '/', element: <HomePage /> },
          { path: '/learn', element: <LearnIndexPage /> },
          { path: '/learn/:lessonId', element: <LessonPage /> },
          { path: '/projects', element: <ProjectsPage /> },
          { path: '/scoping', element: <ScopingPage /> },
          { path: '/scoping/print', element: <ScopingPrintPage /> },
          { path: '/scoping/shared', element: <SharedScopingPage /> },
          { path: '/data', element: <DataPage /> },
          { path: '/modeling', element: <ModelingPage /> },
          { path: '/deployment', element: <DeploymentPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
