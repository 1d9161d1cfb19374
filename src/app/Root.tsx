import { lazy, Suspense, useEffect, useState } from 'react';
import { App } from './App';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { isWorkbenchLink } from './workbenchLink';

// The workbench is its own chunk, fetched only when #workbench is opened.
const Workbench = lazy(() => import('../workbench/Workbench'));

const isWorkbench = () => isWorkbenchLink(window.location.hash);

/** The dashboard, or the report workbench when the link is #workbench. */
export function Root() {
  const [workbench, setWorkbench] = useState(isWorkbench);
  useEffect(function followHash() {
    const onHash = () => setWorkbench(isWorkbench());
    window.addEventListener('hashchange', onHash);
    return function stopFollowingHash() {
      window.removeEventListener('hashchange', onHash);
    };
  }, []);
  if (!workbench) return <App />;
  return (
    <ErrorBoundary name="The workbench">
      <Suspense fallback={<p className="loading">Loading the workbench…</p>}>
        <Workbench />
      </Suspense>
    </ErrorBoundary>
  );
}
