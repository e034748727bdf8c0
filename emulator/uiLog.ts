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

export class UiLog {
  readonly menus: MenuRecord[] = [];
  readonly toasts: ToastRecord[] = [];
  readonly alerts: AlertRecord[] = [];
  readonly prompts: AlertRecord[] = [];
  readonly sidebars: PanelRecord[] = [];
  readonly dialogs: DialogRecord[] = [];
  private readonly alertAnswers: ButtonName[] = [];
  private readonly promptAnswers: { text: string; button: ButtonName }[] = [];

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

  /** The user clicks OK unless a test queued something else. */
  nextAlertAnswer(): ButtonName {
    return this.alertAnswers.shift() ?? 'OK';
  }

  nextPromptAnswer(): { text: string; button: ButtonName } {
    return this.promptAnswers.shift() ?? { text: '', button: 'OK' };
  }
}
