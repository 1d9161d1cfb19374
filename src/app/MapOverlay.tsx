import { lazy, Suspense, type ComponentProps } from 'react';
import type { MapTools as MapToolsComponent } from './MapTools';
import { loadCompression } from '../state/url';

// The tools on the map and the embed link come in their own chunks, loaded once the regions
// are painted (firstMap.ts): the first map waits for none of their code. The tools draw
// annotations, which the link writes compressed: they come with the link codec's fflate
// (src/state/url/compressedJson.ts), so nothing writes before it is in.
const MapTools = lazy(() =>
  Promise.all([import('./MapTools'), loadCompression()]).then(([m]) => ({ default: m.MapTools })),
);
const EmbedOpenInSitrep = lazy(() =>
  import('./export/ShareMenu').then((m) => ({ default: m.EmbedOpenInSitrep })),
);

interface MapOverlayProps {
  /** Nothing until the first map is drawn. */
  afterFirstMap: boolean;
  /** An embedded map shows only the link to the full dashboard. */
  embed: boolean;
  tools: ComponentProps<typeof MapToolsComponent>;
}

/** What sits over the map: its tools, or in an embed the link that opens the dashboard. */
export function MapOverlay({ afterFirstMap, embed, tools }: MapOverlayProps) {
  if (!afterFirstMap) return null;
  return (
    <Suspense fallback={null}>
      {embed ? (
        <EmbedOpenInSitrep state={tools.state} asOf={tools.asOf} />
      ) : (
        <MapTools {...tools} />
      )}
    </Suspense>
  );
}
