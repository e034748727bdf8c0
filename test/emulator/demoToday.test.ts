// The playground's demo company is moved to the day it is opened (docs/decisions.md, "The demo company moves to
// today's quarter"): a newcomer never opens on an old quarter, whatever the date.
import { describe, expect, it } from 'vitest';
import { demoWorkbook } from '../../emulator/playground/demoWorkbook';

const day = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

function column(values: unknown[][], title: string): unknown[] {
  const index = values[0]?.indexOf(title) ?? -1;
  return values.slice(1).map((row) => row[index]);
}

describe('the demo company on another day', () => {
  const opened = demoWorkbook(new Date('2027-05-10T09:00:00Z'));
  const okrs = opened.read('OKRs').values();

  it("names today's quarter on every row and ends its key results with that quarter", () => {
    expect(new Set(column(okrs, 'Quarter'))).toEqual(new Set(['2027-Q2']));
    const dues = column(okrs, 'Due').filter((due): due is Date => due instanceof Date);
    expect(dues.length).toBeGreaterThan(0);
    expect(dues.map((due) => due.toISOString().slice(0, 10))).toContain('2027-06-30');
  });

  it('keeps each date at its distance from the example day (2026-11-23)', () => {
    const kpis = opened.read('KPIs').values();
    const example = demoWorkbook(day('2026-11-23')).read('KPIs').values();
    const shift = day('2027-05-10').getTime() - day('2026-11-23').getTime();
    const updated = column(kpis, 'Updated') as Date[];
    const exampleUpdated = column(example, 'Updated') as Date[];
    expect(updated.map((date) => date.getTime())).toEqual(exampleUpdated.map((date) => date.getTime() + shift));
  });
});
