// Hand-curated list of the point places Sitrep shows. Coordinates, feature codes and population
// are NOT typed here: the build reads them from the GeoNames record named by `geonamesId`.
// `names` and `aliases` are our choice of spellings; the build prints any of them that the
// GeoNames record does not list among its alternate names, so a reviewer can see which ones were
// added by hand (common transliterations, the Russian form of a Ukrainian name, …).
//
// Nikolske: the report puts it "in Ukraine's Donetsk region". GeoNames has one Nikolske there,
// the former Volodarske near Mariupol (689151). Other villages of that name (Russian form
// Nikolskoye) are listed as alternatives so a search for the name shows all of them.

/**
 * @typedef {{ id: string, geonamesId: number, admin1: string, area: string | null,
 *   names: { en: string, ru: string, uk?: string, ko?: string }, aliases: string[] }} PlaceSource
 */

/** @type {PlaceSource[]} */
export const PLACES = [
  {
    id: 'kursk-city',
    geonamesId: 538560,
    admin1: 'Kursk Oblast',
    area: null,
    names: { en: 'Kursk', ru: 'Курск', uk: 'Курськ', ko: '쿠르스크' },
    aliases: ["Kurs'k", 'Kursk city'],
  },
  {
    id: 'donetsk-city',
    geonamesId: 709717,
    admin1: 'Donetsk Oblast',
    area: null,
    names: { en: 'Donetsk', ru: 'Донецк', uk: 'Донецьк', ko: '도네츠크' },
    aliases: ["Donets'k", 'Donetsk city', 'Stalino', 'Yuzovka'],
  },
  {
    id: 'nikolske',
    geonamesId: 689151,
    admin1: 'Donetsk Oblast',
    area: 'nikolske',
    names: { en: 'Nikolske', ru: 'Никольское', uk: 'Нікольське' },
    aliases: [
      'Nikolske',
      'Nikolskoe',
      "Nikol's'ke",
      'Nikolskoye',
      "Nikol'ske",
      'Volodarske',
      "Volodars'ke",
      'Volodarskoe',
      'Нікольське',
      'Никольское',
      'Володарське',
      'Володарское',
    ],
  },
  {
    id: 'pyongyang',
    geonamesId: 1871859,
    admin1: 'Pyongyang',
    area: null,
    names: { en: 'Pyongyang', ru: 'Пхеньян', uk: 'Пхеньян', ko: '평양' },
    aliases: ["P'yŏngyang", 'Pyeongyang'],
  },
  {
    id: 'donetsk-rostov',
    geonamesId: 565348,
    admin1: 'Rostov Oblast',
    area: null,
    names: { en: 'Donetsk', ru: 'Донецк', uk: 'Донецьк', ko: '도네츠크' },
    aliases: ["Donets'k", 'Gundorovka'],
  },
  {
    id: 'nikolske-leningrad',
    geonamesId: 521509,
    admin1: 'Leningrad Oblast',
    area: null,
    names: { en: 'Nikolskoye', ru: 'Никольское' },
    aliases: ["Nikol'skoye", 'Nikolskoe', "Nikol'skoe", 'Nikolske'],
  },
  {
    id: 'nikolske-sverdlovsk',
    geonamesId: 1497618,
    admin1: 'Sverdlovsk Oblast',
    area: null,
    names: { en: 'Nikolskoye', ru: 'Никольское' },
    aliases: ["Nikol'skoye", 'Nikolskoe', "Nikol'skoe", 'Nikolske'],
  },
  {
    id: 'nikolske-kamchatka',
    geonamesId: 2122843,
    admin1: 'Kamchatka Krai',
    area: null,
    names: { en: 'Nikolskoye', ru: 'Никольское' },
    aliases: ["Nikol'skoye", 'Nikolskoe', "Nikol'skoe", 'Nikolske'],
  },
];
