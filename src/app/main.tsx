import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import 'leaflet/dist/leaflet.css';
import './styles.css';
import './staticFrame.css';
import { Root } from './Root';
import { startEarlyLoads } from './earlyLoads';
import { isWorkbenchLink } from './workbenchLink';
import { createFirstMap, FirstMapContext } from '../ui/firstMap';
import { takeStaticFrame } from '../ui/staticFrame';

// The page's one first map (src/ui/firstMap.ts): the regions announce it, the panels wait.
const firstMap = createFirstMap();

// Before the first render: the map and data code, basemap and the first report shard come in
// together, the other shards once the first map is drawn (the dashboard's; the workbench,
// #workbench, loads its own).
if (!isWorkbenchLink(window.location.hash)) startEarlyLoads(firstMap.whenShown());

// The first frame's map (index.html) is kept before the first render clears #root, for the
// map to take over (src/ui/staticFrame.ts).
takeStaticFrame();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const reactRoot = createRoot(root);
// Rendered, committed and its effects run now, in this task (flushSync), not in a task the
// scheduler queues: the map is made and the province outlines asked for at once, with no
// frame painted in between (issue 24, docs/scale.md).
flushSync(() =>
  reactRoot.render(
    <StrictMode>
      <FirstMapContext value={firstMap}>
        <Root />
      </FirstMapContext>
    </StrictMode>,
  ),
);
