// What belongs to the script project rather than to one document: its clock triggers and the mail its
// users sent (quotas are per user, across documents). Pass one Project to several loadAddon calls to run
// the same script in several documents.
import { Outbox } from './outbox';
import { TriggerStore } from './triggers';

export class Project {
  readonly triggers = new TriggerStore();
  readonly outbox = new Outbox();
}
