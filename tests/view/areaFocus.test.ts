// The part of an area the report is about, which the map keeps in view when the area is too
// large to show whole (src/view/areaFrame.ts): its regions, those on its border, its places
// and the routes' ends in it, found from the data, not named in the code.
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/bundledDataset';
import { areaBbox } from '../../src/view/mapModel';
import { areaFocus } from '../../src/view/areaFocus';
import { focusOfArea } from '../../src/view/dashboardMap';
import type { BBox } from '../../src/geo/types';
import { readBasemap } from '../data/helpers';

const ds = loadDataset();
const basemap = readBasemap();

function boxOf(id: string): BBox {
  const area = ds.areasById.get(id);
  if (!area) throw new Error(`no area ${id}`);
  return areaBbox(ds, area, basemap);
}

function placeAt(id: string): [number, number] {
  const place = ds.theatre.placesById.get(id);
  if (!place) throw new Error(`no place ${id}`);
  return place.geometry.coordinates as [number, number];
}

function holds(outer: BBox, inner: BBox): boolean {
  return (
    outer[0] <= inner[0] && outer[1] <= inner[1] && outer[2] >= inner[2] && outer[3] >= inner[3]
  );
}

function holdsPoint(box: BBox, [lng, lat]: [number, number]): boolean {
  return holds(box, [lng, lat, lng, lat]);
}

describe('areaFocus', () => {
  it('frames Russia’s part in the report: Kursk Oblast, Donetsk Oblast on its border, Kursk', () => {
    const focus = areaFocus(ds, 'russia', basemap);
    expect(focus).not.toBeNull();
    const box = focus as BBox;
    expect(holds(box, boxOf('kursk'))).toBe(true);
    // Donetsk Oblast is Ukraine's, but shares Russia's border.
    expect(holds(box, boxOf('donetsk'))).toBe(true);
    expect(holdsPoint(box, placeAt('kursk-city'))).toBe(true);
    // Exactly those: the union of the two oblasts (Kursk city lies in its oblast).
    const kursk = boxOf('kursk');
    const donetsk = boxOf('donetsk');
    expect(box).toEqual([
      Math.min(kursk[0], donetsk[0]),
      Math.min(kursk[1], donetsk[1]),
      Math.max(kursk[2], donetsk[2]),
      Math.max(kursk[3], donetsk[3]),
    ]);
    // The route starts in Pyongyang, outside Russia: the focus stays at Russia's western edge.
    expect(holdsPoint(box, placeAt('pyongyang'))).toBe(false);
    expect(box[2]).toBeLessThan(45);
  });

  it('frames Ukraine’s part: Donetsk Oblast, Kursk Oblast on its border, its places', () => {
    const box = areaFocus(ds, 'ukraine', basemap) as BBox;
    expect(holds(box, boxOf('donetsk'))).toBe(true);
    expect(holds(box, boxOf('kursk'))).toBe(true);
    expect(holdsPoint(box, placeAt('nikolske'))).toBe(true);
    expect(holdsPoint(box, placeAt('donetsk-city'))).toBe(true);
  });

  it('frames North Korea’s part: only where the route starts, no oblast far away', () => {
    const [lng, lat] = placeAt('pyongyang');
    expect(areaFocus(ds, 'north-korea', basemap)).toEqual([lng, lat, lng, lat]);
  });

  it('has no focus for a settlement (it has no outline) or an unknown area', () => {
    expect(areaFocus(ds, 'nikolske', basemap)).toBeNull();
    expect(areaFocus(ds, 'no-such-area', basemap)).toBeNull();
  });

  it('is part of the map model once the basemap is in', () => {
    expect(focusOfArea(ds, null)('russia')).toBeNull();
    expect(focusOfArea(ds, basemap)('russia')).toEqual(areaFocus(ds, 'russia', basemap));
  });
});
