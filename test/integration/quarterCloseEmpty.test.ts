// "Start empty" empties the closed quarter, not the tab: rows planned for a later quarter, or left from an
// earlier closed one, stay as they are. And a stopped close keeps the choice it started with.
import { describe, expect, it } from 'vitest';
import { closingBook, closingBookWithOtherQuarters } from '../fixtures/closingBook';
import { stringContaining } from '../matchers';
import { open, runHandler } from './harness';

function withOtherQuarters() {
  return closingBookWithOtherQuarters([
    ['O4', '2026-Q3', 'Old goal', '', 'Ana'],
    ['O4.1', '2026-Q3', '', 'Old result', 'Ana', 0, 10, 4],
    ['O5', '2027-Q1', 'Next goal', '', 'Ben'],
    ['O5.1', '2027-Q1', '', 'Planned', 'Ben', 0, 5, '', '', '', '', '', '', '', '', '3/4/2026'],
  ]);
}

describe('start empty', () => {
  it("removes only the closed quarter's rows: earlier and planned rows stay exactly as they were", () => {
    const { addon, workbook } = open(withOtherQuarters());
    const others = workbook.read('OKRs').values().slice(13);
    const reply = runHandler(addon, 'confirmQuarterClose', { mode: 'empty' });
    expect(reply).toMatchObject({ ok: true, message: stringContaining('0 key results kept for 2027-Q1') });
    const values = workbook.read('OKRs').values();
    expect(values.map((row) => row[0])).toEqual(['ID', 'O4', 'O4.1', 'O5', 'O5.1']);
    // Every cell of the other quarters' rows reads back as it was, the planned row's note `3/4/2026` too.
    expect(values.slice(1).map((row) => row.slice(0, 8).concat(row[15]!))).toEqual(
      others.map((row) => row.slice(0, 8).concat(row[15]!)),
    );
    expect(values[4]![15]).toBe('3/4/2026');
    expect(workbook.read('OKRs 2026-Q4').values()).toHaveLength(17);
    expect(workbook.read('OKRs 2026-Q4').values()[16]![15]).toBe('3/4/2026'); // the archive's rewrite keeps text as text
  });

  it('keeps the choice a stopped close started with, and says so when the retry asks for the other one', () => {
    const { addon, workbook } = open(closingBook());
    addon.counter.reset();
    addon.run('confirmQuarterClose', { args: [{ mode: 'empty' }] });
    const firstDeletion = addon.counter.sequence.indexOf('Sheet.deleteRows') + 1;
    const { addon: again, workbook: stopped } = open(closingBook());
    again.counter.reset();
    again.counter.failOnCall(firstDeletion);
    expect(() => again.run('confirmQuarterClose', { args: [{ mode: 'empty' }] })).toThrow('stopped part-way');
    expect(again.run('getQuarterClosePreview')).toMatchObject({ resume: { mode: 'empty' } });
    const reply = again.run('confirmQuarterClose', { args: [{ mode: 'keep' }] }) as { ok: boolean; message: string };
    expect(reply.ok).toBe(true);
    expect(reply.message).toMatch(
      /^This close started with "start empty" and part of it was done, so it finished that way\.\n2026-Q4 closed/,
    );
    expect(stopped.read('OKRs').values()).toEqual(workbook.read('OKRs').values());
    expect(stopped.read('OKRs').values()).toHaveLength(1);
  });
});
