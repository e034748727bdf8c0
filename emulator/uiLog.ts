// What the script showed the user — menus, toasts, alerts, prompts, sidebars, dialogs — and the answers
// a test has queued for the next alert or prompt. Shared by every execution of one loaded add-on.
import type { ButtonName } from './enums';

export interface MenuItemRecord {
  readonly caption: string;
  readonly functionName: string;
}
export type MenuEntry =
  | ({ readonly kind: 'item' } & MenuItemRecord)
  | { readonly kind: 'separator' }
  | { readonly kind: 'subMenu'; readonly menu: MenuRecord };
export interface MenuRecord {
  readonly caption: string;
  /** The clickable items, in order; separators and sub-menus are in `entries`. */
  readonly items: MenuItemRecord[];
  readonly entries: MenuEntry[];
}
export interface ToastRecord {
  readonly message: string;
  readonly title?: string;
  readonly timeoutSeconds?: number;
}
export interface AlertRecord {
  readonly title?: string;
  readonly message: string;
  readonly buttons?: string;
}
export interface PanelRecord {
  readonly title: string;
  readonly html: string;
}
export interface DialogRecord extends PanelRecord {
  readonly modal: boolean;
  readonly width?: number;
  readonly height?: number;
}

export interface PromptAnswer {
  readonly text: string;
  readonly button: ButtonName;
}
/** Asks a person and waits for the answer, synchronously, as Apps Script suspends the script (§7). */
export interface UserAsker {
  alert(alert: AlertRecord): ButtonName;
  prompt(prompt: AlertRecord): PromptAnswer;
}

export class UiLog {
  readonly menus: MenuRecord[] = [];
  readonly toasts: ToastRecord[] = [];
  readonly alerts: AlertRecord[] = [];
  readonly prompts: AlertRecord[] = [];
  readonly sidebars: PanelRecord[] = [];
  readonly dialogs: DialogRecord[] = [];
  private readonly alertAnswers: ButtonName[] = [];
  private readonly promptAnswers: PromptAnswer[] = [];
  /** Set by a host with a person at the screen (the playground); queued answers still come first. */
  asker: UserAsker | null = null;

  /** A file has one menu per name: adding it again replaces the old one. */
  addMenu(menu: MenuRecord): void {
    const index = this.menus.findIndex((existing) => existing.caption === menu.caption);
    if (index >= 0) this.menus.splice(index, 1, menu);
    else this.menus.push(menu);
  }

  queueAlertResponse(button: ButtonName): void {
    this.alertAnswers.push(button);
  }

  queuePromptResponse(text: string, button: ButtonName = 'OK'): void {
    this.promptAnswers.push({ text, button });
  }

  /** The user clicks OK unless a test queued something else or a person is asked. */
  nextAlertAnswer(alert: AlertRecord): ButtonName {
    return this.alertAnswers.shift() ?? this.asker?.alert(alert) ?? 'OK';
  }

  nextPromptAnswer(prompt: AlertRecord): PromptAnswer {
    return this.promptAnswers.shift() ?? this.asker?.prompt(prompt) ?? { text: '', button: 'OK' };
  }
}
