import { useCallback, useState, type DragEvent } from 'react';
import { userLayerId } from '../data/layerIds';
import { canonicalLayers, type ViewState } from '../state/viewState';
import type { WriteMode } from './useLinkState';
import type { UserLayersState } from './useUserLayers';

type Update = (change: (state: ViewState) => ViewState, mode: WriteMode) => void;

/**
 * Importing files as layers, from the picker or dropped on the map: the busy flag, the
 * problems and warnings of the last import, and the drop target's handlers. Imported layers
 * are shown at once (added to the link's `layers=`).
 * @param userLayers - the store of imported layers
 * @param update - the link state's writer
 * @returns the import state and actions
 */
export function useImports(userLayers: UserLayersState, update: Update) {
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const [warnings, setWarnings] = useState<string[]>([]);
  const [dragging, setDragging] = useState(false);
  const { importFiles: importIntoStore } = userLayers;

  const importFiles = useCallback(
    async (files: File[]) => {
      setBusy(true);
      setProblems([]);
      setWarnings([]);
      const outcome = await importIntoStore(files);
      setBusy(false);
      setProblems(outcome.problems);
      setWarnings(outcome.warnings);
      if (outcome.added.length) {
        const ids = outcome.added.map((layer) => userLayerId(layer.id));
        update((s) => ({ ...s, layers: canonicalLayers([...s.layers, ...ids]) }), 'push');
      }
    },
    [importIntoStore, update],
  );

  const dropTarget = {
    onDragOver: (event: DragEvent) => {
      if (!event.dataTransfer.types.includes('Files')) return;
      event.preventDefault();
      setDragging(true);
    },
    onDragLeave: () => setDragging(false),
    onDrop: (event: DragEvent) => {
      event.preventDefault();
      setDragging(false);
      const files = [...event.dataTransfer.files];
      if (files.length) void importFiles(files);
    },
  };

  return { busy, problems, warnings, dragging, importFiles, dropTarget };
}
