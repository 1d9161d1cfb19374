/**
 * Baseline for "navigation to regions painted": the least a react-leaflet page can do to draw
 * the same region outlines as Sitrep. It fetches the same TopoJSON asset, decodes it with
 * topojson-client, and draws the region outlines with react-leaflet's <GeoJSON> (SVG), marking
 * `sitrep:regions-painted` when the first one is added, as src/map/AreasLayer.tsx does.
 * No basemap, no data code, no panels. Never shipped.
 */
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { GeoJSON, MapContainer } from 'react-leaflet';
import 'leaflet/dist/leaflet.css';
import { feature } from 'topojson-client';
import type { Feature, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import provincesUrl from '../../geodata/basemap/provinces.topo.json?url';
// The theatre's opening view, read from its file (these pages are built without the app's config).
import theatre from '../../geodata/theatre.json';

/** The province codes of the report's regions, as in geodata/areas.json. */
const REGION_CODES = new Set(['RU-KRS', 'UA-14']);

function markRegionsPainted() {
  if (performance.getEntriesByName('sitrep:regions-painted').length === 0) {
    performance.mark('sitrep:regions-painted');
  }
}

function Regions() {
  const [regions, setRegions] = useState<Feature<Geometry, { code?: string }>[]>([]);
  useEffect(() => {
    void fetch(provincesUrl)
      .then((response) => response.json() as Promise<Topology>)
      .then((topology) => {
        const object = topology.objects['provinces'] as GeometryCollection<{ code?: string }>;
        const all = feature(topology, object).features;
        setRegions(all.filter((f) => REGION_CODES.has(f.properties.code ?? '')));
      });
  }, []);
  return (
    <>
      {regions.map((region) => (
        <GeoJSON
          key={region.properties.code}
          data={region}
          style={{ color: '#c0392b', weight: 2, fillOpacity: 0.1 }}
          eventHandlers={{ add: markRegionsPainted }}
        />
      ))}
    </>
  );
}

const [w, s, e, n] = theatre.bbox as [number, number, number, number];
createRoot(document.getElementById('root') as HTMLElement).render(
  <MapContainer
    style={{ width: '100vw', height: '100vh' }}
    bounds={[
      [s, w],
      [n, e],
    ]}
    zoomSnap={0.5}
  >
    <Regions />
  </MapContainer>,
);
