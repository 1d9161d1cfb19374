// One rule says which links open the workbench (issue 20): main.tsx, Root and useLinkState use it.
import { describe, expect, it } from 'vitest';
import { isWorkbenchLink, WORKBENCH_HREF } from '../../src/app/workbenchLink';

describe('isWorkbenchLink', () => {
  it('opens the workbench for its own link, alone or followed by more', () => {
    expect(isWorkbenchLink(WORKBENCH_HREF)).toBe(true);
    expect(isWorkbenchLink('#workbench/draft')).toBe(true);
  });

  it('leaves dashboard links, an empty fragment and longer words to the dashboard', () => {
    expect(isWorkbenchLink('')).toBe(false);
    expect(isWorkbenchLink('#area=x&asof=2025-01-01')).toBe(false);
    expect(isWorkbenchLink('#workbenches')).toBe(false);
    expect(isWorkbenchLink('#x=workbench')).toBe(false);
  });
});
