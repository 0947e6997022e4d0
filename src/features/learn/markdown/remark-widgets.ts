/**
 * remark plugin: turns a fenced block whose info string is `widget NAME` into a `<lab-widget>` element that
 * the Markdown renderer maps to the widget registry. The block's body, if any, is passed on as JSON params.
 *
 *   ```widget convention-agreement
 *   {"share": 0.7}
 *   ```
 *
 * mdast-util-to-hast renders a node of unknown type that has `data.hName` as an element of that name.
 */
interface MdNode {
  type: string;
  lang?: string | null;
  meta?: string | null;
  value?: string;
  children?: MdNode[];
  data?: Record<string, unknown>;
}

function transform(node: MdNode): void {
  if (!node.children) return;
  node.children = node.children.map((child) => {
    if (child.type === 'code' && child.lang === 'widget') {
      return {
        type: 'labWidget',
        data: {
          hName: 'lab-widget',
          hProperties: { widget: (child.meta ?? '').trim(), params: child.value ?? '' },
        },
      };
    }
    transform(child);
    return child;
  });
}

export default function remarkWidgets() {
  return (tree: MdNode) => transform(tree);
}
