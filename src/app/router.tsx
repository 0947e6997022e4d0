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
const DataLayout = lazy(() => import('@/features/data/data-layout'));
const DatasetsPage = lazy(() => import('@/features/data/datasets/datasets-page'));
const SchemaPage = lazy(() => import('@/features/data/schema/schema-page'));
const ValidatePage = lazy(() => import('@/features/data/validate/validate-page'));
const DefinitionPage = lazy(() => import('@/features/data/definition/definition-page'));
const LabelsPage = lazy(() => import('@/features/data/labels/labels-page'));
const SplitsPage = lazy(() => import('@/features/data/splits/splits-page'));
const DataCardPage = lazy(() => import('@/features/data/card/data-card-page'));
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
          {
            path: '/data',
            element: <DataLayout />,
            children: [
              { index: true, element: <DatasetsPage /> },
              { path: 'schema', element: <SchemaPage /> },
              { path: 'validate', element: <ValidatePage /> },
              { path: 'definition', element: <DefinitionPage /> },
              { path: 'labels', element: <LabelsPage /> },
              { path: 'splits', element: <SplitsPage /> },
              { path: 'card', element: <DataCardPage /> },
            ],
          },
          { path: '/modeling', element: <ModelingPage /> },
          { path: '/deployment', element: <DeploymentPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
