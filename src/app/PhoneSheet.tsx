import type { ReactNode } from 'react';
import { PeekHeadline } from '../panels/PeekHeadline';
import { BottomSheet } from '../ui/BottomSheet';
import type { DashboardModel } from './useDashboardModel';
import { useSheetHistory } from './useSheetHistory';

interface PhoneSheetProps {
  /** True below the phone breakpoint: the timeline and the panel go into a bottom sheet. */
  phone: boolean;
  model: DashboardModel;
  loading: boolean;
  /** The timeline and the side panel. */
  children: ReactNode;
}

/**
 * On a phone, the map takes the screen and the timeline and panel are a bottom sheet over it;
 * at its peek it shows the selected area's name and headline, and the as-of control. Back
 * closes an open sheet (useSheetHistory); the sheet's state is never in the link. On a wide
 * screen the children are laid out as they always were.
 */
export function PhoneSheet({ phone, model, loading, children }: PhoneSheetProps) {
  const [snap, setSnap] = useSheetHistory(phone);
  return (
    <BottomSheet
      enabled={phone}
      snap={snap}
      onSnap={setSnap}
      label="Details"
      title={model.area?.area.name ?? 'All areas'}
      peek={
        <PeekHeadline
          figures={model.area ? model.area.headline : null}
          asOf={model.shownAsOf}
          figureCount={model.figureCount}
          loading={loading}
        />
      }
    >
      {children}
    </BottomSheet>
  );
}
