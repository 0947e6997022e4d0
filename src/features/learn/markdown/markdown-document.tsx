import { LessonMarkdown } from './lesson-markdown';

/** Default export of the Markdown renderer, for lazy loading from other features (print views, previews). */
export default function MarkdownDocument({ source }: { source: string }) {
  return <LessonMarkdown source={source} />;
}
