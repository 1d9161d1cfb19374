import { useMemo, useState, type ReactNode } from 'react';
import { LeafletContext, useLeafletContext } from '@react-leaflet/core';

interface SyncPaneProps {
  /** The pane's name (not one of Leaflet's own panes). */
  name: string;
  /** Its stacking order among the map's panes. */
  zIndex: number;
  children: ReactNode;
}

/**
 * A map pane made as it is rendered, for the layers inside it. react-leaflet's `<Pane>` makes
 * its pane in an effect and renders its layers only after a state update there, which React
 * leaves to a later task even when the render itself was flushed synchronously: the report's
 * regions, drawn in the app's first render (issue 24), would wait a task and a frame for it.
 * The pane stays as long as the map (Leaflet removes it with the map).
 */
export function SyncPane({ name, zIndex, children }: SyncPaneProps) {
  const context = useLeafletContext();
  useState(() => {
    const pane = context.map.getPane(name) ?? context.map.createPane(name);
    pane.style.zIndex = String(zIndex);
    return pane;
  });
  const inPane = useMemo(() => ({ ...context, pane: name }), [context, name]);
  return <LeafletContext value={inPane}>{children}</LeafletContext>;
}
