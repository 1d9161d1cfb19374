// @vitest-environment jsdom
// The timeline's as-of date (issue 12): until the first map is drawn it is shown read-only in
// a plain field of the date field's size (Chromium's date field costs the first frame more
// style and layout than the rest of the timeline); then the date field takes its place, with
// the axis's range. Each test makes its own first map and provides it.
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Timeline } from '../../src/panels/Timeline';
import { createFirstMap, FirstMapContext, type FirstMap } from '../../src/ui/firstMap';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLDivElement;
let root: Root;
let firstMap: FirstMap;

beforeEach(() => {
  firstMap = createFirstMap();
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

const dateField = () => container.querySelector<HTMLInputElement>('.asof-date');

describe('Timeline as-of date', () => {
  it('is read-only until the first map, then a date field within the axis', () => {
    const onAsOfChange = vi.fn();
    act(() =>
      root.render(
        <FirstMapContext value={firstMap}>
          <Timeline
            events={[]}
            minDate="2024-08-01"
            maxDate="2025-04-30"
            asOf="2025-02-27"
            latest={false}
            onAsOfChange={onAsOfChange}
            onSelectArea={() => undefined}
          />
        </FirstMapContext>,
      ),
    );
    expect(dateField()?.type).toBe('text');
    expect(dateField()?.disabled).toBe(true);
    expect(dateField()?.value).toBe('2025-02-27');

    act(() => firstMap.announce('regions'));
    expect(dateField()?.type).toBe('date');
    expect(dateField()?.disabled).toBe(false);
    expect([dateField()?.min, dateField()?.max, dateField()?.value]).toEqual([
      '2024-08-01',
      '2025-04-30',
      '2025-02-27',
    ]);
  });
});
