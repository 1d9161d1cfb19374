import { useRef, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';

export type SheetSnap = 'peek' | 'half' | 'full';

/** The snap points, lowest first: the handle's slider values 0, 1, 2. */
const SNAPS: readonly SheetSnap[] = ['peek', 'half', 'full'];
/** The half snap point's share of the room the sheet has (the map's area). */
const HALF = 0.55;
/** A pointer that moves less than this (px) tapped the handle; more, it dragged it. */
const DRAG_SLOP = 6;

interface BottomSheetProps {
  /** False on wide screens: the children are laid out as they are, with no sheet around them. */
  enabled: boolean;
  snap: SheetSnap;
  onSnap: (snap: SheetSnap) => void;
  /** The sheet's accessible name, e.g. "Details". */
  label: string;
  /** Shown beside the handle at every snap point (the selected area's name). */
  title: ReactNode;
  /** Shown under the title at every snap point, in a box of fixed height (--sheet-peek-body). */
  peek: ReactNode;
  children: ReactNode;
}

/** The snap point nearest to a height (px), in a sheet whose room is `room` px tall. */
function nearestSnap(height: number, peek: number, room: number): SheetSnap {
  const heights = [peek, room * HALF, room];
  let best = 0;
  heights.forEach((h, i) => {
    if (Math.abs(h - height) < Math.abs((heights[best] ?? 0) - height)) best = i;
  });
  return SNAPS[best] ?? 'peek';
}

/**
 * A bottom sheet with three snap points (peek, half, full), hand-written: the libraries that
 * do this (vaul, react-modal-sheet) inject a style element at run time, which the site's
 * Content-Security-Policy (`style-src 'self'`) refuses, and a modal dialog is not what this is:
 * the map beside it stays in use. Moved by dragging its top (pointer events, any pointer), or
 * by its handle, a slider: arrow keys step, Home/End go to the ends, Enter or Space (or a
 * click) toggles peek and half, Escape anywhere in the sheet goes back to the peek. The height
 * of each snap point is CSS (`.sheet-peek`, `.sheet-half`, `.sheet-full`), so the first frame
 * is laid out before any script runs; a drag sets the height directly until it is let go.
 */
export function BottomSheet(props: BottomSheetProps) {
  const { enabled, snap, onSnap } = props;
  const sheet = useRef<HTMLDivElement>(null);
  const handle = useRef<HTMLDivElement>(null);
  const drag = useRef<{ id: number; y: number; height: number; moved: boolean } | null>(null);
  const dragged = useRef(false);
  if (!enabled) return <div className="sheet">{props.children}</div>;

  const index = SNAPS.indexOf(snap);
  const step = (by: number) => onSnap(SNAPS[Math.min(2, Math.max(0, index + by))] ?? 'peek');
  const toggle = () => onSnap(snap === 'peek' ? 'half' : 'peek');

  const onHandleKey = (event: KeyboardEvent) => {
    const keys: Record<string, () => void> = {
      ArrowUp: () => step(1),
      ArrowRight: () => step(1),
      PageUp: () => step(1),
      ArrowDown: () => step(-1),
      ArrowLeft: () => step(-1),
      PageDown: () => step(-1),
      Home: () => onSnap('peek'),
      End: () => onSnap('full'),
      Enter: toggle,
      ' ': toggle,
    };
    const action = keys[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  };

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    const element = sheet.current;
    if (!element || (event.pointerType === 'mouse' && event.button !== 0)) return;
    drag.current = {
      id: event.pointerId,
      y: event.clientY,
      height: element.getBoundingClientRect().height,
      moved: false,
    };
    event.currentTarget.setPointerCapture(event.pointerId);
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const current = drag.current;
    const element = sheet.current;
    const room = element?.parentElement?.clientHeight ?? 0;
    if (!current || !element || current.id !== event.pointerId) return;
    const dy = event.clientY - current.y;
    if (!current.moved && Math.abs(dy) < DRAG_SLOP) return;
    current.moved = true;
    element.classList.add('sheet-dragging');
    // CSSOM, not a style attribute in HTML: the CSP allows it.
    element.style.height = `${Math.min(room, Math.max(0, current.height - dy))}px`;
  };
  const onPointerEnd = (event: PointerEvent<HTMLDivElement>) => {
    const current = drag.current;
    const element = sheet.current;
    if (!current || !element || current.id !== event.pointerId) return;
    drag.current = null;
    if (!current.moved) return;
    dragged.current = true; // the click that follows is the end of the drag, not a tap
    const height = element.getBoundingClientRect().height;
    const peek = parseFloat(getComputedStyle(element).getPropertyValue('--sheet-peek')) || 0;
    const room = element.parentElement?.clientHeight ?? height;
    element.classList.remove('sheet-dragging');
    element.style.height = '';
    onSnap(event.type === 'pointercancel' ? snap : nearestSnap(height, peek, room));
  };

  return (
    <div
      ref={sheet}
      className={`sheet sheet-on sheet-${snap}`}
      role="region"
      aria-label={props.label}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || event.defaultPrevented || snap === 'peek') return;
        event.preventDefault();
        onSnap('peek');
        handle.current?.focus();
      }}
      onFocus={(event) => {
        // Tabbing into what the peek hides (the panel) brings it into view.
        if (snap === 'peek' && event.target.closest('.app-panel')) onSnap('half');
      }}
    >
      <div
        className="sheet-grab"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerEnd}
        onPointerCancel={onPointerEnd}
        onClick={() => {
          if (dragged.current) dragged.current = false;
          else toggle();
        }}
      >
        <div className="sheet-head">
          <div className="sheet-title">{props.title}</div>
          <div
            ref={handle}
            className="sheet-handle"
            role="slider"
            tabIndex={0}
            aria-label={`${props.label} sheet`}
            aria-orientation="vertical"
            aria-valuemin={0}
            aria-valuemax={2}
            aria-valuenow={index}
            aria-valuetext={snap === 'peek' ? 'collapsed' : snap === 'half' ? 'half open' : 'open'}
            onKeyDown={onHandleKey}
          >
            <span className="sheet-chevron" aria-hidden="true" />
          </div>
        </div>
        <div className="sheet-peek-body">{props.peek}</div>
      </div>
      {props.children}
    </div>
  );
}
