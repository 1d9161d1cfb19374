import { formatJson } from './formatJson';

/**
 * Saves JSON as a file through a temporary `<a download>` on a blob: URL (allowed by the CSP).
 * @param json - the object to save
 * @param fileName - the suggested file name
 */
export function downloadJson(json: unknown, fileName: string): void {
  const blob = new Blob([formatJson(json)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.hidden = true;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // Revoking at once can cancel the download in some browsers.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
