import { useId, useState } from 'react';
import { formatNumber } from '../ui/format';

export interface UserLayerItem {
  id: string;
  name: string;
  features: number;
  visible: boolean;
}

interface UserLayersPanelProps {
  layers: readonly UserLayerItem[];
  busy: boolean;
  /** Problems of the last import, in words (shown in an alert). */
  problems: readonly string[];
  /** What the last import fixed or left out (features without geometry…), in words. */
  warnings: readonly string[];
  onImport: (files: File[]) => void;
  onToggle: (id: string, visible: boolean) => void;
  onRename: (id: string, name: string) => void;
  onRemove: (id: string) => void;
}

/**
 * Analysts' own layers: import GeoJSON/TopoJSON (button here, or drop a file on the map),
 * then show, hide, rename or remove them. Names are shown as text, never as HTML.
 */
export function UserLayersPanel(props: UserLayersPanelProps) {
  const inputId = useId();
  const [editing, setEditing] = useState<string | null>(null);
  const [draft, setDraft] = useState('');
  return (
    <section className="user-layers" aria-labelledby={`${inputId}-title`}>
      <h3 id={`${inputId}-title`}>Your layers</h3>
      <label className="import-button">
        <input
          type="file"
          accept=".geojson,.json,.topojson,application/geo+json,application/json"
          multiple
          className="visually-hidden"
          onChange={(event) => {
            const files = [...(event.currentTarget.files ?? [])];
            event.currentTarget.value = '';
            if (files.length) props.onImport(files);
          }}
        />
        {props.busy ? 'Importing…' : 'Import GeoJSON…'}
      </label>
      <p className="hint">or drop a .geojson / .topojson file on the map (20 MB at most)</p>
      {props.problems.length ? (
        <div role="alert" className="import-problems">
          {props.problems.map((problem) => (
            <p key={problem}>{problem}</p>
          ))}
        </div>
      ) : null}
      {props.warnings.length ? (
        <div role="status" className="import-warnings">
          {props.warnings.map((warning) => (
            <p key={warning}>{warning}</p>
          ))}
        </div>
      ) : null}
      {props.layers.length ? (
        <ul className="user-layer-list">
          {props.layers.map((layer) =>
            editing === layer.id ? (
              <li key={layer.id}>
                <form
                  onSubmit={(event) => {
                    event.preventDefault();
                    props.onRename(layer.id, draft);
                    setEditing(null);
                  }}
                >
                  <input
                    aria-label={`New name for ${layer.name}`}
                    value={draft}
                    maxLength={80}
                    onChange={(event) => setDraft(event.currentTarget.value)}
                  />
                  <button type="submit">Save</button>
                  <button type="button" onClick={() => setEditing(null)}>
                    Cancel
                  </button>
                </form>
              </li>
            ) : (
              <li key={layer.id} className="user-layer">
                <label>
                  <input
                    type="checkbox"
                    checked={layer.visible}
                    onChange={(event) => props.onToggle(layer.id, event.currentTarget.checked)}
                  />
                  <span className="swatch swatch-user" aria-hidden="true" />
                  <span className="user-layer-name">{layer.name}</span>
                </label>
                <span className="user-layer-count">
                  {formatNumber(layer.features)} feature{layer.features === 1 ? '' : 's'}
                </span>
                <button
                  type="button"
                  className="link-button"
                  aria-label={`Rename ${layer.name}`}
                  onClick={() => {
                    setDraft(layer.name);
                    setEditing(layer.id);
                  }}
                >
                  Rename
                </button>
                <button
                  type="button"
                  className="link-button"
                  aria-label={`Remove ${layer.name}`}
                  onClick={() => props.onRemove(layer.id)}
                >
                  Remove
                </button>
              </li>
            ),
          )}
        </ul>
      ) : null}
    </section>
  );
}
