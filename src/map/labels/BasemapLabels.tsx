import { useMemo } from 'react';
import type { Basemap } from '../../data/geodata';
import { areaLabels, withoutLabelledProvinces } from './areaLabels';
import type { LabelPlace } from './candidates';
import { LabelsLayer } from './LabelsLayer';

interface BasemapLabelsProps {
  basemap: Basemap | null;
  /** Whether to place the country, oblast and sea names yet (false draws settlements only). */
  named: boolean;
  /** Codes of the provinces a report area's own label names: their basemap name is left out. */
  labelledProvinces: readonly string[];
  places: readonly LabelPlace[];
  picked: LabelPlace | null;
}

/**
 * The names layer with the basemap's own names placed inside their shapes: its own chunk
 * (MapView imports it lazily), since the first map draws no names.
 */
export function BasemapLabels({
  basemap,
  named,
  labelledProvinces,
  places,
  picked,
}: BasemapLabelsProps) {
  const all = useMemo(() => (basemap && named ? areaLabels(basemap) : []), [basemap, named]);
  // By value: a new list of the same codes (the areas change with the date) keeps the labels,
  // so the canvas is not set up again.
  const codes = labelledProvinces.join('\n');
  const areas = useMemo(
    () => withoutLabelledProvinces(all, new Set(codes ? codes.split('\n') : [])),
    [all, codes],
  );
  return <LabelsLayer areas={areas} places={places} picked={picked} />;
}
