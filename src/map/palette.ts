/**
 * Okabe–Ito colours: distinguishable with the common forms of colour blindness.
 * Shared by map layers and the legend, so the two never disagree.
 */
export const PALETTE = {
  area: '#0072B2',
  areaSelected: '#D55E00',
  place: '#000000',
  placeApproximate: '#D55E00',
  route: '#CC79A7',
  uncertainty: '#E69F00',
  user: '#009E73',
  annotation: '#56B4E9',
} as const;
