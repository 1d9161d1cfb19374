import type { Dataset } from '../data/dataset';

/**
 * The dataset with the workbench drafts marked for preview, or null when there are none.
 * The preview module rebuilds the dataset from the bundled report files (every report as
 * script), so it is loaded only when some draft is marked for preview: the draft store, a
 * small module, is asked first. Never throws.
 */
export async function datasetWithPreviewedDrafts(): Promise<Dataset | null> {
  try {
    const { openDraftStore } = await import('../workbench/store');
    const store = await openDraftStore();
    try {
      const summaries = await store.list();
      const drafts = await Promise.all(summaries.map((summary) => store.get(summary.id)));
      if (!drafts.some((draft) => draft?.preview === true)) return null;
    } finally {
      store.close();
    }
    const preview = await import('../workbench/preview');
    return await preview.datasetWithDrafts();
  } catch {
    return null;
  }
}
