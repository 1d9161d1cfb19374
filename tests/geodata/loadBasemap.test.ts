import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadBasemap } from '../../src/data/geodata';
import { readText } from './readGeodata';

afterEach(() => {
  vi.unstubAllGlobals();
});

/** A fetch that serves the shipped basemap files by the end of the requested URL. */
function serveGeodata(status = 200) {
  return vi.fn((url: string) => {
    const name = /(countries|provinces)\.topo\.json/.exec(url)?.[0];
    if (!name || status !== 200) return Promise.resolve(new Response('missing', { status: 404 }));
    return Promise.resolve(new Response(readText(`geodata/basemap/${name}`), { status }));
  });
}

describe('loadBasemap', () => {
  it('fetches both topologies as assets and decodes them', async () => {
    const fetchMock = serveGeodata();
    vi.stubGlobal('fetch', fetchMock);
    const basemap = await loadBasemap();
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(basemap.countries.features.some((f) => f.properties.iso_a3 === 'UKR')).toBe(true);
    expect(basemap.provinces.features.some((f) => f.properties.code === 'RU-KRS')).toBe(true);
  });

  it('rejects with the URL when an asset is missing', async () => {
    vi.stubGlobal('fetch', serveGeodata(404));
    await expect(loadBasemap()).rejects.toThrow(/topo\.json answered 404/);
  });
});
