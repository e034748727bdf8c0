// The KPI audit's three kinds. A health KPI guards the business (revenue, churn), an operational one
// guards a routine (uptime, attendance), a strategic one is where the next OKR should push. The kind
// decides which KPIs are listed first and which may plateau without it being worth an OKR.

import { readText, type Cell, type CellReading } from '../cells';
import { quote } from '../quote';

export const KPI_TYPES = ['health', 'strategic', 'operational'] as const;

export type KpiType = (typeof KPI_TYPES)[number];

/** `Health`, ` strategic `… → the type; blank → blank (a Type is optional); anything else is invalid. */
export function readKpiType(cell: Cell): CellReading<KpiType> {
  const text = readText(cell);
  if (text === '') return { kind: 'blank' };
  const word = text.toLowerCase();
  const type = KPI_TYPES.find((kind) => kind === word);
  return type !== undefined
    ? { kind: 'value', value: type }
    : { kind: 'invalid', why: `${quote(text)} is not health, operational or strategic` };
}
