import { useId, useState } from 'react';
import { formatNumber } from '../ui/format';

export interface UserLayerItem {
  id: string;
  name: string;
  features: number;
  visible: boolean;
  /** Kept in this browser; false for a layer only the link carries. */
  stored: boolean;
  /** Carried in the link (`lyr=`). */
  inLink: boolean;
  /** About how many characters including it would add; null when it cannot go in a link. */
  linkCost: number | null;
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
  /** Characters of the link the Share button hands out now, and the most it may have. */
  linkLength: number;
  linkBudget: number;
  onIncludeInLink: (id: string) => void;
  onRemoveFromLink: (id: string) => void;
}

/**
 * Analysts' own layers: import GeoJSON/TopoJSON (button here, or drop a file on the map),
 * then show, hide, rename or remove them, or put a small one in the link. Layers that came
 * with the link are listed too. Names are shown as text, never as HTML.
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
      <Messages role="alert" className="import-problems" messages={props.problems} />
      <Messages role="status" className="import-warnings" messages={props.warnings} />
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
                  {layer.inLink
                    ? layer.stored
                      ? ' · in the link'
                      : ' · from the link'
                    : layer.linkCost === null
                      ? ' · too big for a link'
                      : ` · about ${formatNumber(layer.linkCost)} characters in a link`}
                </span>
                {layer.inLink ? (
                  <button
                    type="button"
                    className="link-button"
                    aria-label={`Remove ${layer.name} from the link`}
                    onClick={() => props.onRemoveFromLink(layer.id)}
                  >
                    Remove from link
                  </button>
                ) : (
                  <button
                    type="button"
                    className="link-button"
                    aria-label={`Include ${layer.name} in the link`}
                    onClick={() => props.onIncludeInLink(layer.id)}
                  >
                    Include in link
                  </button>
                )}
                {layer.stored ? (
                  <>
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
                  </>
                ) : null}
              </li>
            ),
          )}
        </ul>
      ) : null}
      {props.layers.some((layer) => layer.inLink) ? (
        <p className="hint linked-layers-size" data-testid="linked-layers-size">
          Link: {formatNumber(props.linkLength)} of {formatNumber(props.linkBudget)} characters
        </p>
      ) : null}
    </section>
  );
}

/** A list of messages in a live region (nothing when empty); text only. */
function Messages(props: {
  role: 'alert' | 'status';
  className: string;
  messages: readonly string[];
}) {
  if (!props.messages.length) return null;
  return (
    <div role={props.role} className={props.className}>
      {props.messages.map((message) => (
        <p key={message}>{message}</p>
      ))}
    </div>
  );
}
