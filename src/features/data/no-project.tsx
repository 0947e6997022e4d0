import { Link } from 'react-router-dom';

export function NoProject() {
  return (
    <section className="card empty-state">
      <h2>No project yet</h2>
      <p>
        The data studio keeps its datasets, definitions and studies in a project.{' '}
        <Link to="/projects">Create or choose a project</Link> to start.
      </p>
    </section>
  );
}
