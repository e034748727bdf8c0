// ScriptApp: installable clock triggers for an editor add-on (§17) and authorisation info. Triggers belong
// to the user who created them and to the document they were created in; each user sees only their own.
import type { Shape } from './apiShape';
import type { EnumMember, EnumOf } from './enums';
import { AUTH_MODE_MEMBERS, enumName, makeEnum } from './enums';
import type { Env } from './env';
import { nowOf } from './env';
import { exception, signatureMismatch } from './errors';
import { emulate, implOf } from './proxy';
import type { Realm } from './realm';
import { realmArray } from './realm';
import { missingScopeMessage, SCOPES } from './scopes';
import { SpreadsheetImpl } from './spreadsheet';
import type { ClockTrigger, Schedule } from './triggers';
import { stableHour, stableMinute } from './triggers';

export const WEEK_DAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const;
const EVENT_TYPES = ['CLOCK', 'ON_OPEN', 'ON_EDIT', 'ON_FORM_SUBMIT', 'ON_CHANGE', 'ON_EVENT_UPDATED'] as const;
const TRIGGER_SOURCES = ['SPREADSHEETS', 'CLOCK', 'FORMS', 'DOCUMENTS', 'CALENDAR'] as const;
const AUTHORIZATION_STATUSES = ['REQUIRED', 'NOT_REQUIRED'] as const;

export const TOO_MANY_ADDON_TRIGGERS =
  'This add-on has created too many time-based triggers in this document for this Google user account.';
export const TOO_MANY_SCRIPT_TRIGGERS =
  'This script has too many triggers. Triggers must be deleted from the script before more can be added.';
export const ADDON_INTERVAL = 'The recurrence interval for an Add-on trigger must be at least one hour.';
/** Google's wording for this case is not known; the emulator's own sentence says what is wrong. */
export const NEEDS_FREQUENCY =
  'A clock trigger needs one frequency: onWeekDay, everyWeeks, everyDays or everyHours (atHour and nearMinute only with a daily or weekly one).';
const TRIGGERS_PER_USER_PER_SCRIPT = 20;

interface ScriptEnums {
  readonly WeekDay: EnumOf<(typeof WEEK_DAYS)[number]>;
  readonly EventType: EnumOf<(typeof EVENT_TYPES)[number]>;
  readonly TriggerSource: EnumOf<(typeof TRIGGER_SOURCES)[number]>;
  readonly AuthorizationStatus: EnumOf<(typeof AUTHORIZATION_STATUSES)[number]>;
}

/** One set per realm, so ScriptApp.EventType.CLOCK and trigger.getEventType() are the same object. */
const enumsByRealm = new WeakMap<Realm, ScriptEnums>();
function scriptEnums(realm: Realm): ScriptEnums {
  let enums = enumsByRealm.get(realm);
  if (enums === undefined) {
    enums = {
      WeekDay: makeEnum(realm, WEEK_DAYS),
      EventType: makeEnum(realm, EVENT_TYPES),
      TriggerSource: makeEnum(realm, TRIGGER_SOURCES),
      AuthorizationStatus: makeEnum(realm, AUTHORIZATION_STATUSES),
    };
    enumsByRealm.set(realm, enums);
  }
  return enums;
}

function requireScope(env: Env, call: string, scope: string): void {
  const message = missingScopeMessage(env.scopes, env.mode, env.user, call, scope);
  if (message !== null) throw exception(env.realm, message);
}

function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

type ScriptAppApi = Shape<
  Pick<
    GoogleAppsScript.Script.ScriptApp,
    'newTrigger' | 'getProjectTriggers' | 'deleteTrigger' | 'getAuthorizationInfo'
  >
>;

export function makeScriptApp(env: Env): GoogleAppsScript.Script.ScriptApp {
  return emulate('ScriptApp', new ScriptAppImpl(env), env) as unknown as GoogleAppsScript.Script.ScriptApp;
}

export function makeTrigger(env: Env, trigger: ClockTrigger): GoogleAppsScript.Script.Trigger {
  return emulate('Trigger', new TriggerImpl(env, trigger), env) as unknown as GoogleAppsScript.Script.Trigger;
}

class ScriptAppImpl implements ScriptAppApi {
  readonly #env: Env;
  readonly AuthMode: Env['enums']['AuthMode'];
  readonly WeekDay: ScriptEnums['WeekDay'];
  readonly EventType: ScriptEnums['EventType'];
  readonly TriggerSource: ScriptEnums['TriggerSource'];
  readonly AuthorizationStatus: ScriptEnums['AuthorizationStatus'];

  constructor(env: Env) {
    this.#env = env;
    this.AuthMode = env.enums.AuthMode;
    ({
      WeekDay: this.WeekDay,
      EventType: this.EventType,
      TriggerSource: this.TriggerSource,
      AuthorizationStatus: this.AuthorizationStatus,
    } = scriptEnums(env.realm));
  }

  newTrigger(functionName: string): GoogleAppsScript.Script.TriggerBuilder {
    if (typeof functionName !== 'string')
      throw signatureMismatch(this.#env.realm, [functionName], 'ScriptApp.newTrigger');
    requireScope(this.#env, 'ScriptApp.newTrigger', SCOPES.scriptApp);
    return emulate(
      'TriggerBuilder',
      new TriggerBuilderImpl(this.#env, functionName),
      this.#env,
    ) as unknown as GoogleAppsScript.Script.TriggerBuilder;
  }

  /** This project's triggers for the current user, in every document. */
  getProjectTriggers(): GoogleAppsScript.Script.Trigger[] {
    requireScope(this.#env, 'ScriptApp.getProjectTriggers', SCOPES.scriptApp);
    const mine = this.#env.project.triggers.ofUser(this.#env.user);
    return realmArray(
      this.#env.realm,
      mine.map((trigger) => makeTrigger(this.#env, trigger)),
    );
  }

  /** The current user's triggers in this spreadsheet (that an add-on's clock trigger is listed: inferred). */
  getUserTriggers(spreadsheet: unknown): GoogleAppsScript.Script.Trigger[] {
    if (implOf(spreadsheet, SpreadsheetImpl) === undefined)
      throw signatureMismatch(this.#env.realm, [spreadsheet], 'ScriptApp.getUserTriggers');
    requireScope(this.#env, 'ScriptApp.getUserTriggers', SCOPES.scriptApp);
    const mine = this.#env.project.triggers.ofUserInDocument(this.#env.user, this.#env.model.id);
    return realmArray(
      this.#env.realm,
      mine.map((trigger) => makeTrigger(this.#env, trigger)),
    );
  }

  deleteTrigger(trigger: GoogleAppsScript.Script.Trigger): void {
    const impl = implOf(trigger, TriggerImpl);
    if (impl === undefined) throw signatureMismatch(this.#env.realm, [trigger], 'ScriptApp.deleteTrigger');
    requireScope(this.#env, 'ScriptApp.deleteTrigger', SCOPES.scriptApp);
    this.#env.project.triggers.remove(impl.record.uniqueId);
  }

  getAuthorizationInfo(
    authMode: GoogleAppsScript.Script.AuthMode,
    scopes?: string[],
  ): GoogleAppsScript.Script.AuthorizationInfo {
    const mode = enumName(authMode);
    const listed = scopes === undefined || (Array.isArray(scopes) && scopes.every((s) => typeof s === 'string'));
    if (mode === undefined || !(AUTH_MODE_MEMBERS as readonly string[]).includes(mode) || !listed) {
      throw signatureMismatch(
        this.#env.realm,
        scopes === undefined ? [authMode] : [authMode, scopes],
        'ScriptApp.getAuthorizationInfo',
      );
    }
    return emulate(
      'AuthorizationInfo',
      new AuthorizationInfoImpl(this.#env, scopes === undefined ? null : [...scopes]),
      this.#env,
    ) as unknown as GoogleAppsScript.Script.AuthorizationInfo;
  }
}

/** getAuthorizedScopes is newer than the type definitions the project uses. */
type AuthorizationInfoApi = Shape<
  Pick<GoogleAppsScript.Script.AuthorizationInfo, 'getAuthorizationStatus' | 'getAuthorizationUrl'>
> & { getAuthorizedScopes(): string[] };

class AuthorizationInfoImpl implements AuthorizationInfoApi {
  readonly #env: Env;
  /** null: the manifest's scopes. */
  readonly #asked: readonly string[] | null;

  constructor(env: Env, asked: readonly string[] | null) {
    this.#env = env;
    this.#asked = asked;
  }

  #required(): boolean {
    const { scopes, user } = this.#env;
    return (this.#asked ?? scopes.requested).some((scope) => !scopes.granted(user, scope));
  }

  getAuthorizationStatus(): EnumMember {
    const statuses = scriptEnums(this.#env.realm).AuthorizationStatus;
    return this.#required() ? statuses.REQUIRED : statuses.NOT_REQUIRED;
  }

  getAuthorizedScopes(): string[] {
    const { scopes, user } = this.#env;
    const granted = scopes.grantedScopes(user);
    return realmArray(
      this.#env.realm,
      this.#asked === null ? granted : this.#asked.filter((scope) => granted.includes(scope)),
    );
  }

  /** A link that asks the person again; null when nothing is missing. */
  getAuthorizationUrl(): string | null {
    return this.#required() ? 'https://script.google.com/macros/d/emulated-script/authorize' : null;
  }
}

class TriggerBuilderImpl implements Shape<Pick<GoogleAppsScript.Script.TriggerBuilder, 'timeBased'>> {
  readonly #env: Env;
  readonly #handler: string;

  constructor(env: Env, handler: string) {
    this.#env = env;
    this.#handler = handler;
  }

  timeBased(): GoogleAppsScript.Script.ClockTriggerBuilder {
    return emulate(
      'ClockTriggerBuilder',
      new ClockTriggerBuilderImpl(this.#env, this.#handler),
      this.#env,
    ) as unknown as GoogleAppsScript.Script.ClockTriggerBuilder;
  }
}

type ClockTriggerBuilderApi = Shape<
  Pick<
    GoogleAppsScript.Script.ClockTriggerBuilder,
    | 'onWeekDay'
    | 'atHour'
    | 'nearMinute'
    | 'everyDays'
    | 'everyWeeks'
    | 'everyHours'
    | 'everyMinutes'
    | 'inTimezone'
    | 'create'
  >
>;

function wholeNumber(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

class ClockTriggerBuilderImpl implements ClockTriggerBuilderApi {
  readonly #env: Env;
  readonly #handler: string;
  #weekDay: number | null = null;
  #hour: number | null = null;
  #minute: number | null = null;
  #everyDays: number | null = null;
  #everyWeeks: number | null = null;
  #everyHours: number | null = null;
  #everyMinutes: number | null = null;
  #timeZone: string;

  constructor(env: Env, handler: string) {
    this.#env = env;
    this.#handler = handler;
    this.#timeZone = env.scriptTimeZone;
  }

  #invalid(args: unknown[], method: string): Error {
    return signatureMismatch(this.#env.realm, args, `ScriptApp.ClockTriggerBuilder.${method}`);
  }

  onWeekDay(day: GoogleAppsScript.Base.Weekday): this {
    const index = (WEEK_DAYS as readonly string[]).indexOf(enumName(day) ?? '');
    if (typeof day === 'string' || index < 0) throw this.#invalid([day], 'onWeekDay');
    this.#weekDay = index + 1;
    return this;
  }

  atHour(hour: number): this {
    if (!wholeNumber(hour, 0, 23)) throw exception(this.#env.realm, 'Invalid argument: hour');
    this.#hour = hour;
    return this;
  }

  nearMinute(minute: number): this {
    if (!wholeNumber(minute, 0, 59)) throw exception(this.#env.realm, 'Invalid argument: minute');
    this.#minute = minute;
    return this;
  }

  everyDays(n: number): this {
    if (!wholeNumber(n, 1, 10_000)) throw this.#invalid([n], 'everyDays');
    this.#everyDays = n;
    return this;
  }

  everyWeeks(n: number): this {
    if (!wholeNumber(n, 1, 10_000)) throw this.#invalid([n], 'everyWeeks');
    this.#everyWeeks = n;
    return this;
  }

  everyHours(n: number): this {
    if (!wholeNumber(n, 1, 10_000)) throw this.#invalid([n], 'everyHours');
    this.#everyHours = n;
    return this;
  }

  everyMinutes(n: number): this {
    if (typeof n !== 'number') throw this.#invalid([n], 'everyMinutes');
    this.#everyMinutes = n;
    return this;
  }

  inTimezone(timeZone: string): this {
    if (typeof timeZone !== 'string' || !isValidTimeZone(timeZone))
      throw exception(this.#env.realm, 'Invalid argument: timeZone');
    this.#timeZone = timeZone;
    return this;
  }

  #schedule(uniqueId: string): Schedule {
    const frequencies = [this.#everyDays, this.#everyWeeks, this.#everyHours].filter((n) => n !== null).length;
    const hour = this.#hour ?? stableHour(uniqueId);
    const minute = this.#minute ?? stableMinute(uniqueId);
    if (frequencies === 0 && this.#weekDay !== null)
      return { kind: 'weekly', weekDay: this.#weekDay, everyWeeks: 1, hour, minute };
    if (frequencies !== 1) throw exception(this.#env.realm, NEEDS_FREQUENCY);
    if (this.#everyWeeks !== null) {
      const weekDay = this.#weekDay ?? 1;
      return { kind: 'weekly', weekDay, everyWeeks: this.#everyWeeks, hour, minute };
    }
    if (this.#weekDay !== null) throw exception(this.#env.realm, NEEDS_FREQUENCY);
    if (this.#everyDays !== null) return { kind: 'daily', everyDays: this.#everyDays, hour, minute };
    if (this.#hour !== null || this.#minute !== null) throw exception(this.#env.realm, NEEDS_FREQUENCY);
    return { kind: 'hourly', everyHours: this.#everyHours ?? 1 };
  }

  create(): GoogleAppsScript.Script.Trigger {
    const env = this.#env;
    const store = env.project.triggers;
    if (this.#everyMinutes !== null) throw exception(env.realm, ADDON_INTERVAL);
    const uniqueId = store.newUniqueId();
    const schedule = this.#schedule(uniqueId);
    if (store.ofUserInDocument(env.user, env.model.id).length > 0) throw exception(env.realm, TOO_MANY_ADDON_TRIGGERS);
    if (store.ofUser(env.user).length >= TRIGGERS_PER_USER_PER_SCRIPT)
      throw exception(env.realm, TOO_MANY_SCRIPT_TRIGGERS);
    const trigger: ClockTrigger = {
      uniqueId,
      handlerFunction: this.#handler,
      user: env.user,
      documentId: env.model.id,
      schedule,
      timeZone: this.#timeZone,
      createdAt: nowOf(env),
    };
    store.add(trigger);
    return makeTrigger(env, trigger);
  }
}

type TriggerApi = Shape<
  Pick<GoogleAppsScript.Script.Trigger, 'getUniqueId' | 'getHandlerFunction' | 'getEventType' | 'getTriggerSource'>
>;

class TriggerImpl implements TriggerApi {
  readonly #env: Env;
  readonly record: ClockTrigger;

  constructor(env: Env, record: ClockTrigger) {
    this.#env = env;
    this.record = record;
  }

  getUniqueId(): string {
    return this.record.uniqueId;
  }

  getHandlerFunction(): string {
    return this.record.handlerFunction;
  }

  getEventType(): EnumMember {
    return scriptEnums(this.#env.realm).EventType.CLOCK;
  }

  getTriggerSource(): EnumMember {
    return scriptEnums(this.#env.realm).TriggerSource.CLOCK;
  }
}
