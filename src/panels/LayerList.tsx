import type { LayerItem } from '../view/model';
import type { ReactNode } from 'react';
import { ToolIcon } from '../ui/ToolIcon';

interface LayerListProps {
  /** More controls inside the same fold (the analyst's own layers). */
  children?: ReactNode;
  /** Start unfolded (a large map) or folded (laptops and phones, where it would hide much of the map). */
  defaultOpen: boolean;
  layers: readonly LayerItem[];
  visible: ReadonlySet<string>;
  onToggle: (id: string, visible: boolean) => void;
}

/**
 * The layer control and legend in one: a checkbox per layer beside its symbol. Built in React
 * rather than with L.control.layers, whose layer names are rendered as HTML.
 */
export function LayerList({ children, defaultOpen, layers, visible, onToggle }: LayerListProps) {
  return (
    <details className="layer-details" open={defaultOpen}>
      <summary>
        <ToolIcon name="layers" />
        <span className="tool-label">Layers and legend</span>
      </summary>
      <fieldset className="layer-list">
        <legend className="visually-hidden">Layers</legend>
        {layers.map((layer) => (
          <label key={layer.id} className="layer-item">
            <input
              type="checkbox"
              checked={visible.has(layer.id)}
              onChange={(event) => onToggle(layer.id, event.currentTarget.checked)}
            />
            <span className={`swatch ${layer.swatch}`} aria-hidden="true" />
            <span className="layer-name">{layer.label}</span>
            <span className="layer-description">{layer.description}</span>
          </label>
        ))}
      </fieldset>
      {children}
    </details>
  );
}
