// The project's installable clock triggers: who created each, for which document, and when it is next due.
// Shared by every document the script runs in (the 20-per-user limit is per script), so tests may hand
// one store to several loaded add-ons.

/** When a clock trigger fires, as its builder described it. Weekdays run 1 = Monday … 7 = Sunday. */
export type Schedule =
  | {
      readonly kind: 'weekly';
      readonly weekDay: number;
      readonly everyWeeks: number;
      readonly hour: number;
      readonly minute: number;
    }
  | { readonly kind: 'daily'; readonly everyDays: number; readonly hour: number; readonly minute: number }
  | { readonly kind: 'hourly'; readonly everyHours: number };

export interface ClockTrigger {
  readonly uniqueId: string;
  readonly handlerFunction: string;
  /** The user who created it: it runs as them. */
  readonly user: string;
  readonly documentId: string;
  readonly schedule: Schedule;
  readonly timeZone: string;
  /** When it was created (ms): recurrences count from here. */
  readonly createdAt: number;
}

export class TriggerStore {
  readonly triggers: ClockTrigger[] = [];
  #nextId = 1;

  newUniqueId(): string {
    // Google's ids are long decimal strings; a recognisable, increasing one is enough here.
    const id = String(7_000_000_000 + this.#nextId);
    this.#nextId += 1;
    return id;
  }

  add(trigger: ClockTrigger): void {
    this.triggers.push(trigger);
    // A restored trigger keeps its id, and new ids never repeat it.
    this.#nextId = Math.max(this.#nextId, Number(trigger.uniqueId) - 7_000_000_000 + 1);
  }

  remove(uniqueId: string): void {
    const index = this.triggers.findIndex((trigger) => trigger.uniqueId === uniqueId);
    if (index >= 0) this.triggers.splice(index, 1);
  }

  find(uniqueId: string): ClockTrigger | undefined {
    return this.triggers.find((trigger) => trigger.uniqueId === uniqueId);
  }

  ofUser(user: string): ClockTrigger[] {
    return this.triggers.filter((trigger) => trigger.user === user);
  }

  ofUserInDocument(user: string, documentId: string): ClockTrigger[] {
    return this.ofUser(user).filter((trigger) => trigger.documentId === documentId);
  }
}

/** Google picks a minute (and, without atHour, an hour) at random, then keeps it: here it comes from the id. */
export function stableMinute(uniqueId: string): number {
  return Number(uniqueId) % 60;
}

export function stableHour(uniqueId: string): number {
  return Number(uniqueId) % 24;
}
