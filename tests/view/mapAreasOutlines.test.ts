import { describe, expect, it, vi } from 'vitest';
import { loadDataset } from '../../src/data/bundledDataset';
import { latestDate } from '../../src/data/dataset';
import { loadAreas } from '../../src/data/geodata';
import { datasetFromShards } from '../../src/data/shipped';
import { mapAreas } from '../../src/view/mapModel';
import { currentPicture } from '../../src/view/currentPicture';
import type * as CurrentPictureModule from '../../src/view/currentPicture';
import { readBasemap } from '../data/helpers';

// The regions drawn in the app script's task (issue 24) come from the outline dataset, which
// has no claims: their labels have no figure, and no current picture is worked out for them
// (1–4 ms of that task, the longest at load; docs/scale.md).
vi.mock('../../src/view/currentPicture', async (importOriginal) => {
  const actual = await importOriginal<typeof CurrentPictureModule>();
  return { ...actual, currentPicture: vi.fn(actual.currentPicture) };
});

const basemap = readBasemap();

describe('mapAreas', () => {
  it('works out no current picture for the outlines drawn before the report data', () => {
    const outlines = datasetFromShards([], loadAreas());
    vi.mocked(currentPicture).mockClear();
    const areas = mapAreas(outlines, basemap, '2025-02-27');
    expect(areas.map((area) => [area.id, area.headline])).toEqual([
      ['kursk', null],
      ['donetsk', null],
    ]);
    expect(areas.every((area) => area.feature.geometry.coordinates.length > 0)).toBe(true);
    expect(currentPicture).not.toHaveBeenCalled();
  });

  it('labels each region with its current picture once the claims are in', () => {
    const ds = loadDataset();
    vi.mocked(currentPicture).mockClear();
    const areas = mapAreas(ds, basemap, latestDate(ds) ?? '2025-02-27');
    expect(currentPicture).toHaveBeenCalledTimes(areas.length);
    expect(areas.find((area) => area.id === 'kursk')?.headline).toMatch(/\d/);
  });
});
