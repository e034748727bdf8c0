// A KPI reading inside a sentence the add-on writes into the workbook (a drafted key result's name, a close's
// verdict): in the KPI's unit as the sheet shows it (4.3%, $1,200, 6 hours), not the fraction a percent cell
// holds (0.043). Unlike the sidebar's valueText it rounds nothing away but float noise: the text outlives the
// reading it names.

/** Ten significant digits: `0.1 + 0.2` reads 0.3, a typed 0.00123 stays 0.00123. */
function exact(value: number): string {
  return String(Number(value.toPrecision(10)));
}

/** `4.3%` for 0.043 with unit %, `$1200` for $, `6 hours`, or the plain number with no unit. */
export function readingText(value: number, unit: string): string {
  const trimmed = unit.trim();
  // value × 100 overflows past the largest double: such a reading is shown as the number it is.
  if (trimmed === '%' && Number.isFinite(value * 100)) return `${exact(value * 100)}%`;
  if (trimmed === '$' || trimmed === '€' || trimmed === '£')
    return `${value < 0 ? '-' : ''}${trimmed}${exact(Math.abs(value))}`;
  return trimmed === '' || trimmed === '%' ? exact(value) : `${exact(value)} ${trimmed}`;
}
