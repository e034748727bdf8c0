// State shared by every execution of a loaded add-on (the document, properties, locks, what the UI
// showed, the counter) and the per-execution environment: the script's realm and its auth mode.
import type { AuthModeName } from './authMode';
import type { Clock } from './clock';
import { Counter } from './counter';
import type { Enums } from './enums';
import { makeEnums } from './enums';
import { Project } from './project';
import type { CallGate } from './proxy';
import type { Realm } from './realm';
import { ScopeGrants } from './scopes';
import { UiLog } from './uiLog';
import type { WorkbookModel } from './workbookModel';

export type PropertyStore = Record<string, string>;
export interface PropertyStores {
  readonly document: PropertyStore;
  readonly user: PropertyStore;
  readonly script: PropertyStore;
}

export interface LockSlot {
  heldElsewhere: boolean;
  heldByUs: boolean;
}
export interface LockSlots {
  readonly document: LockSlot;
  readonly script: LockSlot;
  readonly user: LockSlot;
}

export interface AddonState {
  readonly model: WorkbookModel;
  readonly counter: Counter;
  readonly ui: UiLog;
  readonly properties: PropertyStores;
  readonly locks: LockSlots;
  readonly user: string;
  readonly htmlFiles: Readonly<Record<string, string>>;
  readonly addonName: string;
  readonly scriptTimeZone: string;
  readonly logs: string[];
  /** The script's clock: pinned in tests, real time otherwise. Sheets reads a date typed without a year in this year. */
  readonly clock: Clock;
  /** Triggers and sent mail: the script project's, shared with other documents it runs in. */
  readonly project: Project;
  readonly scopes: ScopeGrants;
  /** Whether getActiveSpreadsheet() finds the document in a time-driven trigger (users report it does not). */
  readonly activeSpreadsheetInTimeTrigger: boolean;
  /** Whether getDocumentProperties() finds the document's store in a time-driven trigger (inferred: it does). */
  readonly documentPropertiesInTimeTrigger: boolean;
  /** Each person's user properties; the loaded user's is `properties.user`. */
  readonly userProperties: Map<string, PropertyStore>;
}

export interface Env extends AddonState, CallGate {
  readonly realm: Realm;
  readonly mode: AuthModeName;
  readonly enums: Enums;
  /** This execution is a clock trigger firing: no UI, and (by default) no active document. */
  readonly timeTrigger: boolean;
}

/** Who this execution runs as, and whether a clock trigger started it. */
export interface ExecutionContext {
  readonly user?: string;
  readonly timeTrigger?: boolean;
}

export interface StateOptions {
  readonly user?: string;
  readonly htmlFiles?: Record<string, string>;
  readonly addonName?: string;
  readonly scriptTimeZone?: string;
  readonly now?: Date;
  /** The manifest's oauthScopes; default every scope the emulator checks. */
  readonly oauthScopes?: readonly string[];
  readonly project?: Project;
  /** Default false, as users report for add-ons' time-driven triggers. */
  readonly activeSpreadsheetInTimeTrigger?: boolean;
  /** Default true; false makes getDocumentProperties() null there, to test a script that copes. */
  readonly documentPropertiesInTimeTrigger?: boolean;
}

export const DEFAULT_USER = 'user@example.com';
/** The add-on's menu reads "Extensions → KPI & OKR" (README): an add-on menu is captioned with the add-on's name. */
export const DEFAULT_ADDON_NAME = 'KPI & OKR';

export function createState(model: WorkbookModel, options: StateOptions = {}): AddonState {
  const slot = (): LockSlot => ({ heldElsewhere: false, heldByUs: false });
  const user = options.user ?? DEFAULT_USER;
  const properties = { document: {}, user: {}, script: {} };
  return {
    model,
    counter: new Counter(),
    ui: new UiLog(),
    properties,
    locks: { document: slot(), script: slot(), user: slot() },
    user,
    htmlFiles: { ...options.htmlFiles },
    addonName: options.addonName ?? DEFAULT_ADDON_NAME,
    scriptTimeZone: options.scriptTimeZone ?? 'Etc/UTC',
    logs: [],
    clock: { pinned: options.now === undefined ? null : options.now.getTime() },
    project: options.project ?? new Project(),
    scopes: new ScopeGrants(options.oauthScopes),
    activeSpreadsheetInTimeTrigger: options.activeSpreadsheetInTimeTrigger ?? false,
    documentPropertiesInTimeTrigger: options.documentPropertiesInTimeTrigger ?? true,
    userProperties: new Map([[user, properties.user]]),
  };
}

/** The user property store of one person (created empty the first time they run the script). */
export function userPropertiesOf(state: AddonState, user: string): PropertyStore {
  let store = state.userProperties.get(user);
  if (store === undefined) {
    store = {};
    state.userProperties.set(user, store);
  }
  return store;
}

export function createEnv(state: AddonState, realm: Realm, mode: AuthModeName, context: ExecutionContext = {}): Env {
  const user = context.user ?? state.user;
  return {
    ...state,
    user,
    properties: { ...state.properties, user: userPropertiesOf(state, user) },
    realm,
    mode,
    enums: makeEnums(realm),
    timeTrigger: context.timeTrigger ?? false,
  };
}

/** What the document's clock says now, in milliseconds. */
export function nowOf(state: AddonState): number {
  return state.clock.pinned ?? Date.now();
}
