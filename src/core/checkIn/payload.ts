// What the sidebar sends through google.script.run. The client is not trusted: every payload is checked
// here, and a bad one gets a message naming the field, next to the form.

import * as z from 'zod/mini';

const MAX_NOTE = 1000;
export { MAX_CONFIDENCE } from '../okr/confidence';

/**
 * What one cell holds in Sheets. Anything the sidebar offers from the sheet (an ID, an owner, an
 * objective) was read from a cell, so it fits in this and must be accepted back; only what a person types
 * into the form has tighter limits, each with a message that says what to do.
 */
export const CELL_LIMIT = 50_000;

const ID = z
  .string()
  .check(
    z.trim(),
    z.minLength(1, 'Choose an item to check in.'),
    z.maxLength(CELL_LIMIT, 'That ID is longer than a cell holds.'),
  );

export const checkInPayloadSchema = z.object({
  id: ID,
  value: z.union([z.string().check(z.maxLength(100, 'The value is too long: type just the number.')), z.boolean()]),
  confidence: z.optional(
    z.union([z.string().check(z.maxLength(20, 'Confidence is a number from 0 to 10.')), z.number()]),
  ),
  note: z.optional(
    z.string().check(z.maxLength(MAX_NOTE, `Keep the note to ${MAX_NOTE.toLocaleString('en-US')} characters.`)),
  ),
  /** What the person saw when they picked the item: a save checks the row still shows it. */
  name: z.optional(z.string()),
  objective: z.optional(z.string()),
});

export type CheckInPayload = z.infer<typeof checkInPayloadSchema>;

const OWNER_TOO_LONG = 'That owner name is longer than a cell holds.';

export const ownerChoiceSchema = z.string().check(z.maxLength(CELL_LIMIT, OWNER_TOO_LONG));

export const draftRowSchema = z.object({
  kind: z.enum(['KPI', 'KR']),
  name: z
    .string()
    .check(z.trim(), z.minLength(1, 'Give the draft a name.'), z.maxLength(500, 'Keep the name under 500 characters.')),
  owner: z.string().check(z.trim(), z.maxLength(CELL_LIMIT, OWNER_TOO_LONG)),
  unit: z.string().check(z.trim(), z.maxLength(20, 'Keep the unit short, like %, $ or days.')),
  /** KPI: Min and Max; KR: Start and Target. Typed text, read like a typed cell. */
  low: z.string().check(z.maxLength(50, 'That number is too long.')),
  high: z.string().check(z.maxLength(50, 'That number is too long.')),
  /** The objective a key result goes under. */
  objectiveId: z.optional(z.string().check(z.maxLength(CELL_LIMIT, 'That objective ID is longer than a cell holds.'))),
});

const leaning = z.enum(['KPI', 'OKR']);

export const answersSchema = z.object({ process: leaning, purpose: leaning, standard: leaning, initiative: leaning });

export type DraftRowPayload = z.infer<typeof draftRowSchema>;

export type FieldProblem<F extends string> = { ok: false; field: F | 'form'; message: string };

/** How each payload field is named to the person, so a refusal says which part of the form it means. */
const LABELS: Readonly<Record<string, string>> = {
  id: 'The item',
  value: 'The value',
  confidence: 'The confidence',
  note: 'The note',
  owner: 'The owner',
  team: 'The team',
  kind: 'The kind (KPI or key result)',
  name: 'The name',
  unit: 'The unit',
  low: 'The low number',
  high: 'The high number',
  objectiveId: 'The objective',
};

const EXPECTED: Readonly<Record<string, string>> = {
  string: 'text',
  boolean: 'a tick box',
  number: 'a number',
  object: "the form's fields",
};

/** What the sidebar sent, in words: `the number 5`, `a tick box`, `nothing`. */
function described(value: unknown): string {
  if (value === undefined || value === null) return 'nothing';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return 'a tick box';
  return Array.isArray(value) ? 'a list' : 'a set of fields';
}

/** The types a failed issue wanted: one for invalid_type, each branch's for a union (`text or a tick box`). */
function expectedOf(issue: z.core.$ZodIssue): string {
  const types =
    issue.code === 'invalid_union'
      ? issue.errors.flatMap((branch) => branch.map((inner) => (inner.code === 'invalid_type' ? inner.expected : '')))
      : issue.code === 'invalid_type'
        ? [issue.expected]
        : [];
  const words = types.filter((type) => type !== '').map((type) => EXPECTED[type] ?? type);
  return words.length > 0 ? words.join(' or ') : 'something else';
}

const REOPEN = 'Close the sidebar and open it again.';

/**
 * The first problem zod found, with the field it belongs to and what is wrong with it. A payload that is
 * one value (the owner) reports against its one field. `input` is what the sidebar sent, so a refusal can
 * say what arrived instead of what was expected.
 */
export function payloadProblem<F extends string>(
  error: z.core.$ZodError,
  fields: readonly F[],
  input: unknown,
): FieldProblem<F> {
  const issue = error.issues[0];
  if (issue === undefined)
    return { ok: false, field: 'form', message: `The sidebar sent something the add-on cannot read. ${REOPEN}` };
  const key = issue.path.length === 0 && fields.length === 1 ? fields[0] : issue.path[0];
  const field = fields.find((name) => name === key) ?? 'form';
  const typeProblem = issue.code === 'invalid_type' || issue.code === 'invalid_union' || issue.code === 'invalid_value';
  if (!typeProblem) return { ok: false, field, message: issue.message };
  const atRoot = key === undefined;
  const sent =
    issue.path.length === 0
      ? input
      : typeof input === 'object' && input !== null
        ? (input as Record<PropertyKey, unknown>)[key as PropertyKey]
        : undefined;
  if (atRoot) {
    return {
      ok: false,
      field,
      message: `The sidebar sent ${described(sent)} instead of the form's fields, which the add-on cannot read. ${REOPEN}`,
    };
  }
  const label = LABELS[String(key)] ?? `The field ${String(key)}`;
  const wanted =
    issue.code === 'invalid_value' ? issue.values.map((value) => String(value)).join(' or ') : expectedOf(issue);
  const what = sent === undefined ? 'is missing' : `arrived as ${described(sent)}, not ${wanted}`;
  return { ok: false, field, message: `${label} ${what}, which the add-on cannot read. ${REOPEN}` };
}
