import { useCallback, useEffect, useRef, useState } from 'react';
import { useFirstMapShown } from '../ui/firstMap';
import type * as UserLayersModule from '../data/userLayers';
import type { LayerStore, UserLayer } from '../data/userLayers';

type UserLayersApi = typeof UserLayersModule;

export interface ImportOutcome {
  /** Layers imported (and shown); the caller adds them to the view. */
  added: UserLayer[];
  /** One sentence per refused file or failed save, naming the file. */
  problems: string[];
  /** Lenient fixes made while importing (features without geometry…), naming the file. */
  warnings: string[];
}

export interface UserLayersState {
  /** null while the browser's store is being read. */
  layers: UserLayer[] | null;
  importFiles: (files: readonly File[]) => Promise<ImportOutcome>;
  rename: (id: string, name: string) => Promise<string | null>;
  remove: (id: string) => Promise<string | null>;
}

/**
 * The analyst's imported layers: read from IndexedDB on start, validated in a worker on
 * import, saved back. Storage failures (a full quota) are reported and lose nothing: the
 * layer stays for this session and what was stored before is unchanged.
 */
export function useUserLayers(): UserLayersState {
  const [layers, setLayers] = useState<UserLayer[] | null>(null);
  const api = useRef<UserLayersApi | null>(null);
  const store = useRef<LayerStore | null>(null);

  // Read after the first map: the regions need none of it, and the worker that reads the
  // layers would take a core from them.
  const afterFirstMap = useFirstMapShown();
  useEffect(
    function openStore() {
      if (!afterFirstMap) return undefined;
      let cancelled = false;
      import('../data/userLayers')
        .then(async (module) => {
          api.current = module;
          const opened = await module.openLayerStore();
          store.current = opened;
          // Read by a worker and received in slices; by the store itself if that fails.
          const stored =
            (typeof Worker === 'function'
              ? await module.readStoredLayers(module.DEFAULT_LAYER_DB)
              : null) ?? (await opened.list());
          if (!cancelled) setLayers(stored);
        })
        .catch(() => {
          if (!cancelled) setLayers([]);
        });
      return function closeStore() {
        cancelled = true;
        store.current?.close();
      };
    },
    [afterFirstMap],
  );

  const importFiles = useCallback(async (files: readonly File[]): Promise<ImportOutcome> => {
    const module = api.current ?? (await import('../data/userLayers'));
    api.current = module;
    const added: UserLayer[] = [];
    const problems: string[] = [];
    const warnings: string[] = [];
    for (const file of files) {
      // The worker validates and also stores the layer, so this thread never serialises it.
      const result = await module.importGeoJsonFile(file, {
        ...(store.current ? { saveTo: module.DEFAULT_LAYER_DB } : {}),
      });
      if (!result.ok) {
        const shown = result.errors
          .slice(0, 3)
          .map((error) => `${error.message} (at ${error.path})`);
        const more = result.errors.length > 3 ? ` …and ${result.errors.length - 3} more` : '';
        problems.push(`“${file.name}” was not imported: ${shown.join('; ')}${more}`);
        continue;
      }
      const saved = result.saved ?? (store.current ? await store.current.put(result.layer) : null);
      if (saved && !saved.ok) problems.push(`“${result.layer.name}”: ${saved.message}`);
      for (const warning of result.warnings) warnings.push(`“${file.name}”: ${warning}`);
      added.push(result.layer);
    }
    if (added.length) setLayers((list) => [...(list ?? []), ...added]);
    return { added, problems, warnings };
  }, []);

  const rename = useCallback(async (id: string, name: string) => {
    const clean = api.current ? api.current.sanitizeLayerName(name) : name.slice(0, 80);
    if (!clean) return 'A layer needs a name.';
    setLayers(
      (list) => list?.map((layer) => (layer.id === id ? { ...layer, name: clean } : layer)) ?? null,
    );
    const result = await store.current?.rename(id, clean);
    return result && !result.ok ? result.message : null;
  }, []);

  const remove = useCallback(async (id: string) => {
    setLayers((list) => list?.filter((layer) => layer.id !== id) ?? null);
    const result = await store.current?.remove(id);
    return result && !result.ok ? result.message : null;
  }, []);

  return { layers, importFiles, rename, remove };
}
