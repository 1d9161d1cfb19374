import { useCallback, useRef, useState } from 'react';
import {
  nextAnnotationId,
  roundGeometry,
  type Annotation,
  type AnnotationGeometry,
} from '../../state/annotations/types';
import { LINK_BUDGET } from '../../state/url';
import { canonicalLayers, type ViewState } from '../../state/viewState';
import type { Notice } from '../../ui/Notices';
import { downloadMarksFile } from '../export/marks';
import { currentPageUrl, shareLinks } from '../export/shareLinks';
import type { WriteMode } from '../useLinkState';
import type { AnnotationMode } from '../../panels/AnnotationsPanel';
import type { AnnotationsLayerProps } from '../../map/annotations/AnnotationsLayer';

export interface AnnotationsApi {
  mode: AnnotationMode | null;
  setMode: (mode: AnnotationMode | null) => void;
  selectedId: string | null;
  select: (id: string | null) => void;
  canUndo: boolean;
  add: (geometry: AnnotationGeometry) => void;
  change: (id: string, geometry: AnnotationGeometry) => void;
  remove: (id: string) => void;
  setNote: (id: string, note: string) => void;
  undo: () => void;
  download: () => void;
}

/** Undo keeps this many earlier sets. */
const UNDO_DEPTH = 50;

/**
 * The analyst's annotations as actions on the view state: each change is one history entry
 * (push), rounded to the link's 5 decimals, and refused when the shared link would pass
 * `LINK_BUDGET` characters (a notice offers a .geojson download instead). Undo steps back
 * through this page's earlier sets.
 */
export function useAnnotations(
  state: ViewState,
  asOf: string,
  update: (change: (state: ViewState) => ViewState, mode: WriteMode) => void,
  show: (notice: Notice) => void,
): AnnotationsApi {
  const [mode, setMode] = useState<AnnotationMode | null>(null);
  const [selectedId, select] = useState<string | null>(null);
  const history = useRef<Annotation[][]>([]);
  const [canUndo, setCanUndo] = useState(false);

  const commit = useCallback(
    (next: Annotation[], remember = true): boolean => {
      const length = shareLinks({ ...state, ann: next }, asOf, currentPageUrl()).link.length;
      if (length > LINK_BUDGET && next.length >= state.ann.length) {
        show({
          id: 'annotations-budget',
          tone: 'error',
          text: `Not applied: the link would be ${length.toLocaleString('en-GB')} characters, over the ${LINK_BUDGET.toLocaleString('en-GB')} a link may have. Download the marks as a .geojson file to share them instead.`,
          action: { label: 'Download .geojson', run: () => downloadMarksFile(next) },
        });
        return false;
      }
      if (remember) {
        history.current = [...history.current.slice(-(UNDO_DEPTH - 1)), state.ann];
        setCanUndo(true);
      }
      update(
        (s) => ({
          ...s,
          ann: next,
          layers: next.length ? canonicalLayers([...s.layers, 'annotations']) : s.layers,
        }),
        'push',
      );
      return true;
    },
    [state, asOf, update, show],
  );

  const add = useCallback(
    (geometry: AnnotationGeometry) => {
      const shape = { id: nextAnnotationId(), geometry: roundGeometry(geometry), note: '' };
      if (commit([...state.ann, shape])) select(shape.id);
    },
    [commit, state.ann],
  );
  const change = useCallback(
    (id: string, geometry: AnnotationGeometry) =>
      void commit(
        state.ann.map((a) => (a.id === id ? { ...a, geometry: roundGeometry(geometry) } : a)),
      ),
    [commit, state.ann],
  );
  const remove = useCallback(
    (id: string) => void commit(state.ann.filter((a) => a.id !== id)),
    [commit, state.ann],
  );
  const setNote = useCallback(
    (id: string, note: string) =>
      void commit(state.ann.map((a) => (a.id === id ? { ...a, note } : a))),
    [commit, state.ann],
  );
  const undo = useCallback(() => {
    const previous = history.current.at(-1);
    if (!previous) return;
    history.current = history.current.slice(0, -1);
    setCanUndo(history.current.length > 0);
    commit(previous, false);
  }, [commit]);
  const download = useCallback(() => downloadMarksFile(state.ann), [state.ann]);

  return {
    mode,
    setMode,
    selectedId,
    select,
    canUndo,
    add,
    change,
    remove,
    setNote,
    undo,
    download,
  };
}

/**
 * What the map's marks layer needs: the marks, whether they show, and the drawing mode wired
 * to the annotation actions.
 * @param annotations - the link's marks
 * @param visible - the visible layer ids
 * @param marks - from useAnnotations
 * @param show - where a drawing error is said
 * @returns the layer's props
 */
export function annotationsLayerProps(
  annotations: readonly Annotation[],
  visible: ReadonlySet<string>,
  marks: AnnotationsApi,
  show: (notice: Notice) => void,
): AnnotationsLayerProps {
  return {
    annotations,
    visible: visible.has('annotations'),
    mode: marks.mode,
    selectedId: marks.selectedId,
    onCreate: marks.add,
    onChange: marks.change,
    onRemove: marks.remove,
    onSelect: marks.select,
    onModeEnd: () => marks.setMode(null),
    onError: (text) => show({ id: 'drawing', tone: 'error', text }),
  };
}
