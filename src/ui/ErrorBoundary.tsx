import { Component, type ReactNode } from 'react';

interface ErrorBoundaryProps {
  /** What failed, in words: "The map", "The panel". */
  name: string;
  children: ReactNode;
}

interface ErrorBoundaryState {
  error: Error | null;
}

/** Keeps one failing part from blanking the page: it says what failed, the rest keeps working. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null };

  static getDerivedStateFromError(error: Error): ErrorBoundaryState {
    return { error };
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="part-error" role="alert">
        <p>
          {this.props.name} could not be shown: {this.state.error.message || 'unknown error'}.
        </p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </div>
    );
  }
}
