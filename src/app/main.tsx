import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'leaflet/dist/leaflet.css';
import './styles.css';
import { Root } from './Root';
import { startEarlyLoads } from './earlyLoads';

// Before the first render: the map and data code, basemap and report data come in together
// (the dashboard's; the workbench, #workbench, loads its own).
if (!/^#workbench\b/.test(window.location.hash)) startEarlyLoads();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <Root />
  </StrictMode>,
);
