import type L from 'leaflet';
import { useReportLabels } from './useReportLabels';

/**
 * Keeps the areas' headline labels inside the map and off the report's places and other
 * labels (`reportLabelLayout.ts`): after every move and zoom, each label takes the first clear
 * position near its area's centre (below it, above it, …), or near the part of the area in
 * view; the selected area's label always shows, another with no room is hidden.
 * @param content what the labels say (the areas): when it changes, the labels are placed again
 * @returns a ref callback factory: `register(id)` for each area's Tooltip
 */
export function useAreaLabelsClear(
  content: unknown,
): (id: string) => (tooltip: L.Tooltip | null) => void {
  return useReportLabels('area', content);
}
