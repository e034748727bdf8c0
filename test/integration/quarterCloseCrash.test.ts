// Crash safety: Apps Script can stop at any service call (a timeout, a quota, a closed tab). For every
// call of a close, a run that fails there and is then run again must leave exactly the workbook an
// uninterrupted close leaves: no duplicate archive, no duplicate history row, no lost row.
import { describe, expect, it } from 'vitest';
import { stringContaining, stringMatching } from '../matchers';
import { open } from './harness';
import { closingBook } from '../fixtures/closingBook';

function close(addon: ReturnType<typeof open>['addon'], mode: 'keep' | 'empty'): unknown {
  return addon.run('confirmQuarterClose', { args: [{ mode }] });
}

function uninterrupted(mode: 'keep' | 'empty') {
  const { addon, workbook } = open(closingBook());
  addon.counter.reset();
  close(addon, mode);
  // A read changes nothing, so failing at it leaves what failing at the next write leaves: writes suffice.
  const { sequence } = addon.counter;
  const writes = sequence.flatMap((key, index) => (/\.(get|is|has)[A-Z]/.test(key) ? [] : [index + 1]));
  // Calls that cannot stop the close: a toast (it only reports), or any call after the journal recorded
  // the last step (everything is written and flushed by then).
  const finished = sequence.lastIndexOf('Properties.setProperty') + 1;
  const harmless = new Set(writes.filter((call) => call > finished || sequence[call - 1] === 'Spreadsheet.toast'));
  return {
    writes,
    harmless,
    snapshot: workbook.toJSON(),
    journal: JSON.parse(addon.properties.document.quarterClose ?? '') as unknown,
  };
}

describe('a close interrupted at any service call', () => {
  for (const mode of ['keep', 'empty'] as const) {
    it(`finishes on a re-run exactly as an uninterrupted close (${mode})`, () => {
      const expected = uninterrupted(mode);
      expect(expected.writes.length).toBeGreaterThan(20);
      expect(expected.harmless.size).toBeGreaterThan(6); // six step toasts, the summary toast, the lock's release
      for (const call of expected.writes) {
        const { addon, workbook } = open(closingBook());
        addon.counter.failOnCall(call, `Service unavailable (call ${call})`);
        if (expected.harmless.has(call)) {
          // The close finished: the person reads the summary, not a bare "Service unavailable".
          expect(close(addon, mode), `call ${call}`).toEqual({
            ok: true,
            message: stringContaining('2026-Q4 closed; OKRs now hold 2027-Q1.'),
          });
        } else {
          expect(() => close(addon, mode), `call ${call}`).toThrow(`Service unavailable (call ${call})`);
        }
        // Past the last journal entry the close is complete, and a re-run says so.
        expect(close(addon, mode), `re-run after call ${call}`).toMatchObject(
          expect.objectContaining({
            message: stringMatching(/2026-Q4 closed|already holds 2027-Q1|2026-Q4 was closed on/),
          }),
        );
        expect(workbook.toJSON(), `after a failure at call ${call}`).toEqual(expected.snapshot);
        expect(JSON.parse(addon.properties.document.quarterClose ?? '')).toEqual(expected.journal);
      }
    }, 120_000);
  }

  it('a failure says the close stopped and how to finish it', () => {
    const { addon } = open(closingBook());
    addon.counter.failOnCall(40);
    expect(() => close(addon, 'keep')).toThrow(
      /stopped part-way: Injected failure\. Nothing is lost: run Start new quarter… again/,
    );
    expect(addon.run('getQuarterClosePreview')).toMatchObject({
      ok: true,
      quarter: '2026-Q4',
      resume: { mode: 'keep' },
    });
  });

  it("a close stopped after some rows were rolled still previews the quarter's final grades, from the archive", () => {
    const { addon } = open(closingBook());
    const before = addon.run('getQuarterClosePreview') as { objectives: unknown; spread: unknown };
    addon.counter.reset();
    close(addon, 'keep');
    // Fail at the second row deletion: the first met key result is already gone from the live tab.
    const secondDeletion =
      addon.counter.sequence.indexOf('Sheet.deleteRows', addon.counter.sequence.indexOf('Sheet.deleteRows') + 1) + 1;
    const { addon: again, workbook } = open(closingBook());
    again.counter.reset();
    again.counter.failOnCall(secondDeletion);
    expect(() => close(again, 'keep')).toThrow('stopped part-way');
    expect(workbook.read('OKRs').values()).not.toEqual(closingBook().OKRs.values); // part of the roll is done
    expect(again.run('getQuarterClosePreview')).toMatchObject({
      objectives: before.objectives,
      spread: before.spread,
      resume: { mode: 'keep' },
    });
  });
});
