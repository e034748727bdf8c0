// Sheets' own light palette, so the add-on's colours look native next to conditional formatting.
// Grey and muted tones exist because silence is never green: missing or old data must not look healthy.

import type { RangeFlag } from './kpi/rangeFlag';

export const RED = '#f4c7c3';
export const YELLOW = '#fce8b2';
export const GREEN = '#b7e1cd';
/** No data. */
export const GREY = '#e8eaed';
/** Invalid. */
export const PURPLE_GREY = '#e1d5e7';
/** Stale. */
export const MUTED = '#f1f3f4';

export const STALE_SUFFIX = ' (stale)';

/** Google's grading: below 0.4 red, below 0.7 yellow, else green. */
export function gradeColour(score: number): string {
  if (score < 0.4) return RED;
  if (score < 0.7) return YELLOW;
  return GREEN;
}

export function keyResultStatusColour(status: string): string {
  if (status.endsWith(STALE_SUFFIX)) return MUTED;
  if (status.startsWith('INVALID')) return PURPLE_GREY;
  switch (status) {
    case 'DONE':
    case 'ON TRACK':
      return GREEN;
    case 'AT RISK':
      return YELLOW;
    case 'OFF TRACK':
      return RED;
    default:
      return GREY;
  }
}

function flagColour(flag: RangeFlag): string {
  return flag === 'OK' ? GREEN : flag === 'WARN' ? YELLOW : RED;
}

/** A STALE KPI keeps its range flag's colour, as DESIGN asks, so the last known health stays visible. */
export function kpiStatusColour(status: string, flag?: RangeFlag): string {
  if (status.startsWith('INVALID')) return PURPLE_GREY;
  switch (status) {
    case 'OK':
    case 'WARN':
    case 'ALERT':
      return flagColour(status);
    case 'STALE':
      return flag ? flagColour(flag) : GREY;
    default:
      return GREY;
  }
}
