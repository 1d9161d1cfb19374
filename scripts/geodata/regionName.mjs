/**
 * The name a gazetteer region is shown with: "Donetsk" → "Donetsk Oblast"; names that already
 * say what they are stay. The gazetteer build writes it into gazetteer.json's regions, so the
 * app shows a region's name as the file gives it (another theatre names its own regions).
 * @param {string} name Natural Earth's English province name
 * @returns {string} the name with its kind
 */
export function regionDisplayName(name) {
  return /\b(Oblast|Krai|City|Republic|Crimea)$/.test(name) || name === 'Sevastopol'
    ? name
    : `${name} Oblast`;
}
