import { describe, expect, it } from 'vitest';
import { dayToIso, isoToDay } from '../../src/data/dates';
import type { EventView } from '../../src/view/model';
import { countEndedBy, groupEvents, MAX_DOTS } from '../../src/view/timelineGroups';

const FIRST = isoToDay('2022-02-24');
const event = (i: number, day: number, length = 0): EventView => ({
  id: `e-${i}`,
  date: dayToIso(FIRST + day),
  end: dayToIso(FIRST + day + length),
  precision: 'day',
  dateText: dayToIso(FIRST + day),
  title: `Event ${i}`,
  areaId: 'kursk',
  areaName: 'Kursk Oblast',
  sources: [],
});

describe('groupEvents (timeline dots at scale)', () => {
  it('gives each event its own dot up to MAX_DOTS events', () => {
    const events = Array.from({ length: MAX_DOTS }, (_, i) => event(i, i * 3));
    const groups = groupEvents(events, FIRST, FIRST + 1200);
    expect(groups.map((g) => g.key)).toEqual(events.map((e) => e.id));
  });

  it('groups more events into at most MAX_DOTS dots, keeping every event once, in order', () => {
    const events = Array.from({ length: 10_000 }, (_, i) => event(i, Math.floor(i / 9), i % 3));
    const groups = groupEvents(events, FIRST, FIRST + 1200);
    expect(groups.length).toBeLessThanOrEqual(MAX_DOTS);
    expect(groups.flatMap((g) => g.events)).toEqual(events);
    const days = groups.map((g) => g.day);
    expect(days).toEqual([...days].sort((a, b) => a - b));
    for (const group of groups) {
      const ends = group.events.map((e) => isoToDay(e.end));
      expect(group.firstEnd).toBe(Math.min(...ends));
      expect(group.lastEnd).toBe(Math.max(...ends));
    }
  });
});

describe('countEndedBy', () => {
  it('counts the days at or before a day', () => {
    const ends = [1, 2, 2, 5, 9];
    expect([0, 1, 2, 4, 5, 9, 10].map((day) => countEndedBy(ends, day))).toEqual([
      0, 1, 3, 3, 4, 5, 5,
    ]);
  });
});
