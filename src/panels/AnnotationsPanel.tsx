import { useEffect, useId, useRef, useState } from 'react';
import { ANNOTATION_LIMITS, shapeLabel } from '../state/annotations/types';
import type { Annotation } from '../state/annotations/types';
import { formatNumber } from '../ui/format';
import { ToolIcon } from '../ui/ToolIcon';
import './AnnotationsPanel.css';

export type AnnotationMode = 'point' | 'line' | 'polygon' | 'edit' | 'move' | 'delete';

export interface AnnotationsPanelProps {
  annotations: readonly Annotation[];
  mode: AnnotationMode | null;
  selectedId: string | null;
  canUndo: boolean;
  /** Characters of the shared link now, and the most it may have. */
  linkLength: number;
  linkBudget: number;
  onMode: (mode: AnnotationMode | null) => void;
  onAddAtCentre: () => void;
  onUndo: () => void;
  onNote: (id: string, note: string) => void;
  onDelete: (id: string) => void;
  onSelect: (id: string) => void;
  onDownload: () => void;
}

const MODES: readonly { mode: AnnotationMode; label: string; hint: string }[] = [
  { mode: 'point', label: 'Point', hint: 'click the map' },
  { mode: 'line', label: 'Line', hint: 'click each vertex, click the last one again to end' },
  { mode: 'polygon', label: 'Polygon', hint: 'click each corner, click the first to close' },
  { mode: 'edit', label: 'Edit', hint: 'drag a vertex; click a middle marker to add one' },
  { mode: 'move', label: 'Move', hint: 'drag a shape' },
  { mode: 'delete', label: 'Delete', hint: 'click a shape to delete it' },
];

/**
 * "Draw on the map": the drawing modes, a keyboard path (a point at the map centre, notes
 * edited in text fields), undo, the list of shapes with their notes, and the link's size.
 * Notes are plain text in form fields; nothing is rendered as HTML.
 */
export function AnnotationsPanel(props: AnnotationsPanelProps) {
  const id = useId();
  const active = MODES.find((item) => item.mode === props.mode);
  const share = props.linkLength / props.linkBudget;
  return (
    <details className="annotations-panel">
      <summary>
        <ToolIcon name="draw" />
        <span className="tool-label">Draw on the map</span>
      </summary>
      <section aria-labelledby={`${id}-title`}>
        <h3 id={`${id}-title`} className="visually-hidden">
          Your marks
        </h3>
        <div className="annotation-modes" role="group" aria-label="Drawing tools">
          {MODES.map(({ mode, label }) => (
            <button
              key={mode}
              type="button"
              aria-pressed={props.mode === mode}
              onClick={() => props.onMode(props.mode === mode ? null : mode)}
            >
              {label}
            </button>
          ))}
        </div>
        <p className="hint" aria-live="polite">
          {active ? `${active.label}: ${active.hint} (Esc to stop)` : ' '}
        </p>
        <div className="annotation-actions">
          <button type="button" onClick={props.onAddAtCentre}>
            Add point at map centre
          </button>
          <button type="button" disabled={!props.canUndo} onClick={props.onUndo}>
            Undo
          </button>
        </div>
        <p className={share > 1 ? 'link-size link-size-over' : 'link-size'}>
          Link: {formatNumber(props.linkLength)} of {formatNumber(props.linkBudget)} characters
          <meter
            min={0}
            max={props.linkBudget}
            high={props.linkBudget * 0.8}
            value={props.linkLength}
          />
        </p>
        {props.annotations.length ? (
          <ol className="annotation-list">
            {props.annotations.map((annotation, index) => (
              <AnnotationItem
                key={annotation.id}
                annotation={annotation}
                name={`${shapeLabel(annotation.geometry)} ${index + 1}`}
                selected={annotation.id === props.selectedId}
                onNote={(note) => props.onNote(annotation.id, note)}
                onDelete={() => props.onDelete(annotation.id)}
                onSelect={() => props.onSelect(annotation.id)}
              />
            ))}
          </ol>
        ) : (
          <p className="hint">No marks yet.</p>
        )}
        {props.annotations.length ? (
          <button type="button" className="link-button" onClick={props.onDownload}>
            Download marks (.geojson)
          </button>
        ) : null}
      </section>
    </details>
  );
}

interface AnnotationItemProps {
  annotation: Annotation;
  name: string;
  selected: boolean;
  onNote: (note: string) => void;
  onDelete: () => void;
  onSelect: () => void;
}

/** One shape: its name, its note (saved on blur or Ctrl+Enter, not per keystroke), delete. */
function AnnotationItem({ annotation, name, selected, ...on }: AnnotationItemProps) {
  const [draft, setDraft] = useState(annotation.note);
  const [saved, setSaved] = useState(annotation.note);
  const field = useRef<HTMLTextAreaElement>(null);
  if (saved !== annotation.note) {
    // The note changed elsewhere (undo, Back/Forward): show it.
    setSaved(annotation.note);
    setDraft(annotation.note);
  }
  useEffect(
    function focusWhenSelected() {
      if (selected) field.current?.focus();
    },
    [selected],
  );
  const save = () => {
    if (draft !== annotation.note) on.onNote(draft);
  };
  return (
    <li className={selected ? 'annotation-item annotation-selected' : 'annotation-item'}>
      <span className="annotation-name">{name}</span>
      <textarea
        ref={field}
        aria-label={`Note for ${name}`}
        rows={2}
        maxLength={ANNOTATION_LIMITS.noteLength}
        value={draft}
        placeholder="Why this place? (280 characters)"
        onFocus={on.onSelect}
        onChange={(event) => setDraft(event.currentTarget.value)}
        onBlur={save}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) save();
        }}
      />
      <button
        type="button"
        className="link-button"
        aria-label={`Delete ${name}`}
        onClick={on.onDelete}
      >
        Delete
      </button>
    </li>
  );
}
