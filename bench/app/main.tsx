/**
 * Bench page (development only, never in dist/): draws synthetic points with Sitrep's
 * PointsLayer or with naive `L.geoJSON` + SVG circle markers, or times as-of filtering.
 * `?mode=sitrep|naive&n=50000` or `?mode=asof&n=100000`. The data is generated here from a
 * fixed seed; scripts/bench/run.mjs reads `window.__bench`.
 */
import { useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { MapContainer, useMap } from 'react-leaflet';
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import type { FeatureCollection, Point } from 'geojson';
import { PointsLayer } from '../../src/map/PointsLayer';
import { pointsLngLat } from '../../src/data/points/points';
// The theatre's opening view, read from its file (these pages are built without the app's config).
import theatre from '../../geodata/theatre.json';
import { syntheticEvents } from '../shared/synthetic';
import { longestTask, nextPaint, recordFrames, resetLongTasks } from '../shared/frames';
import { runAsOf } from './asOf';

const params = new URLSearchParams(location.search);
const mode = params.get('mode') ?? 'sitrep';
const count = Number(params.get('n') ?? '10000');

interface BenchApi {
  done: Promise<Record<string, number>>;
  recordFrames: typeof recordFrames;
  stop?: () => ReturnType<ReturnType<typeof recordFrames>>;
}
declare global {
  interface Window {
    __bench: BenchApi;
  }
}

let resolveDone: (value: Record<string, number>) => void = () => undefined;
window.__bench = {
  done: new Promise((resolve) => (resolveDone = resolve)),
  recordFrames,
};

function SitrepPoints({ data, onAdded }: { data: FeatureCollection<Point>; onAdded: () => void }) {
  // Converting GeoJSON to the layer's typed array is part of Sitrep's measured time.
  const lngLat = pointsLngLat(data);
  useEffect(onAdded, [onAdded]);
  return <PointsLayer lngLat={lngLat} />;
}

function NaivePoints({ data, onAdded }: { data: FeatureCollection<Point>; onAdded: () => void }) {
  const map = useMap();
  useEffect(() => {
    const layer = L.geoJSON(data, {
      pointToLayer: (_feature, latLng) => L.circleMarker(latLng, { radius: 3, weight: 1 }),
    }).addTo(map);
    onAdded();
    return () => {
      layer.remove();
    };
  }, [map, data, onAdded]);
  return null;
}

const [w, s, e, n] = theatre.bbox as [number, number, number, number];
const root = createRoot(document.getElementById('root') as HTMLElement);

async function scale() {
  const data = syntheticEvents(count);
  let added: () => void = () => undefined;
  const addedOnce = new Promise<void>((resolve) => (added = resolve));
  const Layer = mode === 'naive' ? NaivePoints : SitrepPoints;
  const renderMap = (withPoints: boolean) => (
    <MapContainer
      style={{ width: '100vw', height: '100vh' }}
      bounds={[
        [s, w],
        [n, e],
      ]}
      zoomSnap={0.5}
    >
      {withPoints ? <Layer data={data} onAdded={added} /> : null}
    </MapContainer>
  );
  flushSync(() => root.render(renderMap(false)));
  await nextPaint();
  await nextPaint();
  resetLongTasks();
  const started = performance.now();
  root.render(renderMap(true));
  await addedOnce;
  const painted = await nextPaint();
  resolveDone({ renderMs: painted - started, renderLongestTaskMs: longestTask() });
}

if (mode === 'asof') void runAsOf(count).then(resolveDone);
else void scale();
