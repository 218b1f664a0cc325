/**
 * Lane colours for actors that actors.json does not colour, and the theme colours handed to render/.
 * The palette is Okabe-Ito plus a few darker tones: distinguishable under the common colour-vision deficiencies.
 */

const FALLBACK_COLORS = [
  '#0072b2',
  '#d55e00',
  '#009e73',
  '#cc79a7',
  '#e69f00',
  '#56b4e9',
  '#7a5195',
  '#8c6d31',
  '#3b7d23',
  '#b0413e',
] as const;

/** Grey for the unknown-actor lane (index < 0): it should not look like one more actor. */
export const UNKNOWN_LANE_COLOR = '#8a8a8a';

export function fallbackColor(index: number): string {
  if (index < 0) return UNKNOWN_LANE_COLOR;
  return FALLBACK_COLORS[index % FALLBACK_COLORS.length] ?? UNKNOWN_LANE_COLOR;
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
