import { useRef } from 'react';
import type { DraftClaim, DraftEvent } from '../draft';
import { resolveAnchor } from '../anchor';
import { languageProps } from '../../ui/textDirection';

interface ArticleTextProps {
  text: string;
  /** The report's language (BCP 47): the text is marked with it; its direction is its own. */
  language: string;
  claims: readonly DraftClaim[];
  /** The draft's events: their words are marked too (where they overlap no claim's). */
  events?: readonly DraftEvent[];
  onSelect: (range: { start: number; end: number } | null) => void;
}

/** Offsets of the current selection inside `root`'s text, or null when it is outside or empty. */
function selectionIn(root: HTMLElement): { start: number; end: number } | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return null;
  const before = document.createRange();
  before.setStart(root, 0);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  return { start, end: start + range.toString().length };
}

/**
 * The article as text (React escapes it: nothing in it is ever HTML), with the words of each
 * drafted claim marked. Selecting words reports their offsets in the text. In the report's
 * language: an Arabic article reads right to left, and each line takes its own direction
 * (`unicode-bidi: plaintext`), so its English header lines stay left to right.
 */
export function ArticleText({ text, language, claims, events = [], onSelect }: ArticleTextProps) {
  const root = useRef<HTMLDivElement>(null);
  const anchored = (list: readonly (DraftClaim | DraftEvent)[], kind: 'Claim' | 'Event') =>
    list.flatMap((item, i) => {
      const at = item.anchor ? resolveAnchor(text, item.anchor) : null;
      return at ? [{ ...at, kind, label: `${kind} ${i + 1}` }] : [];
    });
  const marks = [...anchored(claims, 'Claim'), ...anchored(events, 'Event')].sort(
    (a, b) => a.start - b.start,
  );
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const mark of marks) {
    if (mark.start < at) continue;
    parts.push(text.slice(at, mark.start));
    parts.push(
      <mark
        key={`${mark.label}-${mark.start}`}
        title={mark.label}
        className={mark.kind === 'Event' ? 'wb-event-mark' : undefined}
      >
        {text.slice(mark.start, mark.end)}
      </mark>,
    );
    at = mark.end;
  }
  parts.push(text.slice(at));
  const report = () => onSelect(root.current ? selectionIn(root.current) : null);
  return (
    <div
      ref={root}
      className="wb-article"
      {...languageProps(language)}
      aria-label="Article text"
      role="document"
      onMouseUp={report}
      onKeyUp={report}
      tabIndex={0}
    >
      {parts}
    </div>
  );
}
