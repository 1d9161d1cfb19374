import { isUserLayerKey } from '../../../src/data/layerIds';
import { describe, expect, it } from 'vitest';
import {
  layerIdFromName,
  makeUserLayer,
  sanitizeLayerName,
} from '../../../src/data/userLayers/layer';

describe('sanitizeLayerName', () => {
  it('drops the extension and keeps HTML-looking text as it is', () => {
    expect(sanitizeLayerName('Front line 27-02.geojson')).toBe('Front line 27-02');
    expect(sanitizeLayerName('<img src=x onerror=alert(1)>.json')).toBe(
      '<img src=x onerror=alert(1)>',
    );
    expect(sanitizeLayerName('kursk.topo.json')).toBe('kursk');
  });

  it('turns control characters into spaces and falls back when nothing is left', () => {
    expect(sanitizeLayerName('a\nb\tc\u0000d')).toBe('a b c d');
    expect(sanitizeLayerName('  .geojson')).toBe('Imported layer');
  });

  it('cuts long names to 80 characters without splitting an emoji', () => {
    const name = sanitizeLayerName('🪖'.repeat(200));
    expect(Array.from(name)).toHaveLength(80);
    expect(name.endsWith('…')).toBe(true);
    expect(name).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });
});

describe('layerIdFromName', () => {
  it('makes [a-z0-9-]{1,40} ids from any name, different each time', () => {
    for (const name of [
      'Front line',
      'Курская область',
      '쿠르스크',
      'x'.repeat(300),
      '"><script>',
      '',
    ]) {
      const id = layerIdFromName(name);
      expect(isUserLayerKey(id), id).toBe(true);
    }
    expect(layerIdFromName('Front line')).toMatch(/^front-line-[0-9a-f]{8}$/);
    expect(layerIdFromName('Kraków')).toMatch(/^krakow-/);
    expect(layerIdFromName('a')).not.toBe(layerIdFromName('a'));
  });
});

describe('makeUserLayer', () => {
  it('wraps a collection as a visible layer named after the file', () => {
    const layer = makeUserLayer(
      'annotations.geojson',
      { type: 'FeatureCollection', features: [] },
      { features: 0, vertices: 0, bbox: null },
      new Date('2025-02-27T09:00:00Z'),
    );
    expect(layer).toMatchObject({
      name: 'annotations',
      visible: true,
      createdAt: '2025-02-27T09:00:00.000Z',
    });
    expect(layer.id).toMatch(/^annotations-[0-9a-f]{8}$/);
  });
});
