// Sheets accepts CSS colours and reads every background back as lowercase '#rrggbb'.

const NAMED: Record<string, string> = {
  white: '#ffffff',
  black: '#000000',
  red: '#ff0000',
  green: '#008000',
  blue: '#0000ff',
  yellow: '#ffff00',
  gray: '#808080',
  grey: '#808080',
  orange: '#ffa500',
  purple: '#800080',
  silver: '#c0c0c0',
  lime: '#00ff00',
  navy: '#000080',
  teal: '#008080',
  maroon: '#800000',
  olive: '#808000',
  aqua: '#00ffff',
  cyan: '#00ffff',
  fuchsia: '#ff00ff',
  magenta: '#ff00ff',
  pink: '#ffc0cb',
  brown: '#a52a2a',
  gold: '#ffd700',
  lightgray: '#d3d3d3',
  lightgrey: '#d3d3d3',
  darkgray: '#a9a9a9',
  darkgrey: '#a9a9a9',
  lightgreen: '#90ee90',
  darkgreen: '#006400',
  lightblue: '#add8e6',
  darkblue: '#00008b',
  lightyellow: '#ffffe0',
  darkred: '#8b0000',
  darkorange: '#ff8c00',
  transparent: '#ffffff',
};

export const DEFAULT_BACKGROUND = '#ffffff';

/** Normalised '#rrggbb', or undefined when the text is no colour the emulator knows. */
export function normaliseColor(color: string): string | undefined {
  const text = color.trim().toLowerCase();
  if (/^#[0-9a-f]{6}$/.test(text)) return text;
  if (/^#[0-9a-f]{3}$/.test(text)) return `#${text.slice(1).replace(/[0-9a-f]/g, (digit) => digit + digit)}`;
  return NAMED[text];
}
