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
import { linkNeedsCompression, loadCompression } from '../state/url';

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

function render(): void {
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
}

// The link codec's fflate is a chunk of its own (src/state/url/compressedJson.ts): a link with
// annotations or linked layers (`ann=`, `lyr=`) waits for it, behind the page's first frame;
// any other link renders at once, and fflate loads once the first map is drawn, for what
// writes such a link (the map tools and the panel wait for it too: MapOverlay, App).
if (linkNeedsCompression(window.location.hash)) {
  // Failed: rendered all the same; the link's compressed values are then refused with a notice.
  loadCompression().then(render, render);
} else {
  render();
  firstMap
    .whenShown()
    .then(loadCompression)
    .catch(() => undefined);
}
