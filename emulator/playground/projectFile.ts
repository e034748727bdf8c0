// The script project's part of a saved playground file: the clock triggers people switched on and the
// mail sent so far, so a restart still has the trigger that the add-on's settings say exists.
import * as z from 'zod/mini';
import type { Addon, ProjectSnapshot } from '../index';
import type { SavedBook } from './workerMessages';

const hourAndMinute = { hour: z.number(), minute: z.number() };
const schedule = z.union([
  z.object({ kind: z.literal('weekly'), weekDay: z.number(), everyWeeks: z.number(), ...hourAndMinute }),
  z.object({ kind: z.literal('daily'), everyDays: z.number(), ...hourAndMinute }),
  z.object({ kind: z.literal('hourly'), everyHours: z.number() }),
]);

export const projectSnapshotSchema = z.object({
  triggers: z.array(
    z.object({
      uniqueId: z.string(),
      handlerFunction: z.string(),
      user: z.string(),
      documentId: z.string(),
      schedule,
      timeZone: z.string(),
      createdAt: z.number(),
    }),
  ),
  mails: z.array(
    z.object({
      to: z.array(z.string()),
      cc: z.array(z.string()),
      bcc: z.array(z.string()),
      subject: z.string(),
      body: z.string(),
      htmlBody: z.optional(z.string()),
      name: z.optional(z.string()),
      replyTo: z.optional(z.string()),
      noReply: z.boolean(),
      from: z.string(),
      time: z.number(),
    }),
  ),
});

/** The book as the worker saves it, with the project as it is now. */
export function withProject(book: SavedBook, addon: Addon): SavedBook {
  const project: ProjectSnapshot = addon.project.toJSON();
  return { ...book, project };
}
