// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadJson } from '../../src/ui/download';

afterEach(() => vi.restoreAllMocks());

describe('downloadJson', () => {
  it('clicks a hidden rel=noopener link to a blob: URL with the name, and leaves nothing behind', async () => {
    vi.useFakeTimers();
    const blobs: Blob[] = [];
    const created = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:test/1';
    });
    const revoked = vi.fn();
    Object.assign(URL, { createObjectURL: created, revokeObjectURL: revoked });
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this);
    });
    downloadJson('report.json', { a: [1] });
    const anchor = clicked[0];
    expect([anchor?.download, anchor?.rel, anchor?.href, anchor?.hidden]).toEqual([
      'report.json',
      'noopener',
      'blob:test/1',
      true,
    ]);
    expect(document.querySelectorAll('a')).toHaveLength(0);
    expect(await blobs[0]?.text()).toBe('{\n  "a": [\n    1\n  ]\n}\n');
    expect(blobs[0]?.type).toBe('application/json');
    expect(revoked).not.toHaveBeenCalled();
    vi.advanceTimersByTime(60_000);
    expect(revoked).toHaveBeenCalledWith('blob:test/1');
    vi.useRealTimers();
  });
});
