/**
 * Saving a file from the page: a temporary `<a download rel=noopener>` on a blob: URL (allowed
 * by the CSP), clicked and removed. One copy for the whole app.
 */

/**
 * Saves a Blob as a file.
 * @param name - the suggested file name
 * @param blob - the file's content
 */
export function downloadBlob(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = name;
  anchor.rel = 'noopener';
  anchor.hidden = true;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // Revoking at once can cancel the download in some browsers; a minute is plenty.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Saves a value as a JSON file: two-space indented, with a final newline.
 * @param name - the suggested file name
 * @param json - the value to save
 */
export function downloadJson(name: string, json: unknown): void {
  const text = `${JSON.stringify(json, null, 2)}\n`;
  downloadBlob(name, new Blob([text], { type: 'application/json' }));
}
