// The Owners tab Set up creates: Name and Email, one row per person the KPIs and OKRs name as Owner, the
// addresses left for the team to fill in (the add-on cannot know them, and a made-up one would be mailed).

import { OWNER_COLUMNS } from '../workbook/owners';
import { OWNERS_TITLE } from '../workbook/tabNames';
import { looksLikeEmail } from '../reminders/people';
import type { TabLayout } from './layout';

// Plain, like the other tabs' text columns: Sheets' "@" text format would keep the apostrophe every written text carries.
const TEXT = '0.###############';

export function ownersLayout(owners: readonly string[]): TabLayout {
  const names = owners.filter((owner) => owner.trim() !== '' && !looksLikeEmail(owner));
  return {
    title: OWNERS_TITLE,
    header: [OWNER_COLUMNS.name.title, OWNER_COLUMNS.email.title],
    rows: names.map((name) => [name, '']),
    formats: names.map(() => [TEXT, TEXT]),
    columnFormats: [],
    lists: [],
    numberRanges: [],
    checkboxes: [],
    emails: [{ column: 1, help: 'The e-mail address reminders for this person go to.' }],
  };
}
