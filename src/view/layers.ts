/** The layer list: the built-in layers with their legend, then the analyst's own. */
import { userLayerId } from '../data/layerIds';
import type { LayerItem } from './model';

/** Built-in layers in the order the layer list shows them (see BUILT_IN_LAYER_IDS). */
export const BUILT_IN_LAYERS: readonly LayerItem[] = [
  {
    id: 'basemap',
    label: 'Basemap',
    swatch: 'swatch-basemap',
    description: 'Natural Earth, offline',
  },
  { id: 'osm', label: 'OpenStreetMap', swatch: 'swatch-osm', description: 'online tiles' },
  { id: 'areas', label: 'Areas', swatch: 'swatch-areas', description: 'oblasts in the report' },
  { id: 'places', label: 'Places', swatch: 'swatch-places', description: 'GeoNames' },
  { id: 'route', label: 'Deployment route', swatch: 'swatch-route', description: 'great circle' },
  {
    id: 'uncertainty',
    label: 'Location uncertainty',
    swatch: 'swatch-uncertainty',
    description: 'approximate places',
  },
  {
    id: 'annotations',
    label: 'Your marks',
    swatch: 'swatch-annotations',
    description: 'drawn, with notes',
  },
];

/**
 * Every layer the legend can show: built-ins, then imported layers by name.
 * @param userLayers - the analyst's imported layers (storage key and name)
 * @returns layer items with full ids (`user:…` for imported ones)
 */
export function legendLayers(userLayers: readonly { id: string; name: string }[]): LayerItem[] {
  return [
    ...BUILT_IN_LAYERS,
    ...userLayers.map((layer) => ({
      id: userLayerId(layer.id),
      label: layer.name,
      swatch: 'swatch-user',
      description: 'your layer',
    })),
  ];
}
