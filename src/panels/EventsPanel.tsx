import type { TimelineEventView } from '../view/model';

interface EventsPanelProps {
  /** The selected area's name, or null for every area. */
  areaName: string | null;
  /** Events to list, oldest first, each marked known or not on the as-of date. */
  events: readonly TimelineEventView[];
  onSelectArea: (id: string) => void;
}

/** The Timeline tab: the events of the view as a list, those after the as-of date marked. */
export function EventsPanel({ areaName, events, onSelectArea }: EventsPanelProps) {
  const later = events.filter((event) => !event.known).length;
  return (
    <article className="events-panel" aria-labelledby="events-panel-title">
      <header className="panel-header">
        <h2 id="events-panel-title">Timeline{areaName ? ` · ${areaName}` : ''}</h2>
        <p className="panel-sub">
          {events.length - later} of {events.length} event{events.length === 1 ? '' : 's'} known by
          the as-of date{later ? `; ${later} later, shown faded` : ''}.
        </p>
      </header>
      <ol className="event-timeline">
        {events.map((event) => (
          <li key={event.id} className={event.known ? 'event-known' : 'event-later'}>
            <span className="event-date">{event.dateText}</span>
            <span className="event-title">{event.title}</span>
            <span className="event-meta">
              <button
                type="button"
                className="link-button"
                onClick={() => onSelectArea(event.areaId)}
              >
                {event.areaName}
              </button>{' '}
              · {event.sources.join(', ')}
              {event.known ? '' : ' · after the as-of date'}
            </span>
          </li>
        ))}
      </ol>
    </article>
  );
}
