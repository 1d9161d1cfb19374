export interface FeatureInfoView {
  layerName: string;
  /** Property names and values, already turned into plain strings. */
  rows: [string, string][];
  /** How many properties were left out (too many to show). */
  hidden: number;
}

interface FeatureInfoProps {
  info: FeatureInfoView;
  onClose: () => void;
}

const MAX_ROWS = 40;
const MAX_VALUE_LENGTH = 300;

/** Turns a feature's properties into text rows: values are data, never markup. */
export function featureInfo(layerName: string, properties: unknown): FeatureInfoView {
  const entries =
    properties && typeof properties === 'object' && !Array.isArray(properties)
      ? Object.entries(properties as Record<string, unknown>)
      : [];
  const rows = entries.slice(0, MAX_ROWS).map(([key, value]): [string, string] => {
    const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
    return [key, text.length > MAX_VALUE_LENGTH ? `${text.slice(0, MAX_VALUE_LENGTH)}…` : text];
  });
  return { layerName, rows, hidden: Math.max(0, entries.length - MAX_ROWS) };
}

/** The properties of a clicked feature of an imported layer, as text. */
export function FeatureInfo({ info, onClose }: FeatureInfoProps) {
  return (
    <section className="feature-info" aria-label="Feature properties">
      <header>
        <strong>{info.layerName}</strong>
        <button type="button" aria-label="Close feature properties" onClick={onClose}>
          ×
        </button>
      </header>
      {info.rows.length ? (
        <dl>
          {info.rows.map(([key, value], index) => (
            <div key={`${index}-${key}`}>
              <dt>{key}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p>This feature has no properties.</p>
      )}
      {info.hidden ? <p>{info.hidden} more properties not shown.</p> : null}
    </section>
  );
}
