import { useEffect, useRef } from 'react';
import { TileLayer } from 'react-leaflet';
// A constant, not data: Leaflet renders attribution as HTML.
import { OSM_CREDIT } from '../view/credits';

const OSM_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
/** How long the online tiles may take before the dashboard says they are unavailable. */
const TILE_TIMEOUT_MS = 2000;

interface OsmLayerProps {
  /** Called once when the tiles cannot be had (offline, blocked, or too slow). */
  onUnavailable: (reason: string) => void;
}

/**
 * Optional OpenStreetMap tiles over the embedded basemap. If no tile arrives within 2 s, or a
 * tile fails, the dashboard is told once, and the embedded basemap stays underneath.
 */
export function OsmLayer({ onUnavailable }: OsmLayerProps) {
  const loaded = useRef(false);
  const reported = useRef(false);
  const report = useRef(onUnavailable);
  useEffect(() => {
    report.current = onUnavailable;
  }, [onUnavailable]);

  useEffect(function watchForTiles() {
    const timer = window.setTimeout(() => {
      if (!loaded.current && !reported.current) {
        reported.current = true;
        report.current('no OpenStreetMap tile arrived within 2 seconds');
      }
    }, TILE_TIMEOUT_MS);
    return function stopWatching() {
      window.clearTimeout(timer);
    };
  }, []);

  return (
    <TileLayer
      url={OSM_URL}
      attribution={OSM_CREDIT}
      maxZoom={18}
      crossOrigin="anonymous"
      referrerPolicy="no-referrer"
      eventHandlers={{
        tileload: () => {
          loaded.current = true;
        },
        tileerror: () => {
          if (!loaded.current && !reported.current) {
            reported.current = true;
            report.current('OpenStreetMap tiles could not be loaded (offline?)');
          }
        },
      }}
    />
  );
}
