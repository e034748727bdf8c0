// The weekly digest one owner receives: their key results and KPIs due for a check-in, each with its status
// and score, and a link to the spreadsheet. Plain text and a simple HTML copy saying the same, in the
// add-on's plain tone. Everything a user typed is escaped in the HTML.

import type { DueItem } from './due';

export interface DigestMail {
  readonly subject: string;
  readonly body: string;
  readonly htmlBody: string;
}

export interface SpreadsheetLink {
  readonly name: string;
  readonly url: string;
}

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character] ?? character);
}

/** A subject is one line a mail list can show whole; a name is one line and never fills the mail. */
const SUBJECT_NAME_LENGTH = 60;
const ITEM_NAME_LENGTH = 200;

/** One line of at most `max` characters: line breaks and runs of spaces become one space, the rest `…`. */
export function oneLine(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

function line(item: DueItem): string {
  const score = item.score === '' ? '' : item.kind === 'keyResult' ? `, score ${item.score}` : `, now ${item.score}`;
  return `${item.id} ${oneLine(item.name, ITEM_NAME_LENGTH)}: ${item.status}${score} (${item.why})`;
}

function section(title: string, items: readonly DueItem[]): string[] {
  return items.length === 0 ? [] : [title, ...items.map((item) => `- ${line(item)}`), ''];
}

function htmlSection(title: string, items: readonly DueItem[]): string {
  if (items.length === 0) return '';
  const rows = items.map((item) => `<li>${escapeHtml(line(item))}</li>`).join('');
  return `<p><b>${escapeHtml(title)}</b></p><ul>${rows}</ul>`;
}

/** The mail for one owner; `items` are theirs and not empty. */
export function digestMail(owner: string, items: readonly DueItem[], spreadsheet: SpreadsheetLink): DigestMail {
  const keyResults = items.filter((item) => item.kind === 'keyResult');
  const kpis = items.filter((item) => item.kind === 'kpi');
  const count = items.length === 1 ? '1 item' : `${items.length} items`;
  const subject = `Check-in due: ${count} in ${oneLine(spreadsheet.name, SUBJECT_NAME_LENGTH)}`;
  const greeting = `Hello ${oneLine(owner, ITEM_NAME_LENGTH)},`;
  const intro = `These are due for a check-in in "${spreadsheet.name}":`;
  const how =
    'Open the spreadsheet and choose Extensions → KPI & OKR → Check in… to record a value, your confidence and a note.';
  const why = 'You get this weekly digest because you own these items and someone switched reminders on in Settings.';
  const body = [
    greeting,
    '',
    intro,
    '',
    ...section('Key results with no check-in for 7 days:', keyResults),
    ...section('KPIs due by their cadence:', kpis),
    how,
    spreadsheet.url,
    '',
    why,
  ].join('\n');
  const htmlBody =
    `<p>${escapeHtml(greeting)}</p><p>${escapeHtml(intro)}</p>` +
    htmlSection('Key results with no check-in for 7 days:', keyResults) +
    htmlSection('KPIs due by their cadence:', kpis) +
    `<p>${escapeHtml(how)}</p><p><a href="${escapeHtml(spreadsheet.url)}">Open ${escapeHtml(spreadsheet.name)}</a></p>` +
    `<p style="color:#5f6368">${escapeHtml(why)}</p>`;
  return { subject, body, htmlBody };
}
