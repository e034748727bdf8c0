// Ui: menus are recorded when addToUi() is called; alerts and prompts answer from the test's queue (or a person);
// sidebars and dialogs are recorded with their HTML. Whether each may be called is the auth mode's business.
import type { Shape } from './apiShape';
import type { ButtonName, ButtonSetName, Enums } from './enums';
import { enumName } from './enums';
import type { Env } from './env';
import { signatureMismatch } from './errors';
import { HtmlOutputImpl } from './html';
import { emulate, implOf } from './proxy';
import type { AlertRecord, MenuEntry, MenuRecord } from './uiLog';
import { scriptText } from './scriptText';

type UiApi = Shape<
  Pick<
    GoogleAppsScript.Base.Ui,
    'createAddonMenu' | 'createMenu' | 'alert' | 'prompt' | 'showSidebar' | 'showModalDialog' | 'showModelessDialog'
  >
>;
type MenuApi = Shape<Pick<GoogleAppsScript.Base.Menu, 'addItem' | 'addSeparator' | 'addSubMenu' | 'addToUi'>>;
type PromptResponseApi = Shape<Pick<GoogleAppsScript.Base.PromptResponse, 'getResponseText' | 'getSelectedButton'>>;

export function makeUi(env: Env): GoogleAppsScript.Base.Ui {
  return emulate('Ui', new UiImpl(env), env) as unknown as GoogleAppsScript.Base.Ui;
}

function makeMenu(env: Env, caption: string): GoogleAppsScript.Base.Menu {
  return emulate('Menu', new MenuImpl(env, caption), env);
}

export class MenuImpl implements MenuApi {
  readonly #env: Env;
  readonly #caption: string;
  readonly #entries: MenuEntry[] = [];

  constructor(env: Env, caption: string) {
    this.#env = env;
    this.#caption = caption;
  }

  /** A snapshot: later changes to the builder don't alter what was added to the UI. */
  get record(): MenuRecord {
    const entries = [...this.#entries];
    const items = entries.flatMap((entry) =>
      entry.kind === 'item' ? [{ caption: entry.caption, functionName: entry.functionName }] : [],
    );
    return { caption: this.#caption, items, entries };
  }

  addItem(caption: unknown, functionName: string): this {
    if (typeof functionName !== 'string') {
      throw signatureMismatch(this.#env.realm, [caption, functionName], 'Menu.addItem');
    }
    this.#entries.push({ kind: 'item', caption: String(caption), functionName });
    return this;
  }

  addSeparator(): this {
    this.#entries.push({ kind: 'separator' });
    return this;
  }

  addSubMenu(menu: GoogleAppsScript.Base.Menu): this {
    const impl = implOf(menu, MenuImpl);
    if (impl === undefined) throw signatureMismatch(this.#env.realm, [menu], 'Menu.addSubMenu');
    this.#entries.push({ kind: 'subMenu', menu: impl.record });
    return this;
  }

  addToUi(): void {
    this.#env.ui.addMenu(this.record);
  }
}

class PromptResponseImpl implements PromptResponseApi {
  readonly #text: string;
  readonly #button: Enums['Button'][ButtonName];

  constructor(text: string, button: Enums['Button'][ButtonName]) {
    this.#text = text;
    this.#button = button;
  }

  getResponseText(): string {
    return this.#text;
  }

  getSelectedButton(): GoogleAppsScript.Base.Button {
    return this.#button as unknown as GoogleAppsScript.Base.Button;
  }
}

/** alert/prompt overloads: (message), (message, buttons), (title, message, buttons). */
function dialogArgs(args: readonly unknown[], fallback: ButtonSetName): AlertRecord {
  const [first, second, third] = args;
  if (args.length >= 3) return { title: String(first), message: String(second), buttons: enumName(third) ?? fallback };
  if (args.length === 2) return { message: String(first), buttons: enumName(second) ?? fallback };
  return { message: scriptText(first ?? ''), buttons: fallback };
}

class UiImpl implements UiApi {
  readonly #env: Env;
  readonly Button: Enums['Button'];
  readonly ButtonSet: Enums['ButtonSet'];

  constructor(env: Env) {
    this.#env = env;
    this.Button = env.enums.Button;
    this.ButtonSet = env.enums.ButtonSet;
  }

  /** Captioned with the add-on's name, as Extensions shows it. */
  createAddonMenu(): GoogleAppsScript.Base.Menu {
    return makeMenu(this.#env, this.#env.addonName);
  }

  createMenu(caption: unknown): GoogleAppsScript.Base.Menu {
    return makeMenu(this.#env, String(caption));
  }

  alert(...args: unknown[]): GoogleAppsScript.Base.Button {
    const alert = dialogArgs(args, 'OK');
    this.#env.ui.alerts.push(alert);
    return this.Button[this.#env.ui.nextAlertAnswer(alert)] as unknown as GoogleAppsScript.Base.Button;
  }

  prompt(...args: unknown[]): GoogleAppsScript.Base.PromptResponse {
    const prompt = dialogArgs(args, 'OK');
    this.#env.ui.prompts.push(prompt);
    const answer = this.#env.ui.nextPromptAnswer(prompt);
    return emulate('PromptResponse', new PromptResponseImpl(answer.text, this.Button[answer.button]), this.#env);
  }

  #html(userInterface: unknown, method: string): HtmlOutputImpl {
    const impl = implOf(userInterface, HtmlOutputImpl);
    if (impl === undefined) throw signatureMismatch(this.#env.realm, [userInterface], `Ui.${method}`);
    return impl;
  }

  showSidebar(userInterface: GoogleAppsScript.HTML.HtmlOutput): void {
    const html = this.#html(userInterface, 'showSidebar');
    this.#env.ui.sidebars.push({ title: html.title, html: html.content });
  }

  #dialog(userInterface: unknown, title: unknown, modal: boolean, method: string): void {
    const html = this.#html(userInterface, method);
    this.#env.ui.dialogs.push({
      title: title === undefined ? html.title : scriptText(title),
      html: html.content,
      modal,
      ...(html.width === undefined ? {} : { width: html.width }),
      ...(html.height === undefined ? {} : { height: html.height }),
    });
  }

  /** The title argument overrides setTitle(). */
  showModalDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    this.#dialog(userInterface, title, true, 'showModalDialog');
  }

  showModelessDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    this.#dialog(userInterface, title, false, 'showModelessDialog');
  }
}
