import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import L from 'leaflet';
import type { Basemap } from '../data/geodata';
import { COUNTRY_STYLE, PROVINCE_STYLE } from './basemapStyle';

/**
 * The embedded basemap: country fills and province outlines drawn on one canvas in a pane
 * under every overlay. Shipped with the app, so the map works with no network at all.
 * (react-leaflet's <GeoJSON> has no `renderer` prop, so the layer is made here directly.)
 */
export function BasemapLayer({ basemap }: { basemap: Basemap }) {
  const map = useMap();
  useEffect(
    function addBasemap() {
      const pane = map.getPane('basemap') ?? map.createPane('basemap');
      pane.style.zIndex = '250';
      const renderer = L.canvas({ pane: 'basemap', padding: 0.5 });
      const countries = L.geoJSON(basemap.countries, {
        style: () => COUNTRY_STYLE,
        pane: 'basemap',
        renderer,
      } as L.GeoJSONOptions).addTo(map);
      const provinces = L.geoJSON(basemap.provinces, {
        style: () => PROVINCE_STYLE,
        pane: 'basemap',
        renderer,
      } as L.GeoJSONOptions).addTo(map);
      map.fire('sitrep:basemap');
      return function removeBasemap() {
        countries.remove();
        provinces.remove();
        renderer.remove();
      };
    },
    [map, basemap],
  );
  return null;
}
