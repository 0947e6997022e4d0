export const ROUTE_TITLES: Record<string, string> = {
  '/': 'Home',
  '/learn': 'Learn',
  '/scoping': 'Scoping',
  '/data': 'Data',
  '/modeling': 'Modeling',
  '/deployment': 'Deployment',
  '/projects': 'Projects',
};
