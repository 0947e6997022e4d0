import type { JSX } from 'react';
import ReactMarkdown, { type Components } from 'react-markdown';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import 'katex/dist/katex.min.css';
import remarkWidgets from './remark-widgets';
import { WidgetBlock } from '../widgets/widget-block';

// `lab-widget` is our own element (see remark-widgets.ts); react-markdown passes its properties as props.
// The page already has the lesson title as its only h1, so a stray `#` heading in a body becomes an h2.
const components = {
  'lab-widget': WidgetBlock,
  h1: ({ node: _node, ...props }: { node?: unknown } & JSX.IntrinsicElements['h2']) => <h2 {...props} />,
  // GFM task-list boxes are read-only; a drawn box avoids unlabeled form controls.
  input: ({ checked }: { checked?: boolean }) => (
    <span className="task-box">
      <span aria-hidden="true">{checked ? '☑' : '☐'}</span>
      <span className="visually-hidden">{checked ? '(done)' : '(to do)'}</span>
    </span>
  ),
} as unknown as Components;

/**
 * A lesson body: GitHub-flavoured Markdown, KaTeX math and embedded widgets. Raw HTML in lessons is not
 * rendered (react-markdown's default), so content cannot inject markup.
 */
export function LessonMarkdown({ source }: { source: string }) {
  return (
    <div className="prose">
      <ReactMarkdown
        remarkPlugins={[remarkGfm, remarkMath, remarkWidgets]}
        rehypePlugins={[rehypeKatex]}
        components={components}
      >
        {source}
      </ReactMarkdown>
    </div>
  );
}
