/** Names a lesson may use in a ```widget NAME``` block. Kept free of React so content tests can read it. */
export const WIDGET_NAMES = [
  'lifecycle-map',
  'convention-agreement',
  'skewed-baseline',
  'drift-kinds',
] as const;
export type WidgetName = (typeof WIDGET_NAMES)[number];

export function isWidgetName(name: string): name is WidgetName {
  return (WIDGET_NAMES as readonly string[]).includes(name);
}
