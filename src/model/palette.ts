/**
 * Lane colours for actors that actors.json does not colour, and the theme colours handed to render/.
 * The first six are Okabe-Ito, chosen to stay apart under the common colour-vision deficiencies. The last four
 * were picked greedily from a 512-colour grid to keep the closest pair as far apart as possible under normal,
 * protan, deutan and tritan vision (color-vision.test.ts reports the distances): the earlier tones (olive,
 * brown, dark green) were 3.5 ΔE apart for deuteranopes, nearly the same colour.
 */
import { hashText } from './text-hash';

const FALLBACK_COLORS = [
  '#0072b2',
  '#d55e00',
  '#009e73',
  '#cc79a7',
  '#e69f00',
  '#56b4e9',
  '#8822ee',
  '#ee0044',
  '#8866ee',
  '#cc00aa',
] as const;

/** Grey for the unknown-actor lane (index < 0): it should not look like one more actor. */
export const UNKNOWN_LANE_COLOR = '#8a8a8a';

/** How many fallback colours there are before they repeat. */
export const FALLBACK_COLOR_COUNT = FALLBACK_COLORS.length;

export function fallbackColor(index: number): string {
  if (index < 0) return UNKNOWN_LANE_COLOR;
  return FALLBACK_COLORS[index % FALLBACK_COLORS.length] ?? UNKNOWN_LANE_COLOR;
}

/**
 * A fallback colour chosen by a name's hash: the same name gets the same colour in every data set and lane
 * order. With ten colours two of a dozen unlisted lanes likely share one; their labels tell them apart.
 */
export function colorForName(name: string): string {
  return fallbackColor(hashText(name) % FALLBACK_COLORS.length);
}

/** Colours that depend on the light/dark theme; lane colours do not. */
export interface ThemeColors {
  name: 'light' | 'dark';
  background: string;
  laneStripe: string;
  grid: string;
  gridMajor: string;
  text: string;
  mutedText: string;
  clusterFill: string;
  clusterText: string;
  selection: string;
  highlight: string;
}

export const LIGHT_THEME: ThemeColors = {
  name: 'light',
  background: '#ffffff',
  laneStripe: '#f5f6f8',
  grid: '#e3e5e9',
  gridMajor: '#c4c8cf',
  text: '#1d2330',
  mutedText: '#5b6372',
  clusterFill: '#39404d',
  clusterText: '#ffffff',
  selection: '#111111',
  highlight: '#f2c200',
};

export const DARK_THEME: ThemeColors = {
  name: 'dark',
  background: '#14171c',
  laneStripe: '#1a1e25',
  grid: '#2a2f38',
  gridMajor: '#454c58',
  text: '#e6e9ef',
  mutedText: '#a3abb9',
  clusterFill: '#d9dde5',
  clusterText: '#14171c',
  selection: '#ffffff',
  highlight: '#ffd84d',
};
