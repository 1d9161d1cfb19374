/** Line drawings (24 × 24, stroked) for the map's controls. */
const PATHS = {
  theatre: 'M4 9V4h5M15 4h5v5M20 15v5h-5M9 20H4v-5',
  draw: 'M4 20l1-5L16 4l4 4L9 19zM14 6l4 4',
  layers: 'M12 3l9 5-9 5-9-5zM3 12l9 5 9-5M3 16l9 5 9-5',
} as const;

/**
 * A control's icon, shown on phones where the control folds to a 44 px square; its name stays
 * in the text beside it (visually hidden there), so the icon itself is hidden from screen readers.
 */
export function ToolIcon({ name }: { name: keyof typeof PATHS }) {
  return (
    <svg className="tool-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path
        d={PATHS[name]}
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinejoin="round"
      />
    </svg>
  );
}
