import { useMemo, type ReactNode } from 'react';
import type { Dataset } from '../data/dataset';
import { PeekHeadline } from '../panels/PeekHeadline';
import { BottomSheet } from '../ui/BottomSheet';
import { currentPicture } from '../view/currentPicture';
import type { DashboardModel } from '../view/dashboardModel';
import { useSheetHistory } from './useSheetHistory';

interface PhoneSheetProps {
  /** True below the phone breakpoint: the timeline and the panel go into a bottom sheet. */
  phone: boolean;
  dataset: Dataset | null;
  model: DashboardModel;
  /** The timeline and the side panel. */
  children: ReactNode;
}

/**
 * On a phone, the map takes the screen and the timeline and panel are a bottom sheet over it;
 * at its peek it shows the selected area's name and headline, and the as-of control. Back
 * closes an open sheet (useSheetHistory); the sheet's state is never in the link. On a wide
 * screen the children are laid out as they always were.
 */
export function PhoneSheet({ phone, dataset, model, children }: PhoneSheetProps) {
  const [snap, setSnap] = useSheetHistory(phone);
  const areaId = model.area?.area.id ?? null;
  const asOf = model.shownAsOf;
  // The current picture's rule (issue 21), for the peek only: nothing on a wide screen.
  const picture = useMemo(
    () => (phone && dataset && areaId ? currentPicture(dataset, areaId, asOf) : null),
    [phone, dataset, areaId, asOf],
  );
  return (
    <BottomSheet
      enabled={phone}
      snap={snap}
      onSnap={setSnap}
      label="Details"
      title={model.area?.area.name ?? 'All areas'}
      peek={
        <PeekHeadline
          families={picture ? picture.families : null}
          asOf={asOf}
          figureCount={model.figureCount}
          loading={!dataset}
        />
      }
    >
      {children}
    </BottomSheet>
  );
}
