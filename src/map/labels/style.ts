import type { LabelKind } from './placement';

/** How each kind of label is drawn; the same table sizes the text for placement. */
export interface LabelStyle {
  font: string;
  size: number;
  color: string;
  upper: boolean;
  /** Extra space between letters, CSS length (canvas letterSpacing). */
  spacing: string;
}

const FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

export const LABEL_STYLES: Readonly<Record<LabelKind, LabelStyle>> = {
  country: { font: `600 15px ${FAMILY}`, size: 15, color: '#3d4550', upper: true, spacing: '2px' },
  sea: { font: `italic 13px ${FAMILY}`, size: 13, color: '#3b6e9e', upper: false, spacing: '1px' },
  region: { font: `11px ${FAMILY}`, size: 11, color: '#5d6670', upper: true, spacing: '1px' },
  city: { font: `600 13px ${FAMILY}`, size: 13, color: '#1f2328', upper: false, spacing: '0px' },
  settlement: { font: `12px ${FAMILY}`, size: 12, color: '#2b3036', upper: false, spacing: '0px' },
  picked: { font: `700 14px ${FAMILY}`, size: 14, color: '#A3470B', upper: false, spacing: '0px' },
};

/** The text as drawn (upper case for countries and regions). */
export function drawnText(text: string, kind: LabelKind): string {
  return LABEL_STYLES[kind].upper ? text.toLocaleUpperCase('en') : text;
}
