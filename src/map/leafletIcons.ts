// Leaflet guesses its default marker icon URL from the CSS file's location, which breaks
// under a bundler (the icons 404 and markers vanish). Point it at the bundled files instead.
import L from 'leaflet';
import iconUrl from 'leaflet/dist/images/marker-icon.png';
import iconRetinaUrl from 'leaflet/dist/images/marker-icon-2x.png';
import shadowUrl from 'leaflet/dist/images/marker-shadow.png';

L.Icon.Default.mergeOptions({ iconUrl, iconRetinaUrl, shadowUrl });
// `_getIconUrl` is the private hook that does the guessing; remove it so the options win.
delete (L.Icon.Default.prototype as { _getIconUrl?: unknown })._getIconUrl;
