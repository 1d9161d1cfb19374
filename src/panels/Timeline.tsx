import { useMemo, useState } from 'react';
import { formatIsoDate } from '../ui/format';
import { useFirstMapShown } from '../ui/firstMap';
import { dayToIso, isoToDay } from '../data/dates';
import type { EventView } from '../view/model';
import { countEndedBy, groupEvents } from '../view/timelineGroups';

interface TimelineProps {
  /**
   * Every event, oldest first. The same list whatever the date: what is known on the as-of
   * date (an event whose end is on or before it) is worked out here, so moving the date never
   * regroups thousands of events.
   */
  events: readonly EventView[];
  /** First and last dates of the axis (YYYY-MM-DD). */
  minDate: string;
  maxDate: string;
  /** The effective as-of date. */
  asOf: string;
  /** True when no as-of date is set (showing the latest). */
  latest: boolean;
  onAsOfChange: (date: string | null) => void;
  onSelectArea: (id: string) => void;
}

/**
 * The report's events on a time axis, and the "as of" control (slider and date input) that
 * shows what was known on a date. Events after the as-of date are drawn faded.
 */
export function Timeline(props: TimelineProps) {
  const { events, minDate, maxDate, asOf } = props;
  const first = isoToDay(minDate);
  const last = Math.max(isoToDay(maxDate), first + 1);
  const position = (iso: string) => ((isoToDay(iso) - first) / (last - first)) * 100;
  const asOfDay = isoToDay(asOf);
  const [focused, setFocused] = useState<string | null>(null);
  const shown = events.find((event) => event.id === focused) ?? null;
  // Past 240 events a dot stands for a run of days (view/timelineGroups.ts).
  const groups = useMemo(() => groupEvents(events, first, last), [events, first, last]);
  const endDays = useMemo(
    () => events.map((event) => isoToDay(event.end)).sort((a, b) => a - b),
    [events],
  );
  const knownCount = countEndedBy(endDays, asOfDay);
  // Chromium's date field (its inner fields and picker) costs more style and layout than the
  // rest of the timeline: until the first map is drawn, the date is shown read-only in a
  // plain field of the same size (.asof-date), then the picker takes its place.
  const picker = useFirstMapShown();
  return (
    <section className="timeline" aria-labelledby="timeline-title">
      <div className="timeline-controls">
        <h2 id="timeline-title">Timeline</h2>
        <label className="asof-label">
          As of{' '}
          {picker ? (
            <input
              type="date"
              className="asof-date"
              lang="en-GB"
              value={asOf}
              min={minDate}
              max={maxDate}
              onChange={(event) => {
                const value = event.currentTarget.value;
                if (/^\d{4}-\d{2}-\d{2}$/.test(value)) props.onAsOfChange(value);
              }}
            />
          ) : (
            <input type="text" className="asof-date" value={asOf} disabled readOnly />
          )}
        </label>
        <input
          type="range"
          className="asof-slider"
          aria-label="As-of date"
          aria-valuetext={formatIsoDate(asOf)}
          min={first}
          max={last}
          step={1}
          value={Math.min(Math.max(asOfDay, first), last)}
          onChange={(event) => props.onAsOfChange(dayToIso(Number(event.currentTarget.value)))}
        />
        {props.latest ? (
          <span className="asof-state">showing the latest</span>
        ) : (
          <button type="button" className="link-button" onClick={() => props.onAsOfChange(null)}>
            Show latest
          </button>
        )}
      </div>
      <ol className="timeline-axis" aria-label="Events">
        {groups.map((group) => {
          const latest = group.events.at(-1);
          if (!latest) return null;
          const earliest = group.events[0] ?? latest;
          const single = group.events.length === 1;
          const label = single
            ? `${latest.dateText}: ${latest.title} (${latest.areaName})`
            : `${group.events.length} events, ${earliest.dateText} to ${latest.dateText}; the latest: ${latest.title} (${latest.areaName})`;
          // Known when any of its events had ended by the as-of date.
          const known = group.firstEnd <= asOfDay;
          return (
            <li
              key={group.key}
              className={`timeline-event${known ? '' : ' timeline-event-later'}${single ? '' : ' timeline-event-group'}`}
              style={{ left: `${position(dayToIso(group.day))}%` }}
            >
              <button
                type="button"
                className="timeline-dot"
                aria-label={label}
                title={single ? `${latest.dateText}: ${latest.title}` : label}
                onClick={() => props.onSelectArea(latest.areaId)}
                onMouseEnter={() => setFocused(latest.id)}
                onFocus={() => setFocused(latest.id)}
                onMouseLeave={() => setFocused(null)}
                onBlur={() => setFocused(null)}
              />
            </li>
          );
        })}
        <li
          className="timeline-asof"
          aria-hidden="true"
          style={{ left: `${((asOfDay - first) / (last - first)) * 100}%` }}
        />
      </ol>
      <div className="timeline-scale">
        <span aria-hidden="true">{formatIsoDate(minDate)}</span>
        <span className="timeline-detail">
          {shown
            ? `${shown.dateText}: ${shown.title} (${shown.areaName})`
            : `${knownCount} of ${events.length} events known by this date · point at a dot for details`}
        </span>
        <span aria-hidden="true">{formatIsoDate(maxDate)}</span>
      </div>
    </section>
  );
}
