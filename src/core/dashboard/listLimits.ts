// A dashboard is read by a person: past a few hundred lines nobody reads on, and every line is cells the tab
// writes on each Refresh. So Vital signs and Steering list at most these many, the rest counted on one line
// that sends the reader to their tab; what needs attention comes first, so what is left out is the least urgent
// (Vital signs), or the last in sheet order (Steering). The tab's cost then stops growing with the sheet.

export const MAX_VITAL_SIGNS = 200;
export const MAX_STEERING_OBJECTIVES = 100;

/** `…and 1,234 more KPIs: see the KPIs tab.`, for what a list left out. */
export function moreLine(count: number, what: 'KPI' | 'objective', tab: string): string {
  return `…and ${count.toLocaleString('en-US')} more ${what}${count === 1 ? '' : 's'}: see the ${tab} tab.`;
}
