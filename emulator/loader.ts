// Runs the built bundle the way Apps Script does: every execution gets a fresh global scope in which
// the whole file is evaluated (in that execution's auth mode) before the named top-level function is
// called. Document, properties, UI log, locks and the counter persist between executions.
import vm from 'node:vm';
import { parseA1 } from './a1';
import type { AuthModeName } from './authMode';
import type { CellValue } from './cells';
import type { Clock } from './clock';
import { installClock } from './clock';
import type { Counter } from './counter';
import type { ButtonName } from './enums';
import type { AddonState, Env, ExecutionContext, PropertyStores } from './env';
import { createEnv, createState, nowOf, userPropertiesOf } from './env';
import type { SentMail } from './outbox';
import type { Project } from './project';
import { isDate, realmObject, toRealm } from './realm';
import type { Realm } from './realm';
import { makeRange } from './range';
import { toSerial } from './serialDate';
import { createServices } from './services';
import { makeUser } from './session';
import { makeSpreadsheet } from './spreadsheet';
import { customFunctionNames, topLevelFunctionNames } from './topLevelFunctions';
import { parseTyped } from './typedInput';
import { clockEvent } from './triggerEvent';
import type { ClockTrigger } from './triggers';
import { nextDue } from './triggerSchedule';
import type { UiLog, UserAsker } from './uiLog';
import type { Workbook } from './workbook';
import { modelOf } from './workbook';

export interface LoadOptions {
  code: string;
  workbook: Workbook;
  /** Pins `new Date()` and `Date.now()` inside the script. */
  now?: Date;
  /** The active user's email, revealed to the script only in FULL mode. */
  user?: string;
  /** Project HTML files by name, with or without '.html'. */
  htmlFiles?: Record<string, string>;
  /** Caption of createAddonMenu(); default 'KPI & OKR'. */
  addonName?: string;
  /** The manifest's oauthScopes (pass appsscript.json's); default every scope the emulator checks. */
  oauthScopes?: readonly string[];
  /** The script project's triggers and mail: share one to run the same script in several documents. */
  project?: Project;
  /** Default false: users report getActiveSpreadsheet() is null in an add-on's time-driven trigger. */
  activeSpreadsheetInTimeTrigger?: boolean;
  /** Default true (inferred): an add-on's trigger belongs to its document, so its properties are there. */
  documentPropertiesInTimeTrigger?: boolean;
  scriptTimeZone?: string;
  /** How long a custom function may run in a cell before it shows #ERROR!; Sheets allows 30 s. */
  customFunctionTimeoutMs?: number;
}

/** Sheets stops a custom function after 30 seconds (contract §5). */
export const CUSTOM_FUNCTION_LIMIT_MS = 30_000;
const TIMEOUT_MESSAGE = 'Exceeded maximum execution time (line 0).';

function messageOf(error: unknown): string {
  return typeof error === 'object' && error !== null && 'message' in error ? String(error.message) : String(error);
}

export interface RunOptions {
  authMode?: AuthModeName;
  /** Runs as this person instead of the loaded user (another editor of the same document). */
  user?: string;
  /** Replaces (or, for onOpen/onInstall, extends) the event object passed as the only argument. */
  event?: Record<string, unknown>;
  args?: unknown[];
}

export interface AddonUi {
  readonly menus: UiLog['menus'];
  readonly toasts: UiLog['toasts'];
  readonly alerts: UiLog['alerts'];
  readonly prompts: UiLog['prompts'];
  readonly sidebars: UiLog['sidebars'];
  readonly dialogs: UiLog['dialogs'];
  queueAlertResponse(button: ButtonName): void;
  queuePromptResponse(text: string, button?: ButtonName): void;
  /** Alerts and prompts with nothing queued ask this person and wait (null: they answer OK). */
  askUser(asker: UserAsker | null): void;
}

/** The project's mail as a test sees it. */
export interface AddonMail {
  readonly sent: readonly SentMail[];
  /** Recipients per user per day: 100 (consumer, the default) or 1,500 (Workspace). */
  dailyLimit: number;
  remainingDailyQuota(user?: string): number;
  setRemainingDailyQuota(remaining: number, user?: string): void;
}

/** What each person ticked on the consent screen: granular consent lets them decline a scope. */
export interface AddonConsent {
  decline(scope: string, user?: string): void;
  grant(scope: string, user?: string): void;
}

const OPEN_TRIGGERS = new Set(['onOpen', 'onInstall']);

/** What e.oldValue shows: the stored value as text; dates as their serial number. */
function asEventText(value: CellValue, timeZone: string): string {
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (isDate(value)) return String(toSerial(value.getTime(), timeZone));
  return String(value);
}

export class Addon {
  readonly #script: vm.Script;
  readonly #functions: readonly string[];
  readonly #state: AddonState;
  readonly #clock: Clock;
  readonly #timeoutMs: number;
  #cellExecutions = 0;
  readonly ui: AddonUi;
  readonly lock: { holdDocumentLockElsewhere(): void; release(): void };
  readonly mail: AddonMail;
  readonly consent: AddonConsent;

  constructor(options: LoadOptions) {
    this.#script = new vm.Script(options.code, { filename: 'Code.js' });
    this.#functions = topLevelFunctionNames(options.code);
    this.#state = createState(modelOf(options.workbook), options);
    this.#clock = this.#state.clock;
    this.#timeoutMs = options.customFunctionTimeoutMs ?? CUSTOM_FUNCTION_LIMIT_MS;
    this.#state.model.formulas.useCustomFunctions({
      names: customFunctionNames(options.code),
      run: (name, args) => this.#runInCell(name, args),
    });
    this.#state.model.formulas.useClock(() => nowOf(this.#state));
    const log = this.#state.ui;
    this.ui = {
      menus: log.menus,
      toasts: log.toasts,
      alerts: log.alerts,
      prompts: log.prompts,
      sidebars: log.sidebars,
      dialogs: log.dialogs,
      queueAlertResponse: (button) => log.queueAlertResponse(button),
      queuePromptResponse: (text, button) => log.queuePromptResponse(text, button),
      askUser: (asker) => {
        log.asker = asker;
      },
    };
    const documentLock = this.#state.locks.document;
    this.lock = {
      holdDocumentLockElsewhere: () => {
        documentLock.heldElsewhere = true;
      },
      release: () => {
        documentLock.heldElsewhere = false;
      },
    };
    const state = this.#state;
    const { outbox } = state.project;
    this.mail = {
      sent: outbox.sent,
      get dailyLimit() {
        return outbox.dailyLimit;
      },
      set dailyLimit(limit: number) {
        outbox.dailyLimit = limit;
      },
      remainingDailyQuota: (user = state.user) => outbox.remaining(user, nowOf(state)),
      setRemainingDailyQuota: (remaining, user = state.user) => outbox.setRemaining(user, remaining, nowOf(state)),
    };
    this.consent = {
      decline: (scope, user = state.user) => state.scopes.decline(user, scope),
      grant: (scope, user = state.user) => state.scopes.grant(user, scope),
    };
  }

  /** The script project: its triggers and mail (a playground file saves it). */
  get project(): Project {
    return this.#state.project;
  }

  /** This document's clock triggers, every user's, oldest first. */
  get triggers(): readonly ClockTrigger[] {
    return this.#state.project.triggers.triggers.filter((trigger) => trigger.documentId === this.#state.model.id);
  }

  /** Fires a clock trigger now: one execution of its handler in FULL, as its creator, with the event object. */
  fireTrigger(uniqueId: string): unknown {
    const trigger = this.triggers.find((candidate) => candidate.uniqueId === uniqueId);
    if (trigger === undefined) throw new Error(`no clock trigger ${uniqueId} in this document`);
    return this.#execute(
      trigger.handlerFunction,
      'FULL',
      (env) => [clockEvent(env, trigger.uniqueId, nowOf(this.#state))],
      { user: trigger.user, timeTrigger: true },
    );
  }

  /** Moves the clock to the next time one of this document's triggers is due and fires it; null if none. */
  runNextTrigger(): ClockTrigger | null {
    const now = nowOf(this.#state);
    const due = this.triggers.map((trigger) => ({ trigger, at: nextDue(trigger, now) })).sort((a, b) => a.at - b.at)[0];
    if (due === undefined) return null;
    this.#clock.pinned = due.at;
    this.fireTrigger(due.trigger.uniqueId);
    return due.trigger;
  }

  get counter(): Counter {
    return this.#state.counter;
  }

  /** The live stores: tests may read them and seed them. */
  get properties(): PropertyStores {
    return this.#state.properties;
  }

  /** Another person's user properties (each user has their own store; `properties.user` is the loaded user's). */
  userProperties(user: string): Record<string, string> {
    return userPropertiesOf(this.#state, user);
  }

  /** Lines written with Logger.log. */
  get logs(): string[] {
    return this.#state.logs;
  }

  setNow(date: Date): void {
    this.#clock.pinned = date.getTime();
  }

  topLevelFunctions(): string[] {
    return [...this.#functions];
  }

  /** One execution: fresh globals, the bundle evaluated in `mode`, then `name(...args(env))`. */
  #execute(name: string, mode: AuthModeName, args: (env: Env) => unknown[], who: ExecutionContext = {}): unknown {
    if (!this.#functions.includes(name)) throw new Error(`script function not found: ${name}`);
    const context = vm.createContext({});
    installClock(context, this.#clock);
    const realm = vm.runInContext('({ Array, Date, Object, Error, TypeError })', context) as Realm;
    const env = createEnv(this.#state, realm, mode, who);
    Object.assign(context, createServices(env), { console });
    try {
      this.#script.runInContext(context);
      const fn = (context as Record<string, unknown>)[name];
      if (typeof fn !== 'function') throw new Error(`script function not found: ${name}`);
      return (fn as (...a: unknown[]) => unknown)(...args(env));
    } finally {
      // Locks are released when the execution ends.
      const { locks } = this.#state;
      for (const slot of [locks.document, locks.script, locks.user]) slot.heldByUs = false;
    }
  }

  /** Calls a top-level function as a menu click or google.script.run would (FULL unless told otherwise). */
  run(functionName: string, opts: RunOptions = {}): unknown {
    const mode = opts.authMode ?? 'FULL';
    return this.#execute(
      functionName,
      mode,
      (env) => {
        if (OPEN_TRIGGERS.has(functionName)) {
          const base = { authMode: env.enums.AuthMode[mode], source: makeSpreadsheet(env), user: makeUser(env) };
          const extra = opts.event === undefined ? {} : (toRealm(env.realm, opts.event) as Record<string, unknown>);
          return [realmObject(env.realm, { ...base, ...extra })];
        }
        if (opts.event !== undefined) return [toRealm(env.realm, opts.event)];
        return (opts.args ?? []).map((arg) => toRealm(env.realm, arg));
      },
      opts.user === undefined ? {} : { user: opts.user },
    );
  }

  #sheet(sheetName: string) {
    const sheet = this.#state.model.find(sheetName);
    if (sheet === undefined) throw new Error(`no sheet named ${JSON.stringify(sheetName)}`);
    return sheet;
  }

  /** Types into one cell as a user would, then fires onEdit (LIMITED) if the script has one. */
  edit(sheetName: string, a1: string, typed: string): void {
    const sheet = this.#sheet(sheetName);
    const ref = parseA1(a1);
    if (ref === null || ref.lastRow !== ref.row || ref.lastColumn !== ref.column)
      throw new Error(`edit takes one cell, got ${a1}`);
    const timeZone = this.#state.model.timeZone;
    const old = sheet.get(ref.row, ref.column)?.value ?? '';
    const entry = parseTyped(typed, timeZone, nowOf(this.#state));
    sheet.write(ref.row, ref.column, entry);
    if (!this.#functions.includes('onEdit')) return;
    this.#execute('onEdit', 'LIMITED', (env) => [
      realmObject(env.realm, {
        authMode: env.enums.AuthMode.LIMITED,
        range: makeRange(env, sheet, { row: ref.row, column: ref.column, numRows: 1, numColumns: 1 }),
        source: makeSpreadsheet(env),
        user: makeUser(env),
        value: entry.kind === 'clear' ? undefined : typed,
        oldValue: old === '' ? undefined : asEventText(old, timeZone),
      }),
    ]);
  }

  /** A paste: sets many cells, then fires one onEdit without value or oldValue. */
  editRange(sheetName: string, a1Range: string, typedRows: string[][]): void {
    const sheet = this.#sheet(sheetName);
    const ref = parseA1(a1Range);
    if (ref === null || ref.lastRow === null || ref.lastColumn === null) throw new Error(`bad range ${a1Range}`);
    const numRows = ref.lastRow - ref.row + 1;
    const numColumns = ref.lastColumn - ref.column + 1;
    if (typedRows.length !== numRows || typedRows.some((row) => row.length !== numColumns)) {
      throw new Error(`editRange: ${a1Range} is ${numRows}×${numColumns} but the data is not`);
    }
    const timeZone = this.#state.model.timeZone;
    typedRows.forEach((row, r) =>
      row.forEach((typed, c) =>
        sheet.write(ref.row + r, ref.column + c, parseTyped(typed, timeZone, nowOf(this.#state))),
      ),
    );
    if (!this.#functions.includes('onEdit')) return;
    this.#execute('onEdit', 'LIMITED', (env) => [
      realmObject(env.realm, {
        authMode: env.enums.AuthMode.LIMITED,
        range: makeRange(env, sheet, { row: ref.row, column: ref.column, numRows, numColumns }),
        source: makeSpreadsheet(env),
        user: makeUser(env),
      }),
    ]);
  }

  /** How many times a formula cell has run a custom function: Sheets runs one execution per cell. */
  get cellExecutions(): number {
    return this.#cellExecutions;
  }

  /**
   * One execution for one formula cell, as Sheets makes it: fresh globals, CUSTOM_FUNCTION mode, arguments
   * in the script's realm, the time limit enforced, and a thrown error turned into the cell's message.
   * Locks are left alone: this may run while another execution (a Refresh reading the sheet) holds one.
   */
  #runInCell(name: string, args: unknown[]): { ok: true; value: unknown } | { ok: false; message: string } {
    this.#cellExecutions += 1;
    const context = vm.createContext({});
    installClock(context, this.#clock);
    const realm = vm.runInContext('({ Array, Date, Object, Error, TypeError })', context) as Realm;
    const env = createEnv(this.#state, realm, 'CUSTOM_FUNCTION');
    Object.assign(context, createServices(env), { console });
    try {
      this.#script.runInContext(context, { timeout: this.#timeoutMs });
      (context as Record<string, unknown>).__cellArguments = args.map((arg) => toRealm(realm, arg));
      const value: unknown = vm.runInContext(`${name}.apply(null, __cellArguments)`, context, {
        timeout: this.#timeoutMs,
      });
      return { ok: true, value };
    } catch (error) {
      const timedOut = messageOf(error).startsWith('Script execution timed out');
      return { ok: false, message: timedOut ? TIMEOUT_MESSAGE : messageOf(error) };
    }
  }

  /** Calls a custom function as a cell formula would: CUSTOM_FUNCTION mode, arguments in the script's realm. */
  customFunction(name: string, ...args: unknown[]): unknown {
    return this.#execute(name, 'CUSTOM_FUNCTION', (env) => args.map((arg) => toRealm(env.realm, arg)));
  }
}

export function loadAddon(options: LoadOptions): Addon {
  return new Addon(options);
}
