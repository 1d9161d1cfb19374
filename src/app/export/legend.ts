/**
 * The legend of the briefing image: the visible layers with the colours of their symbols on
 * the map (the same Okabe–Ito palette the map layers use).
 */
import { userLayerKey } from '../../data/layerIds';
import { PALETTE } from '../../map/palette';
import type { LegendEntry } from './footer';

/** Swatch colours by layer id; imported layers share one colour. */
const SWATCH_COLOURS: Readonly<Record<string, { fill: string; stroke: string }>> = {
  basemap: { fill: '#eef0ea', stroke: '#7d8792' },
  osm: { fill: '#ccddee', stroke: '#7d8792' },
  areas: { fill: 'rgba(0, 114, 178, 0.2)', stroke: PALETTE.area },
  places: { fill: PALETTE.place, stroke: PALETTE.place },
  route: { fill: '#ffffff', stroke: PALETTE.route },
  uncertainty: { fill: 'rgba(230, 159, 0, 0.15)', stroke: PALETTE.uncertainty },
  user: { fill: 'rgba(0, 158, 115, 0.25)', stroke: PALETTE.user },
};

/**
 * Legend entries of the visible layers, in the layer list's order.
 * @param layers - the layer list (id and label), as the layer control shows it
 * @param visible - ids of the visible layers
 * @returns one entry per visible layer
 */
export function legendEntries(
  layers: readonly { id: string; label: string }[],
  visible: ReadonlySet<string>,
): LegendEntry[] {
  return layers
    .filter((layer) => visible.has(layer.id))
    .map((layer) => {
      const colours = SWATCH_COLOURS[userLayerKey(layer.id) !== null ? 'user' : layer.id];
      return { label: layer.label, ...(colours ?? { fill: '#ffffff', stroke: '#57606a' }) };
    });
}
