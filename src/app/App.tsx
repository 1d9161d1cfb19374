import { MapView } from '../map/MapView';

export function App() {
  return (
    <div className="app">
      <header className="app-header">
        <h1>Sitrep</h1>
      </header>
      <main className="app-main">
        <section className="app-map" aria-label="Map">
          <MapView />
        </section>
        <aside className="app-panel" aria-label="Figures" />
      </main>
    </div>
  );
}
