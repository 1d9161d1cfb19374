import { FigureItem } from './FigureItem';
import { RangeChart } from './RangeChart';
import type { AreaPanelModel, FigureView } from '../view/model';
import { EstimatesChart } from './EstimatesChart';
import { CurrentPictureSection } from './CurrentPicture';

export interface AreaPanelProps extends AreaPanelModel {
  openClaim: string | null;
  onToggleClaim: (id: string) => void;
  onClose: () => void;
}

/** Groups figures by metric label, keeping the order they come in. */
function byMetric(figures: readonly FigureView[]): [string, FigureView[]][] {
  const groups = new Map<string, FigureView[]>();
  for (const figure of figures) {
    const group = groups.get(figure.metricLabel) ?? [];
    group.push(figure);
    groups.set(figure.metricLabel, group);
  }
  return [...groups];
}

/** A list of figures, one of which may have its provenance open. */
function FigureList(props: {
  figures: readonly FigureView[];
  openClaim: string | null;
  onToggle: (id: string) => void;
}) {
  return (
    <ul className="figure-list">
      {props.figures.map((figure) => (
        <FigureItem
          key={figure.id}
          figure={figure}
          open={props.openClaim === figure.id}
          onToggle={props.onToggle}
        />
      ))}
    </ul>
  );
}

/** Everything reported about one area: current picture, charts, every figure, statements, cross-checks. */
export function AreaPanel(props: AreaPanelProps) {
  const { area, figures, openClaim, onToggleClaim } = props;
  const withValue = figures.filter((figure) => figure.value);
  const statements = figures.filter((figure) => !figure.value);
  return (
    <article className="area-panel" aria-labelledby="area-panel-title">
      <header className="panel-header">
        <button type="button" className="back-button" onClick={props.onClose}>
          ← All areas
        </button>
        <h2 id="area-panel-title">{area.name}</h2>
        <p className="panel-sub">
          {area.kindLabel}
          {area.codes ? ` · ${area.codes}` : ''}
        </p>
      </header>
      {props.location?.approximate ? (
        <p className="location-note" role="note">
          <strong>Approximate location.</strong> {props.location.text}
          {props.location.alternatives.length ? (
            <> Other places of that name: {props.location.alternatives.join('; ')}.</>
          ) : null}
        </p>
      ) : null}
      {props.hiddenLater > 0 ? (
        <p className="asof-note" role="status">
          {props.hiddenLater} figure{props.hiddenLater === 1 ? ' was' : 's were'} reported after the
          as-of date and {props.hiddenLater === 1 ? 'is' : 'are'} hidden.
        </p>
      ) : null}
      <CurrentPictureSection picture={props.picture} />
      {props.estimates?.length ? (
        <section aria-labelledby="estimates-title" className="estimates">
          <h3 id="estimates-title">Estimates over time</h3>
          {props.estimates.map((chart) => (
            <EstimatesChart key={chart.id} chart={chart} />
          ))}
        </section>
      ) : null}
      {props.charts.length ? (
        <section aria-labelledby="compare-title">
          <h3 id="compare-title">Figures side by side</h3>
          {props.charts.map((chart) => (
            <RangeChart key={chart.id} title={chart.title} unit={chart.unit} rows={chart.rows} />
          ))}
        </section>
      ) : null}
      <section aria-labelledby="figures-title">
        <h3 id="figures-title">Reported figures</h3>
        {withValue.length === 0 ? <p>No figure reported for this area as of this date.</p> : null}
        {byMetric(withValue).map(([metric, group]) => (
          <div key={metric} className="metric-group">
            <h4>{metric}</h4>
            <FigureList figures={group} openClaim={openClaim} onToggle={onToggleClaim} />
          </div>
        ))}
      </section>
      {statements.length ? (
        <section aria-labelledby="statements-title">
          <h3 id="statements-title">Statements without a figure</h3>
          <FigureList figures={statements} openClaim={openClaim} onToggle={onToggleClaim} />
        </section>
      ) : null}
      {props.derived.length ? (
        <section aria-labelledby="derived-title" className="derived">
          <h3 id="derived-title">Derived cross-checks</h3>
          <p className="derived-warning">
            Computed by Sitrep from the figures above, not reported.
          </p>
          <ul>
            {props.derived.map((item) => (
              <li key={item.id} className="derived-item">
                <span className="derived-label">{item.label}</span>
                <span className="derived-value">{item.valueText}</span>
                <span className="derived-method">{item.method}</span>
                <ul className="derived-inputs" aria-label="Inputs">
                  {item.inputs.map((input) => (
                    <li key={input.label}>
                      {input.label}: {input.valueText}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {props.events.length ? (
        <section aria-labelledby="events-title">
          <h3 id="events-title">Events</h3>
          <ul className="event-list">
            {props.events.map((event) => (
              <li key={event.id}>
                <span className="event-date">{event.dateText}</span> {event.title}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
