// The report's region outlines, in the app script (scripts/vite/firstMap.ts).
declare module 'virtual:sitrep-region-outlines' {
  import type { Topology } from 'topojson-specification';
  const topology: Topology;
  export default topology;
}
