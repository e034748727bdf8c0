// The checks every bad-input case makes, shared by badInputCorpus.test.ts and badInputTeamsCorpus.test.ts: a
// readable message, a refusal thrown as a plain Error, and which cells an action changed.
import { expect } from 'vitest';
import type { WorkbookSnapshot } from '../../emulator/index';
import type { open } from './harness';

/** A message a person can read: not empty, not a JavaScript artefact, no stack trace, not a wall of text. */
export function expectReadable(message: unknown): string {
  expect(typeof message, 'the message is text').toBe('string');
  const text = message as string;
  expect(text.trim(), 'the message is not empty').not.toBe('');
  expect(['undefined', 'null', '[object Object]', 'NaN']).not.toContain(text.trim());
  expect(text, 'no stack trace').not.toMatch(/\n\s+at\s|\bat .+:\d+:\d+/);
  expect(text, 'no JavaScript error').not.toMatch(
    /^(TypeError|ReferenceError|RangeError|SyntaxError|Exception)\b|Cannot read propert|is not a function|is not defined|undefined|\[object Object\]/,
  );
  expect(text.length, 'a message a person reads, not the payload echoed back').toBeLessThanOrEqual(500);
  return text;
}

export type Outcome = { returned: unknown } | { thrown: { name: string; message: string } };

/** Calls a handler as google.script.run does: JSON arguments, and a throw is the failure handler's message. */
export function callHandler(addon: ReturnType<typeof open>['addon'], fn: string, args: unknown[]): Outcome {
  try {
    const value = addon.run(fn, { args: JSON.parse(JSON.stringify(args)) as unknown[] });
    return { returned: value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as unknown) };
  } catch (error) {
    // Errors come from the script's realm: `instanceof Error` is false here, so read the fields.
    const { name, message } = error as { name?: unknown; message?: unknown };
    return { thrown: { name: String(name), message: String(message) } };
  }
}

/** A thrown error is how a handler reports a refusal; it must be a plain Error with a readable message. */
export function expectRefusalError(thrown: { name: string; message: string }): string {
  expect(thrown.name, `a deliberate Error, not ${thrown.name}: ${thrown.message.slice(0, 200)}`).toBe('Error');
  return expectReadable(thrown.message);
}

export interface Change {
  sheet: string;
  cell: string;
  column: string;
  row: number;
  before: Record<string, unknown> | undefined;
  after: Record<string, unknown> | undefined;
}

export function splitA1(a1: string): { column: string; row: number } {
  const match = /^([A-Z]+)(\d+)$/.exec(a1)!;
  return { column: match[1]!, row: Number(match[2]) };
}

/** Every cell that differs between two snapshots, and every tab added or removed (as cell ''). */
export function changedCells(before: WorkbookSnapshot, after: WorkbookSnapshot): Change[] {
  const changes: Change[] = [];
  const names = new Set([...before.sheets.map((s) => s.name), ...after.sheets.map((s) => s.name)]);
  for (const sheet of names) {
    const was = before.sheets.find((s) => s.name === sheet);
    const now = after.sheets.find((s) => s.name === sheet);
    if (was === undefined || now === undefined) {
      changes.push({ sheet, cell: '', column: '', row: 0, before: was?.cells, after: now?.cells });
      continue;
    }
    for (const cell of new Set([...Object.keys(was.cells), ...Object.keys(now.cells)])) {
      const a = was.cells[cell];
      const b = now.cells[cell];
      if (JSON.stringify(a) !== JSON.stringify(b)) changes.push({ sheet, cell, ...splitA1(cell), before: a, after: b });
    }
  }
  return changes;
}

export function headerOf(snapshot: WorkbookSnapshot, sheet: string): Record<string, string> {
  const cells = snapshot.sheets.find((s) => s.name === sheet)?.cells ?? {};
  const header: Record<string, string> = {};
  for (const [a1, cell] of Object.entries(cells)) {
    const { column: letter, row } = splitA1(a1);
    if (row === 1) header[letter] = typeof cell.value === 'string' ? cell.value : '';
  }
  return header;
}

/** Tab properties a write could change by mistake (a frozen row, a hidden tab, protection). */
export function sheetShapes(snapshot: WorkbookSnapshot) {
  return snapshot.sheets.map(({ name, frozenRows, hidden, protection }) => ({ name, frozenRows, hidden, protection }));
}

export function expectFiniteEverywhere(snapshot: WorkbookSnapshot): void {
  const bad = snapshot.sheets.flatMap((sheet) =>
    Object.entries(sheet.cells)
      .filter(([, cell]) => typeof cell.value === 'number' && !Number.isFinite(cell.value))
      .map(([a1, cell]) => `${sheet.name}!${a1}=${String(cell.value)}`),
  );
  expect(bad, 'never NaN or Infinity in a cell').toEqual([]);
}

export const COMPUTED: Record<string, string[]> = { OKRs: ['Score', 'Status', 'Last check-in'], KPIs: ['Status'] };
export const FILLED_WHERE_BLANK: Record<string, string[]> = { OKRs: ['ID', 'Quarter'], KPIs: ['ID'] };

/** Refresh and onEdit own the computed columns (values, colours, formats), and ID and Quarter where blank. */
export function ownedByScoring(change: Change, after: WorkbookSnapshot): boolean {
  if (change.cell === '') return false;
  const computed = COMPUTED[change.sheet] ?? [];
  if (change.row === 1) return change.before === undefined && computed.includes(String(change.after?.value));
  const title = headerOf(after, change.sheet)[change.column] ?? '';
  if (computed.includes(title)) return true;
  const wasBlank = (change.before?.value ?? '') === '' && change.before?.formula === undefined;
  return (FILLED_WHERE_BLANK[change.sheet] ?? []).includes(title) && wasBlank;
}

/** Only the cells scoring owns changed (and those `alsoOwned` accepts), no tab's shape, no NaN anywhere. */
export function expectOnlyScoringChanged(
  before: WorkbookSnapshot,
  after: WorkbookSnapshot,
  alsoOwned: (change: Change) => boolean = () => false,
): void {
  const foreign = changedCells(before, after).filter((change) => !ownedByScoring(change, after) && !alsoOwned(change));
  expect(
    foreign.map(({ sheet, cell, before: was, after: now }) => ({ sheet, cell, was, now })),
    'user cells changed',
  ).toEqual([]);
  expect(sheetShapes(after)).toEqual(sheetShapes(before));
  expectFiniteEverywhere(after);
}
