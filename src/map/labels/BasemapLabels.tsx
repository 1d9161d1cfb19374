import { useMemo } from 'react';
import type { Basemap } from '../../data/geodata';
import { areaLabels } from './areaLabels';
import type { LabelPlace } from './candidates';
import { LabelsLayer } from './LabelsLayer';

interface BasemapLabelsProps {
  basemap: Basemap | null;
  /** Whether to place the country, oblast and sea names yet (false draws settlements only). */
  named: boolean;
  places: readonly LabelPlace[];
  picked: LabelPlace | null;
}

/**
 * The names layer with the basemap's own names placed inside their shapes: its own chunk
 * (MapView imports it lazily), since the first map draws no names.
 */
export function BasemapLabels({ basemap, named, places, picked }: BasemapLabelsProps) {
  const areas = useMemo(() => (basemap && named ? areaLabels(basemap) : []), [basemap, named]);
  return <LabelsLayer areas={areas} places={places} picked={picked} />;
}
