// Settings panel, Weekly digest section: opt-in. Whoever switches it on owns its trigger (told so), can move it
// to another day and hour or switch it off; anyone else sees who has it on. Missing permissions are named,
// with Google's link to grant them, before the digest can be switched on.
import { el } from '../dom';
import { callServer, errorText, type ServerReply } from '../server';

type View = ServerReply<'getReminderSettings'>;

const DAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const;
type Day = (typeof DAYS)[number];

function dayName(day: Day): string {
  return day.charAt(0) + day.slice(1).toLowerCase();
}

function hourName(hour: number): string {
  return `${String(hour).padStart(2, '0')}:00`;
}

/** Draws the section into `root` and reads who has the digest on. */
export function renderWeeklyDigest(root: HTMLElement): void {
  const state = el('p', { className: 'secondary' }, 'Reading the reminder settings…');
  const day = el('select', { id: 'digest-day' }, ...DAYS.map((d) => el('option', { value: d }, dayName(d))));
  const hour = el(
    'select',
    { id: 'digest-hour' },
    ...Array.from({ length: 24 }, (_, h) => el('option', { value: String(h) }, hourName(h))),
  );
  const on = el('button', { type: 'button', className: 'action', id: 'digest-on' }, 'Switch on');
  const off = el('button', { type: 'button', id: 'digest-off' }, 'Switch off');
  const message = el('p', { className: 'secondary', id: 'digest-message' });
  const permissions = el('div', { className: 'block', id: 'digest-permissions' });
  const busy = (yes: boolean): void => {
    on.disabled = yes;
    off.disabled = yes;
  };

  const show = (view: View): void => {
    const { digest } = view;
    day.value = digest.schedule.day;
    hour.value = String(digest.schedule.hour);
    const when = `${dayName(digest.schedule.day)}s at ${hourName(digest.schedule.hour)} (${digest.timeZone})`;
    state.className = '';
    state.textContent = !digest.on
      ? 'The weekly digest is off.'
      : digest.mine
        ? `The weekly digest is on: ${when}. It runs as you.`
        : `The weekly digest is on: ${when}, switched on by ${digest.owner === '' ? 'another editor' : digest.owner}.`;
    on.textContent = digest.mine ? 'Change day and hour' : 'Switch on';
    const taken = digest.on && !digest.mine;
    on.hidden = taken;
    day.disabled = taken;
    hour.disabled = taken;
    off.hidden = !digest.mine;
    permissions.replaceChildren();
    if (view.missingPermissions.length > 0) {
      permissions.append(
        el('p', { className: 'error' }, 'Before it can be switched on, the digest needs permission to:'),
        el('ul', {}, ...view.missingPermissions.map((purpose) => el('li', {}, purpose))),
      );
      if (view.authorizationUrl !== '') {
        permissions.append(
          el('a', { href: view.authorizationUrl, target: '_blank', rel: 'noopener' }, 'Grant these permissions'),
        );
      }
    }
  };

  const answer = (reply: ServerReply<'switchDigestOn'>): void => {
    show(reply.view);
    message.className = reply.ok ? 'success' : 'error';
    message.textContent = reply.message;
  };
  const failed = (error: unknown): void => {
    message.className = 'error';
    message.textContent = errorText(error);
  };

  on.onclick = () => {
    busy(true);
    callServer('switchDigestOn', { day: day.value, hour: Number(hour.value) })
      .then(answer, failed)
      .finally(() => busy(false));
  };
  off.onclick = () => {
    busy(true);
    callServer('switchDigestOff')
      .then(answer, failed)
      .finally(() => busy(false));
  };

  root.append(
    el('h2', {}, 'Weekly digest'),
    el(
      'p',
      { className: 'secondary' },
      'Once a week, each owner with a key result not checked in for 7 days, or a KPI due by its cadence, gets ' +
        'one e-mail listing them with a link to this spreadsheet. It runs from a trigger that belongs to whoever ' +
        'switches it on, and goes out from their account.',
    ),
    state,
    el('div', { className: 'block' }, el('label', {}, 'Day ', day), ' ', el('label', {}, 'Hour ', hour)),
    el('div', { className: 'block' }, on, ' ', off),
    message,
    permissions,
    el(
      'p',
      { className: 'secondary block' },
      'Owners are found by the address in their Owner cell, or by name on the Owners tab (Name, Email). ' +
        'Who was mailed and who was skipped is written to the Reminders log tab.',
    ),
  );
  busy(true);
  callServer('getReminderSettings')
    .then(show, failed)
    .finally(() => busy(false));
}
