/** A small "done / to do" list with a count, used for per-stage progress. */
export function ProgressChecklist({
  title,
  items,
}: {
  title: string;
  items: { label: string; done: boolean }[];
}) {
  const done = items.filter((i) => i.done).length;
  return (
    <section className="card" aria-label={title}>
      <h2>
        {title}{' '}
        <span className="count">
          {done} of {items.length}
        </span>
      </h2>
      <ul className="checklist">
        {items.map((item) => (
          <li key={item.label} className={item.done ? 'is-done' : undefined}>
            <span aria-hidden="true">{item.done ? '✓' : '○'}</span> {item.label}
            <span className="visually-hidden">{item.done ? ' (done)' : ' (to do)'}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
