import { Link } from 'react-router-dom';

export default function LessonNotFound({ lessonId }: { lessonId: string }) {
  return (
    <div className="page">
      <h1>No such lesson</h1>
      <p>
        There is no lesson called <code>{lessonId}</code>. <Link to="/learn">See all lessons</Link>.
      </p>
    </div>
  );
}
