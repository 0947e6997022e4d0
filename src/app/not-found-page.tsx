import { useEffect } from 'react';
import { Link, useLocation } from 'react-router-dom';

export default function NotFoundPage() {
  const { pathname } = useLocation();
  useEffect(() => {
    document.title = 'Page not found · Lifecycle Lab';
  }, []);
  return (
    <div className="page">
      <h1>Page not found</h1>
      <p>
        There is nothing at <code>{pathname}</code>. Try the <Link to="/">lifecycle overview</Link>, the{' '}
        <Link to="/learn">lessons</Link> or your <Link to="/projects">projects</Link>.
      </p>
    </div>
  );
}
