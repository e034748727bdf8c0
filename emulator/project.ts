// What belongs to the script project rather than to one document: its clock triggers and the mail its
// users sent (quotas are per user, across documents). Pass one Project to several loadAddon calls to run
// the same script in several documents.
import type { SentMail } from './outbox';
import { Outbox } from './outbox';
import type { ClockTrigger } from './triggers';
import { TriggerStore } from './triggers';

/** What a saved playground file keeps of the project: its triggers and the mail sent so far. */
export interface ProjectSnapshot {
  readonly triggers: readonly ClockTrigger[];
  readonly mails: readonly SentMail[];
}

export class Project {
  readonly triggers = new TriggerStore();
  readonly outbox = new Outbox();

  toJSON(): ProjectSnapshot {
    return { triggers: [...this.triggers.triggers], mails: [...this.outbox.sent] };
  }

  static restore(snapshot: ProjectSnapshot): Project {
    const project = new Project();
    for (const trigger of snapshot.triggers) project.triggers.add(trigger);
    project.outbox.sent.push(...snapshot.mails);
    return project;
  }
}
