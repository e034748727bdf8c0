// The playground shows every script error, an onEdit failure included, where Sheets only logs it
// (docs/decisions.md, "The playground shows every script error"): the server answers a typed cell whose onEdit
// threw with that error, which the page shows as a red toast like any failed script (playgroundPanels.test.ts).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlayground, type Playground } from '../../emulator/playground/server';
import { TODAY } from '../fixtures/examples';

const CODE = `
function onEdit(e) {
  if (e.range.getA1Notation() === 'B2') throw new Error('Current must be a number');
}`;

let folder: string;
let playground: Playground;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'playground-edit-error-'));
  playground = await startPlayground({
    code: CODE,
    htmlFiles: {},
    workbookPath: join(folder, 'edit.local.json'),
    port: 0,
    now: TODAY,
  });
});

afterAll(async () => {
  await playground.close();
  await rm(folder, { recursive: true, force: true });
});

async function typeInto(a1: string, typed: string): Promise<unknown> {
  const response = await fetch(new URL('/edit', playground.url), {
    method: 'POST',
    body: JSON.stringify({ sheet: 'OKRs', a1, typed }),
  });
  return response.json();
}

describe('an onEdit that throws, in the playground', () => {
  it('is reported to the page with its message; an edit whose onEdit succeeds is not', async () => {
    expect(await typeInto('B2', '7')).toEqual({ ok: false, message: 'Current must be a number' });
    expect(await typeInto('B3', '7')).toEqual({ ok: true });
  });
});
