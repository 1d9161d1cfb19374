/**
 * SVG paths that Leaflet draws are not focusable: give one the role, name and keys of a
 * button (Enter or Space runs `onActivate`). The name is set with setAttribute: text, not HTML.
 * @param element the path's element (undefined before the layer is on a map)
 * @param name the accessible name, e.g. "Kursk Oblast: show its figures"
 * @param onActivate what Enter, Space (and a click, handled by Leaflet) do
 */
export function makeFocusable(
  element: Element | undefined,
  name: string,
  onActivate: () => void,
): void {
  if (!element || element.getAttribute('tabindex') === '0') return;
  element.setAttribute('tabindex', '0');
  element.setAttribute('role', 'button');
  element.setAttribute('aria-label', name);
  element.addEventListener('keydown', (event) => {
    const key = (event as KeyboardEvent).key;
    if (key === 'Enter' || key === ' ') {
      event.preventDefault();
      onActivate();
    }
  });
}
