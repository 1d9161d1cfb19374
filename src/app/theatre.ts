/**
 * The theatre's configuration (geodata/theatre.json) for the app's shell, which needs it
 * before any report data: the header's tagline, the search box's example names, the view a
 * link without one opens on. Everything else reads it from the dataset (`ds.theatre`).
 */
import { loadTheatre } from '../data/geodata';
import type { Theatre } from '../data/theatre';

export const THEATRE: Theatre = loadTheatre();
