// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { formatIsoDate } from '../../src/ui/format';
import {
  FRAME_AS_OF_META,
  FRAME_AS_OF_TEXT_META,
  frameAsOf,
  takeStaticFrame,
} from '../../src/ui/staticFrame';

function meta(name: string, content: string) {
  const element = document.createElement('meta');
  element.setAttribute('name', name);
  element.setAttribute('content', content);
  document.head.append(element);
}

describe('takeStaticFrame', () => {
  afterEach(() => {
    document.head.replaceChildren();
  });

  it("takes the frame's date as the page wrote it, so the first map formats no date (issue 24)", () => {
    meta(FRAME_AS_OF_META, '2025-10-23');
    meta(FRAME_AS_OF_TEXT_META, 'the 23rd as written');
    takeStaticFrame(document, '');
    expect(frameAsOf()).toBe('2025-10-23');
    expect(formatIsoDate('2025-10-23')).toBe('the 23rd as written');
  });

  it('formats the date itself when the page has no frame', () => {
    takeStaticFrame(document, '');
    expect(formatIsoDate('2025-10-22')).toBe('22 Oct 2025');
  });
});
