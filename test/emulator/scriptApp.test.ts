// ScriptApp clock triggers in an editor add-on (contract §17), firing them, and authorisation info.
import { describe, expect, it } from 'vitest';
import { createWorkbook, loadAddon, Project, SCOPES } from '../../emulator/index';
import type { LoadOptions, ProjectSnapshot } from '../../emulator/index';

// A stand-in for an add-on's reminders: build a trigger from steps, list, delete, and a handler.
const CODE = String.raw`
function build(steps) {
  PropertiesService.getDocumentProperties().setProperty('fileId', SpreadsheetApp.getActiveSpreadsheet().getId());
  var builder = ScriptApp.newTrigger('weeklyDigest').timeBased();
  steps.forEach(function (step) {
    var arg = step[0] === 'onWeekDay' ? ScriptApp.WeekDay[step[1]] : step[1];
    builder = builder[step[0]](arg);
  });
  return builder.create().getUniqueId();
}
function enableDigest() {
  return build([['onWeekDay', 'MONDAY'], ['atHour', 9], ['nearMinute', 0]]);
}
function describeTrigger(t) {
  return {
    id: t.getUniqueId(),
    handler: t.getHandlerFunction(),
    eventType: String(t.getEventType()),
    source: String(t.getTriggerSource()),
    isClock: t.getEventType() === ScriptApp.EventType.CLOCK && t.getTriggerSource() === ScriptApp.TriggerSource.CLOCK,
  };
}
function listTriggers() { return ScriptApp.getProjectTriggers().map(describeTrigger); }
function listUserTriggers() {
  return ScriptApp.getUserTriggers(SpreadsheetApp.getActiveSpreadsheet()).map(describeTrigger);
}
function disableDigest() {
  ScriptApp.getProjectTriggers().forEach(function (t) { ScriptApp.deleteTrigger(t); });
}
function authStatus(scopes) {
  var info = scopes ? ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL, scopes)
    : ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL);
  return {
    status: String(info.getAuthorizationStatus()),
    required: info.getAuthorizationStatus() === ScriptApp.AuthorizationStatus.REQUIRED,
    scopes: info.getAuthorizedScopes(),
    hasUrl: info.getAuthorizationUrl() !== null,
  };
}
function nowIso() { return new Date().toISOString(); }
function onOpen(e) { return ScriptApp.getProjectTriggers().length; }
function weeklyDigest(e) {
  var seen = {
    keys: Object.keys(e).sort(),
    authMode: String(e.authMode),
    isFull: e.authMode === ScriptApp.AuthMode.FULL,
    triggerUid: e.triggerUid,
    dayOfWeek: e['day-of-week'], dayOfMonth: e['day-of-month'], hour: e.hour, minute: e.minute,
    month: e.month, year: e.year, weekOfYear: e['week-of-year'], timezone: e.timezone,
    activeIsNull: SpreadsheetApp.getActiveSpreadsheet() === null,
    effectiveUser: Session.getEffectiveUser().getEmail(),
  };
  try { SpreadsheetApp.getUi(); } catch (error) { seen.uiError = error.message; }
  var file = SpreadsheetApp.openById(PropertiesService.getDocumentProperties().getProperty('fileId'));
  seen.fileName = file.getName();
  file.getSheetByName('Log').appendRow(['ran', seen.effectiveUser]);
  return seen;
}
`;

const NOW = new Date('2026-11-15T12:00:00Z'); // a Sunday
const LEAD = 'lead@example.com';
const ANN = 'ann@example.com';

function load(options: Partial<LoadOptions> = {}) {
  const workbook = createWorkbook({ sheets: { Log: { values: [['What', 'Who']] } } });
  const addon = loadAddon({ code: CODE, workbook, now: NOW, user: LEAD, ...options });
  return { workbook, addon };
}

describe('ScriptApp clock triggers (contract §17 "building a clock trigger")', () => {
  it('the documented weekly example creates a CLOCK trigger its creator can list, with its getters', () => {
    const { addon } = load();
    const id = addon.run('enableDigest') as string;
    expect(typeof id).toBe('string');
    expect(addon.run('listTriggers')).toEqual([
      { id, handler: 'weeklyDigest', eventType: 'CLOCK', source: 'CLOCK', isClock: true },
    ]);
    expect(addon.triggers).toEqual([
      {
        uniqueId: id,
        handlerFunction: 'weeklyDigest',
        user: LEAD,
        documentId: expect.any(String) as unknown,
        schedule: { kind: 'weekly', weekDay: 1, everyWeeks: 1, hour: 9, minute: 0 },
        timeZone: 'Etc/UTC',
        createdAt: NOW.getTime(),
      },
    ]);
  });

  it('getUserTriggers(spreadsheet) lists the same trigger for this file (inferred)', () => {
    const { addon } = load();
    const id = addon.run('enableDigest') as string;
    expect(addon.run('listUserTriggers')).toEqual([
      { id, handler: 'weeklyDigest', eventType: 'CLOCK', source: 'CLOCK', isClock: true },
    ]);
  });

  it("everyMinutes: 'The recurrence interval for an Add-on trigger must be at least one hour.'; everyHours(1) is allowed", () => {
    const { addon } = load();
    const error = (() => {
      try {
        addon.run('build', { args: [[['everyMinutes', 30]]] });
      } catch (e) {
        return e as Error;
      }
      throw new Error('expected a throw');
    })();
    expect([error.name, error.message]).toEqual([
      'Exception',
      'The recurrence interval for an Add-on trigger must be at least one hour.',
    ]);
    expect(addon.triggers).toEqual([]);
    addon.run('build', { args: [[['everyHours', 1]]] });
    expect(addon.triggers.map((t) => t.schedule)).toEqual([{ kind: 'hourly', everyHours: 1 }]);
  });

  it('atHour needs a daily or weekly frequency; hours and minutes out of range are refused', () => {
    const { addon } = load();
    expect(() => addon.run('build', { args: [[['atHour', 9]]] })).toThrow('A clock trigger needs one frequency');
    expect(() =>
      addon.run('build', {
        args: [
          [
            ['everyHours', 2],
            ['atHour', 9],
          ],
        ],
      }),
    ).toThrow('A clock trigger needs one frequency');
    expect(() =>
      addon.run('build', {
        args: [
          [
            ['everyDays', 1],
            ['atHour', 24],
          ],
        ],
      }),
    ).toThrow('Invalid argument: hour');
    expect(() =>
      addon.run('build', {
        args: [
          [
            ['everyDays', 1],
            ['nearMinute', 60],
          ],
        ],
      }),
    ).toThrow('Invalid argument: minute');
    expect(addon.triggers).toEqual([]);
    addon.run('build', {
      args: [
        [
          ['everyDays', 2],
          ['atHour', 7],
          ['nearMinute', 30],
        ],
      ],
    });
    expect(addon.triggers.map((t) => t.schedule)).toEqual([{ kind: 'daily', everyDays: 2, hour: 7, minute: 30 }]);
  });

  it("inTimezone: 'an invalid name throws'; a valid one is the trigger's zone (default: the script's)", () => {
    const { addon } = load();
    expect(() =>
      addon.run('build', {
        args: [
          [
            ['everyDays', 1],
            ['inTimezone', 'Mars/Olympus'],
          ],
        ],
      }),
    ).toThrow('Invalid argument: timeZone');
    addon.run('build', {
      args: [
        [
          ['everyWeeks', 2],
          ['onWeekDay', 'FRIDAY'],
          ['inTimezone', 'Europe/Berlin'],
        ],
      ],
    });
    expect(addon.triggers.map((t) => [t.timeZone, t.schedule.kind])).toEqual([['Europe/Berlin', 'weekly']]);
  });
});

describe('ScriptApp: the add-on limits (contract §17 "add-on restrictions", "error texts")', () => {
  it("one clock trigger per user per document: 'This add-on has created too many time-based triggers…'", () => {
    const { addon } = load();
    addon.run('enableDigest');
    expect(() => addon.run('enableDigest')).toThrow(
      'This add-on has created too many time-based triggers in this document for this Google user account.',
    );
    expect(addon.triggers).toHaveLength(1);
  });

  it('another user of the same file has a separate set, and neither sees the other’s', () => {
    const { addon } = load();
    const leads = addon.run('enableDigest') as string;
    const anns = addon.run('enableDigest', { user: ANN }) as string;
    expect(addon.triggers.map((t) => [t.user, t.uniqueId])).toEqual([
      [LEAD, leads],
      [ANN, anns],
    ]);
    expect((addon.run('listTriggers') as { id: string }[]).map((t) => t.id)).toEqual([leads]);
    expect((addon.run('listTriggers', { user: ANN }) as { id: string }[]).map((t) => t.id)).toEqual([anns]);
    expect((addon.run('listUserTriggers', { user: ANN }) as { id: string }[]).map((t) => t.id)).toEqual([anns]);
  });

  it('deleteTrigger removes only the caller’s trigger; after it, a new one may be created', () => {
    const { addon } = load();
    addon.run('enableDigest');
    addon.run('enableDigest', { user: ANN });
    addon.run('disableDigest');
    expect(addon.triggers.map((t) => t.user)).toEqual([ANN]);
    addon.run('enableDigest');
    expect(addon.triggers.map((t) => t.user)).toEqual([ANN, LEAD]);
  });

  it('a restored project keeps its triggers (same ids, same limits) and never reuses an id', () => {
    const first = load();
    const leads = first.addon.run('enableDigest') as string;
    const project = Project.restore(JSON.parse(JSON.stringify(first.addon.project.toJSON())) as ProjectSnapshot);
    const again = loadAddon({ code: CODE, workbook: first.workbook, now: NOW, user: LEAD, project });
    expect(again.triggers.map((t) => t.uniqueId)).toEqual([leads]);
    expect(() => again.run('enableDigest')).toThrow('This add-on has created too many time-based triggers');
    const anns = again.run('enableDigest', { user: ANN }) as string;
    expect(anns).not.toBe(leads);
  });

  it("20 per user per script, across documents: 'This script has too many triggers…'", () => {
    const project = new Project();
    for (let n = 0; n < 20; n += 1) load({ project }).addon.run('enableDigest');
    expect(() => load({ project }).addon.run('enableDigest')).toThrow(
      'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
    );
    expect(project.triggers.triggers).toHaveLength(20);
  });
});

describe('ScriptApp: scopes and consent (contract §17 "scope", §6 permission pattern)', () => {
  const MANIFEST = [SCOPES.spreadsheetsCurrentOnly, SCOPES.containerUi];

  it("without script.scriptapp in the manifest: 'You do not have permission to call ScriptApp.getProjectTriggers. Required permissions: …'", () => {
    const { addon } = load({ oauthScopes: MANIFEST });
    expect(() => addon.run('listTriggers')).toThrow(
      'You do not have permission to call ScriptApp.getProjectTriggers. Required permissions: https://www.googleapis.com/auth/script.scriptapp',
    );
    expect(() => addon.run('enableDigest')).toThrow(
      'You do not have permission to call ScriptApp.newTrigger. Required permissions: https://www.googleapis.com/auth/script.scriptapp',
    );
    expect(addon.triggers).toEqual([]);
  });

  it('a simple trigger (LIMITED) cannot manage triggers even with the scope', () => {
    const { addon } = load();
    expect(() => addon.run('onOpen', { authMode: 'LIMITED' })).toThrow(
      'You do not have permission to call ScriptApp.getProjectTriggers. Required permissions: https://www.googleapis.com/auth/script.scriptapp',
    );
  });

  it('getAuthorizationInfo: NOT_REQUIRED when every manifest scope is granted; REQUIRED once a person declines one', () => {
    const manifest = [...MANIFEST, SCOPES.scriptApp, SCOPES.sendMail];
    const { addon } = load({ oauthScopes: manifest });
    expect(addon.run('authStatus')).toEqual({
      status: 'NOT_REQUIRED',
      required: false,
      scopes: manifest,
      hasUrl: false,
    });
    addon.consent.decline(SCOPES.sendMail);
    expect(addon.run('authStatus')).toEqual({
      status: 'REQUIRED',
      required: true,
      scopes: [...MANIFEST, SCOPES.scriptApp],
      hasUrl: true,
    });
    // Asking about named scopes only: the granted one alone is fine.
    expect(addon.run('authStatus', { args: [[SCOPES.scriptApp]] })).toMatchObject({
      required: false,
      scopes: [SCOPES.scriptApp],
    });
    // Consent is each person's own.
    expect(addon.run('authStatus', { user: ANN })).toMatchObject({ required: false });
    addon.consent.grant(SCOPES.sendMail);
    expect(addon.run('authStatus')).toMatchObject({ required: false });
  });

  it('onOpen may ask whether authorisation is needed, even before authorisation (NONE)', () => {
    const { addon } = load();
    addon.consent.decline(SCOPES.scriptApp);
    expect(addon.run('authStatus', { authMode: 'NONE' })).toMatchObject({ status: 'REQUIRED', required: true });
  });

  it('a declined script.scriptapp makes trigger calls fail with the permission error', () => {
    const { addon } = load();
    addon.consent.decline(SCOPES.scriptApp);
    expect(() => addon.run('enableDigest')).toThrow('You do not have permission to call ScriptApp.newTrigger.');
    expect(addon.run('enableDigest', { user: ANN })).toEqual(expect.any(String));
  });
});

describe('firing a clock trigger (contract §17 "run context", "event object")', () => {
  it('one execution in FULL as the creator, with the event object; no active document, no UI; openById works', () => {
    const { addon, workbook } = load();
    const id = addon.run('enableDigest', { user: ANN }) as string;
    const seen = addon.fireTrigger(id);
    expect(seen).toEqual({
      keys: [
        'authMode',
        'day-of-month',
        'day-of-week',
        'hour',
        'minute',
        'month',
        'second',
        'timezone',
        'triggerUid',
        'week-of-year',
        'year',
      ].sort(),
      authMode: 'FULL',
      isFull: true,
      triggerUid: id,
      dayOfWeek: 7,
      dayOfMonth: 15,
      hour: 12,
      minute: 0,
      month: 11,
      year: 2026,
      weekOfYear: 46,
      timezone: 'UTC',
      activeIsNull: true,
      effectiveUser: ANN,
      uiError: 'Cannot call SpreadsheetApp.getUi() from this context.',
      fileName: workbook.toJSON().name,
    });
    expect(workbook.read('Log').values()).toEqual([
      ['What', 'Who'],
      ['ran', ANN],
    ]);
  });

  it('getActiveSpreadsheet() in a trigger is a switch: with it on, the document is active', () => {
    const { addon } = load({ activeSpreadsheetInTimeTrigger: true });
    const id = addon.run('enableDigest') as string;
    expect(addon.fireTrigger(id)).toMatchObject({ activeIsNull: false });
  });

  it('getDocumentProperties() in a trigger: the document’s store by default (inferred); null with the switch off', () => {
    const code = `function enable() { return ScriptApp.newTrigger('h').timeBased().everyDays(1).create().getUniqueId(); }
      function h() { var p = PropertiesService.getDocumentProperties(); return p === null ? null : p.getProperty('k'); }`;
    const on = loadAddon({ code, workbook: createWorkbook({ sheets: { S: { values: [] } } }), now: NOW });
    on.properties.document.k = 'kept';
    expect(on.fireTrigger(on.run('enable') as string)).toBe('kept');
    const off = loadAddon({
      code,
      workbook: createWorkbook({ sheets: { S: { values: [] } } }),
      now: NOW,
      documentPropertiesInTimeTrigger: false,
    });
    off.properties.document.k = 'kept';
    expect(off.fireTrigger(off.run('enable') as string)).toBeNull();
    expect(off.run('h')).toBe('kept');
  });

  it("openById under spreadsheets.currentonly: 'You do not have permission to call SpreadsheetApp.openById. Required permissions: …/spreadsheets'", () => {
    const { addon } = load({ oauthScopes: [SCOPES.spreadsheetsCurrentOnly, SCOPES.scriptApp] });
    const id = addon.run('enableDigest') as string;
    expect(() => addon.fireTrigger(id)).toThrow(
      'You do not have permission to call SpreadsheetApp.openById. Required permissions: https://www.googleapis.com/auth/spreadsheets',
    );
  });

  it('runNextTrigger moves the clock to the next due time in the trigger’s zone and fires it', () => {
    const { addon, workbook } = load();
    addon.run('build', {
      args: [
        [
          ['onWeekDay', 'MONDAY'],
          ['atHour', 9],
          ['nearMinute', 0],
          ['inTimezone', 'Europe/Berlin'],
        ],
      ],
    });
    const [trigger] = addon.triggers;
    expect(addon.runNextTrigger()).toBe(trigger);
    // Monday 9:00 in Berlin is 8:00 UTC in November; the event's fields are in UTC.
    expect(workbook.read('Log').values()).toHaveLength(2);
    expect(addon.run('nowIso')).toBe('2026-11-16T08:00:00.000Z');
    addon.runNextTrigger();
    expect(addon.run('nowIso')).toBe('2026-11-23T08:00:00.000Z');
    expect(workbook.read('Log').values()).toHaveLength(3);
  });

  it('runNextTrigger with no trigger does nothing', () => {
    const { addon } = load();
    expect(addon.runNextTrigger()).toBeNull();
    expect(addon.run('nowIso')).toBe(NOW.toISOString());
  });

  it('each ScriptApp and builder call is counted like any service call', () => {
    const { addon } = load();
    addon.counter.reset();
    addon.run('enableDigest');
    expect(addon.counter.count('ScriptApp.newTrigger')).toBe(1);
    expect(addon.counter.count('TriggerBuilder.timeBased')).toBe(1);
    expect(addon.counter.count('ClockTriggerBuilder.')).toBe(4);
    expect(addon.counter.count('Trigger.getUniqueId')).toBe(1);
  });
});
