import { useVirtualizer } from '@tanstack/react-virtual';
import type { ReactNode, RefObject } from 'react';

interface VirtualRowsProps<T extends { id: string }> {
  rows: readonly T[];
  /** Columns of the table, for the spacer rows. */
  columns: number;
  /** The cells of one row. */
  renderRow: (row: T) => ReactNode;
  /** The element that scrolls the table (it must have a bounded height). */
  scrollRef: RefObject<HTMLElement | null>;
  /** aria-rowindex of the first body row: 2 below one header row. */
  firstRowIndex?: number;
  /** A row's height before it is measured, in CSS pixels. */
  estimate?: number;
}

/**
 * A table body that renders only the rows in view and a few on either side
 * (@tanstack/react-virtual), with spacer rows standing in for the rest so the scrollbar is
 * right. Each rendered row carries its aria-rowindex; the table gives the count
 * (aria-rowcount). Tabbing moves through the rendered rows, and the browser scrolling the
 * focused row into view brings the next ones in.
 */
export function VirtualRows<T extends { id: string }>({
  rows,
  columns,
  renderRow,
  scrollRef,
  firstRowIndex = 2,
  estimate = 30,
}: VirtualRowsProps<T>) {
  // The virtualizer's API is not memoizable (it returns new functions each render); that is
  // its design, and nothing here memoizes it.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => estimate,
    getItemKey: (index) => rows[index]?.id ?? index,
    // Generous: about 100 rows in the DOM at most, so a few dozen figures are all present.
    overscan: 40,
    // Before the scroll box is measured (first render): enough rows to fill a panel.
    initialRect: { width: 0, height: 800 },
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items.at(-1);
  const before = first ? first.start : 0;
  const after = last ? virtualizer.getTotalSize() - last.end : 0;
  return (
    <tbody>
      {before > 0 ? (
        <tr aria-hidden="true" className="virtual-spacer">
          <td colSpan={columns} style={{ height: before }} />
        </tr>
      ) : null}
      {items.map((item) => {
        const row = rows[item.index];
        if (!row) return null;
        return (
          <tr
            key={item.key}
            data-index={item.index}
            ref={virtualizer.measureElement}
            aria-rowindex={item.index + firstRowIndex}
          >
            {renderRow(row)}
          </tr>
        );
      })}
      {after > 0 ? (
        <tr aria-hidden="true" className="virtual-spacer">
          <td colSpan={columns} style={{ height: after }} />
        </tr>
      ) : null}
    </tbody>
  );
}
