import { Component, Suspense, type ReactNode } from 'react';
import { WIDGETS } from './widget-registry';
import { isWidgetName, WIDGET_NAMES } from './widget-names';

/** A visible, non-fatal error box: a broken widget must never take the lesson down with it. */
function WidgetError({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="widget-error" role="alert">
      <strong>{title}</strong>
      <p>{children}</p>
    </div>
  );
}

class WidgetBoundary extends Component<{ name: string; children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override render() {
    if (this.state.error) {
      return (
        <WidgetError title={`The “${this.props.name}” widget failed`}>{this.state.error.message}</WidgetError>
      );
    }
    return this.props.children;
  }
}

function parseParams(
  text: string,
): { ok: true; value: Record<string, unknown> } | { ok: false; error: string } {
  if (!text.trim()) return { ok: true, value: {} };
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return { ok: false, error: 'its parameters must be a JSON object, like {"share": 0.7}' };
    }
    return { ok: true, value: value as Record<string, unknown> };
  } catch (e) {
    return {
      ok: false,
      error: `its parameters are not valid JSON (${e instanceof Error ? e.message : String(e)})`,
    };
  }
}

/** Renders `<lab-widget widget="NAME" params="{…}">` from a lesson through the registry. */
export function WidgetBlock({ widget, params }: { widget?: string; params?: string }) {
  const name = widget ?? '';
  if (!isWidgetName(name)) {
    return (
      <WidgetError title={`Unknown widget “${name || '(no name)'}”`}>
        This lesson asks for a widget that does not exist. Available widgets: {WIDGET_NAMES.join(', ')}.
      </WidgetError>
    );
  }
  const parsed = parseParams(params ?? '');
  if (!parsed.ok) {
    return <WidgetError title={`The “${name}” widget can’t start`}>{parsed.error}.</WidgetError>;
  }
  const Widget = WIDGETS[name];
  return (
    <WidgetBoundary name={name}>
      <Suspense fallback={<p className="widget-loading">Loading the {name} widget…</p>}>
        <div className="widget-frame">
          <Widget params={parsed.value} />
        </div>
      </Suspense>
    </WidgetBoundary>
  );
}
