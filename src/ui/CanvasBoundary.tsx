import { Component, type ReactNode } from 'react';

interface State {
  error: Error | null;
}

/** If drawing fails, say so with a way out; the slider, story and details keep working. */
export class CanvasBoundary extends Component<{ children: ReactNode; resetKey: string }, State> {
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
    return (
      <div role="alert" className="m-6 rounded border border-red-300 bg-red-50 p-4 text-red-950">
        <p className="font-semibold">The diagram could not be drawn for this view.</p>
        <p className="text-sm">{this.state.error.message}</p>
        <p className="mt-2 text-sm">
          Try another date, or{' '}
          <a className="underline" href={window.location.href}>
            reload the page
          </a>
          .
        </p>
      </div>
    );
  }
}
