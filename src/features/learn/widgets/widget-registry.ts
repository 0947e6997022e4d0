import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { WidgetName } from './widget-names';

/** Props every widget receives: the parsed JSON body of its fence (or an empty object). */
export interface WidgetProps {
  params: Record<string, unknown>;
}

/** Each widget loads on demand, so a lesson only pays for the widgets it embeds. */
export const WIDGETS: Record<WidgetName, LazyExoticComponent<ComponentType<WidgetProps>>> = {
  'lifecycle-map': lazy(() => import('./lifecycle-map-widget')),
  'convention-agreement': lazy(() => import('./convention-agreement-widget')),
  'skewed-baseline': lazy(() => import('./skewed-baseline-widget')),
  'drift-kinds': lazy(() => import('./drift-kinds-widget')),
};
