// What the sidebar sends through google.script.run. The client is not trusted: every payload is checked
// here, and a bad one gets a message naming the field, next to the form.

import * as z from 'zod/mini';

const MAX_NOTE = 1000;
export { MAX_CONFIDENCE } from './confidence';

const ID = z.string().check(z.trim(), z.minLength(1, 'Choose an item to check in.'), z.maxLength(100, 'That ID is too long.'));

export const checkInPayloadSchema = z.object({
  id: ID,
  value: z.union([z.string().check(z.maxLength(100, 'The value is too long: type just the number.')), z.boolean()]),
  confidence: z.optional(z.union([z.string().check(z.maxLength(20, 'Confidence is a number from 0 to 10.')), z.number()])),
  note: z.optional(z.string().check(z.maxLength(MAX_NOTE, `Keep the note to ${MAX_NOTE.toLocaleString('en-US')} characters.`))),
});

export type CheckInPayload = z.infer<typeof checkInPayloadSchema>;

export const ownerChoiceSchema = z.string().check(z.maxLength(200, 'That owner name is too long.'));

export const draftRowSchema = z.object({
  kind: z.enum(['KPI', 'KR']),
  name: z.string().check(z.trim(), z.minLength(1, 'Give the draft a name.'), z.maxLength(500, 'Keep the name under 500 characters.')),
  owner: z.string().check(z.trim(), z.maxLength(200, 'That owner name is too long.')),
  unit: z.string().check(z.trim(), z.maxLength(20, 'Keep the unit short, like %, $ or days.')),
  /** KPI: Min and Max; KR: Start and Target. Typed text, read like a typed cell. */
  low: z.string().check(z.maxLength(50, 'That number is too long.')),
  high: z.string().check(z.maxLength(50, 'That number is too long.')),
  /** The objective a key result goes under. */
  objectiveId: z.optional(z.string().check(z.maxLength(100, 'That objective ID is too long.'))),
});

const leaning = z.enum(['KPI', 'OKR']);

export const answersSchema = z.object({ process: leaning, purpose: leaning, standard: leaning, initiative: leaning });

export type DraftRowPayload = z.infer<typeof draftRowSchema>;

export type FieldProblem<F extends string> = { ok: false; field: F | 'form'; message: string };

/** The first problem zod found, with the field it belongs to, or a plain "could not read" for the shape. */
export function payloadProblem<F extends string>(error: z.core.$ZodError, fields: readonly F[]): FieldProblem<F> {
  const issue = error.issues[0];
  const field = fields.find((name) => name === issue?.path[0]);
  if (issue === undefined || field === undefined || issue.code === 'invalid_type' || issue.code === 'invalid_union') {
    return { ok: false, field: field ?? 'form', message: 'The sidebar sent something the add-on cannot read. Close the sidebar and open it again.' };
  }
  return { ok: false, field, message: issue.message };
}
