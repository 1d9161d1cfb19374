import { userLayerId } from '../data/layerIds';
import { AnnotationsPanel } from '../panels/AnnotationsPanel';
import { LayerList } from '../panels/LayerList';
import { MapCredits } from '../panels/Credits';
import { ToolIcon } from '../ui/ToolIcon';
import { UserLayersPanel } from '../panels/UserLayersPanel';
import { LINK_BUDGET } from '../state/url';
import type { Annotation } from '../state/annotations/types';
import { useMediaQuery } from '../ui/useMediaQuery';
import { BUILT_IN_LAYERS } from '../view/layers';
import { useMemo } from 'react';
import type { ViewState } from '../state/viewState';
import type { AnnotationsApi } from './annotations/useAnnotations';
import { currentPageUrl, shareLinks } from './export/shareLinks';
import type { LinkedLayersApi } from './linkedLayers/useLinkedLayers';
import type { ShownUserLayer } from '../view/shownUserLayers';
import type { useImports } from './useImports';
import type { UserLayersState } from './useUserLayers';
import type { useViewActions } from './useViewActions';

interface MapToolsProps {
  /** The view the Share button hands out: the marks and layer panels show its link's length. */
  state: ViewState;
  asOf: string;
  annotations: readonly Annotation[];
  marks: AnnotationsApi;
  /** Where "Add point at map centre" puts the point, [lng, lat]. */
  centre: () => [number, number];
  /** Imported layers and those the link carries. */
  layers: readonly ShownUserLayer[];
  linked: LinkedLayersApi;
  userLayers: UserLayersState;
  imports: ReturnType<typeof useImports>;
  actions: ReturnType<typeof useViewActions>;
  visible: ReadonlySet<string>;
  onStorageProblem: (message: string | null) => void;
  /** Which reports the figures come from, for the credits behind the phone's "i". */
  figuresCredit: string;
}

/**
 * A window where the map is at least about 1,180 × 870 px. The open layer list (about 250 × 400
 * px) covers a tenth of such a map; on a smaller one (a 1440 × 900 laptop: 1,020 × 770) it would
 * hide more, such as Mariupol beside Nikolske at zoom 11, so there it starts folded.
 */
const ROOMY_MAP = '(min-width: 1600px) and (min-height: 1000px)';

/** What sits on the map: the theatre button, the analyst's marks, the layers and legend. */
export function MapTools(props: MapToolsProps) {
  const { marks, actions, imports, visible, userLayers } = props;
  const roomyMap = useMediaQuery(ROOMY_MAP);
  // Characters of the link the Share button hands out now (computed here, with the panels
  // that show it, not before the first map).
  const linkLength = useMemo(
    () => shareLinks(props.state, props.asOf, currentPageUrl()).link.length,
    [props.state, props.asOf],
  );
  return (
    <div className="map-tools">
      <button type="button" className="map-button" onClick={() => actions.selectArea(null)}>
        <ToolIcon name="theatre" />
        <span className="tool-label">Whole theatre</span>
      </button>
      <AnnotationsPanel
        annotations={props.annotations}
        mode={marks.mode}
        selectedId={marks.selectedId}
        canUndo={marks.canUndo}
        linkLength={linkLength}
        linkBudget={LINK_BUDGET}
        onMode={marks.setMode}
        onAddAtCentre={() => marks.add({ type: 'Point', coordinates: props.centre() })}
        onUndo={marks.undo}
        onNote={marks.setNote}
        onDelete={marks.remove}
        onSelect={marks.select}
        onDownload={marks.download}
      />
      <LayerList
        defaultOpen={roomyMap}
        layers={BUILT_IN_LAYERS}
        visible={visible}
        onToggle={actions.toggleLayer}
      >
        <UserLayersPanel
          layers={props.layers.map((layer) => ({
            id: layer.id,
            name: layer.name,
            features: layer.features,
            visible: visible.has(userLayerId(layer.id)),
            stored: layer.stored,
            inLink: layer.inLink,
            linkCost: layer.linkCost,
          }))}
          linkLength={linkLength}
          linkBudget={LINK_BUDGET}
          onIncludeInLink={(id) => {
            const layer = userLayers.layers?.find((stored) => stored.id === id);
            if (layer) props.linked.include(layer);
          }}
          onRemoveFromLink={(id) =>
            props.linked.exclude(id, props.layers.find((layer) => layer.id === id)?.stored ?? false)
          }
          busy={imports.busy}
          problems={imports.problems}
          warnings={imports.warnings}
          onImport={(files) => void imports.importFiles(files)}
          onToggle={(id, on) => actions.toggleLayer(userLayerId(id), on)}
          onRename={(id, name) => {
            props.linked.rename(id, name);
            void userLayers.rename(id, name).then(props.onStorageProblem);
          }}
          onRemove={(id) => {
            props.linked.exclude(id, false);
            actions.removeLayer(userLayerId(id));
            void userLayers.remove(id).then(props.onStorageProblem);
          }}
        />
      </LayerList>
      <MapCredits figures={props.figuresCredit} />
    </div>
  );
}
