/** The theatre: Kursk and Donetsk regions both in view. [west, south, east, north]. */
export const THEATRE_BBOX: [number, number, number, number] = [33.8, 46.6, 39.9, 53.2];
