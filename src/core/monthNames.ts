// Month names as the add-on shows and reads them (Settings, typed dates, the early warning's day); January is
// month 1. Apart from zod, so the sidebar can use them without bundling it.
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** `Jan` … `Dec`, as short dates show them. */
export function shortMonthName(month: number): string {
  return MONTH_NAMES[month - 1]?.slice(0, 3) ?? '';
}
