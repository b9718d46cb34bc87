import { Component, type ReactNode } from 'react';
import type { Messages } from '../i18n';
import { useMessages } from '../i18n/useMessages';

interface State {
  error: Error | null;
}

/**
 * If drawing fails, say so with a way out; the slider, story and details keep working. As a
 * `panel` (PanelBoundary below), the same for a part that fails (its chunk did not load, say).
 */
export class CanvasBoundary extends Component<
  { children: ReactNode; resetKey: string; messages: Messages; panel?: boolean },
  State
> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  componentDidUpdate(previous: { resetKey: string }) {
    // Another day or view may draw fine: try again when it changes.
    if (this.state.error && previous.resetKey !== this.props.resetKey) this.setState({ error: null });
  }

  render() {
    if (!this.state.error) return this.props.children;
    const t = this.props.messages;
    const panel = this.props.panel;
    return (
      <div role="alert" className="m-6 rounded border border-red-300 bg-red-50 p-4 text-red-950">
        <p className="font-semibold">{panel ? t.cannotShow : t.cannotDraw}</p>
        <p className="text-sm">{this.state.error.message}</p>
        <p className="mt-2 text-sm">
          {panel ? t.openAgain : t.tryAnother}{' '}
          <a className="underline" href={window.location.href}>
            {t.reloadPage}
          </a>
          .
        </p>
      </div>
    );
  }
}

/**
 * Around each part that loads on demand: if it fails, it alone says so, and everything around it
 * (the story beside the details, the canvas around the legend) stays. It tries again when it is
 * opened again (it unmounts when closed) or when `resetKey` changes.
 */
export function PanelBoundary({ children, resetKey = '' }: { children: ReactNode; resetKey?: string }) {
  return (
    <CanvasBoundary resetKey={resetKey} messages={useMessages()} panel>
      {children}
    </CanvasBoundary>
  );
}
