// Sheet protection: the add-on only marks archive tabs warning-only, so only that part is emulated.
import type { Shape } from './apiShape';
import type { Env } from './env';
import { emulate } from './proxy';
import type { ProtectionState, SheetModel } from './sheetModel';

type ProtectionApi = Shape<
  Pick<
    GoogleAppsScript.Spreadsheet.Protection,
    'setWarningOnly' | 'isWarningOnly' | 'setDescription' | 'getDescription' | 'remove' | 'canEdit'
  >
>;

/** protect() on a protected sheet returns the existing protection (contract §2). */
export function makeProtection(env: Env, sheet: SheetModel): GoogleAppsScript.Spreadsheet.Protection {
  sheet.protection ??= { description: '', warningOnly: false };
  return emulate(
    'Protection',
    new ProtectionImpl(sheet, sheet.protection),
    env,
  ) as unknown as GoogleAppsScript.Spreadsheet.Protection;
}

class ProtectionImpl implements ProtectionApi {
  readonly #sheet: SheetModel;
  readonly #state: ProtectionState;

  constructor(sheet: SheetModel, state: ProtectionState) {
    this.#sheet = sheet;
    this.#state = state;
  }

  setWarningOnly(warningOnly: unknown): this {
    this.#state.warningOnly = Boolean(warningOnly);
    return this;
  }

  isWarningOnly(): boolean {
    return this.#state.warningOnly;
  }

  setDescription(description: unknown): this {
    this.#state.description = String(description);
    return this;
  }

  getDescription(): string {
    return this.#state.description;
  }

  remove(): void {
    if (this.#sheet.protection === this.#state) this.#sheet.protection = null;
  }

  /** Until editors are changed, permissions mirror the spreadsheet's: the user can edit. */
  canEdit(): boolean {
    return true;
  }
}
