/**
 * The workbench's link: `#workbench` opens the report workbench instead of the dashboard
 * (src/app/Root.tsx). The one place that says what such a link looks like.
 */
export const WORKBENCH_HREF = '#workbench';

/**
 * @param hash - a location's fragment, with its '#'
 * @returns true when it opens the workbench (`#workbench`, or `#workbench` and more)
 */
export function isWorkbenchLink(hash: string): boolean {
  return /^#workbench\b/.test(hash);
}
