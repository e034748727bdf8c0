// Integration tests drive dist/Code.js — the file Google runs — inside the emulator.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  createWorkbook,
  loadAddon,
  runForClient,
  type Addon,
  type CellValue,
  type SheetFixture,
  type Workbook,
} from '../../emulator/index';
import type { ServerApi, ServerFunctionName, ServerReply } from '../../src/server/api';
import { TODAY } from '../fixtures/examples';

const CODE_PATH = fileURLToPath(new URL('../../dist/Code.js', import.meta.url));
const SIDEBAR_PATH = fileURLToPath(new URL('../../dist/Sidebar.html', import.meta.url));
let code: string | undefined;
let sidebar: string | undefined;

export function bundleCode(): string {
  code ??= readFileSync(CODE_PATH, 'utf8');
  return code;
}

/** The built Sidebar.html, as the project's HTML file `Sidebar`. */
export function sidebarHtml(): string {
  sidebar ??= readFileSync(SIDEBAR_PATH, 'utf8');
  return sidebar;
}

export function open(sheets: Record<string, SheetFixture>, options: { now?: Date; timeZone?: string } = {}) {
  const workbook = createWorkbook({
    sheets,
    ...(options.timeZone === undefined ? {} : { timeZone: options.timeZone }),
  });
  const addon = loadAddon({
    code: bundleCode(),
    workbook,
    now: options.now ?? TODAY,
    user: 'lead@example.com',
    htmlFiles: { Sidebar: sidebarHtml() },
  });
  return { workbook, addon };
}

/**
 * A menu click or dialog call on the bundle's own objects (no JSON copy), typed as the handler in src
 * returns it: the bundle is that code, so its reply has that shape, as the sidebar's callServer assumes.
 */
export function runHandler<Name extends ServerFunctionName>(
  addon: Addon,
  name: Name,
  ...args: Parameters<ServerApi[Name]>
): ServerReply<Name> {
  return addon.run(name, { args }) as ServerReply<Name>;
}

/** A google.script.run call: the JSON copy the client's success handler receives; a server exception throws. */
export function callServer<Name extends ServerFunctionName>(
  addon: Addon,
  name: Name,
  ...args: Parameters<ServerApi[Name]>
): ServerReply<Name> {
  const reply = runForClient(addon, name, args);
  if (!reply.ok) throw new Error(reply.message);
  return reply.value as ServerReply<Name>;
}

/** A reply that must have succeeded, narrowed to its `ok: true` shape. */
export function succeeded<Reply extends { readonly ok: boolean }>(reply: Reply): Extract<Reply, { readonly ok: true }> {
  if (!reply.ok) throw new Error(`expected ok, got ${JSON.stringify(reply)}`);
  return reply as Extract<Reply, { readonly ok: true }>;
}

/** One column of a tab, below its header, found by header text. */
export function column(workbook: Workbook, sheet: string, title: string, headerRow = 1): CellValue[] {
  const values = workbook.read(sheet).values();
  const index = values[headerRow - 1]?.indexOf(title) ?? -1;
  if (index < 0) throw new Error(`no column ${title} on ${sheet}`);
  return values.slice(headerRow).map((row) => row[index] ?? '');
}

export function backgroundColumn(workbook: Workbook, sheet: string, title: string, headerRow = 1): string[] {
  const values = workbook.read(sheet).values();
  const index = values[headerRow - 1]?.indexOf(title) ?? -1;
  if (index < 0) throw new Error(`no column ${title} on ${sheet}`);
  return workbook
    .read(sheet)
    .backgrounds()
    .slice(headerRow, values.length)
    .map((row) => row[index] ?? '');
}

export const RED = '#f4c7c3';
export const YELLOW = '#fce8b2';
export const GREEN = '#b7e1cd';
export const GREY = '#e8eaed';
export const PURPLE_GREY = '#e1d5e7';
export const MUTED = '#f1f3f4';
export const WHITE = '#ffffff';

/**
 * What one job costs on a workbook whose ID memory is in place (as after any earlier job: a document's first
 * job reads every ID once): its service calls by name and the cells it reads.
 */
export function jobCost(
  sheets: Record<string, SheetFixture>,
  act: (addon: Addon) => void,
): { calls: Record<string, number>; cellsRead: number } {
  const { addon } = open(sheets);
  addon.properties.document.idsUsed = '';
  addon.counter.reset();
  act(addon);
  return { calls: Object.fromEntries(addon.counter.calls), cellsRead: addon.counter.cellsRead };
}
