import { Link, useRouteError } from 'react-router-dom';

/** Shown if a page throws while rendering: the rest of the app and the saved workbook are unaffected. */
export function RouteError() {
  const error = useRouteError();
  const message = error instanceof Error ? error.message : String(error);
  return (
    <div className="page" role="alert">
      <h1>Something went wrong on this page</h1>
      <p>
        Your workbook is safe. Reload the page, or go back to the <Link to="/">home page</Link>.
      </p>
      <pre className="error-detail">{message}</pre>
    </div>
  );
}
