// Undo in the playground: the tabs' cells as they were before each change a person made in the grid
// (an edit, a paste, a row action, a sort) and what its onEdit wrote. A script run from a menu or the
// sidebar starts a new history, since going back past it would silently undo the script's writes.
import type { SheetModel } from '../sheetModel';
import type { WorkbookModel } from '../workbookModel';

const DEPTH = 50;

export class UndoHistory {
  private readonly steps: SheetModel[][] = [];

  constructor(private readonly model: WorkbookModel) {}

  /** Before a person's change: remembers every tab as it is now. */
  remember(): void {
    this.steps.push(this.model.sheets.map((sheet) => this.withoutSpills(sheet)));
    if (this.steps.length > DEPTH) this.steps.shift();
  }

  /** A copy of the tab whose spilled answers are left empty: restored as data, they would block their formula. */
  private withoutSpills(sheet: SheetModel): SheetModel {
    const copy = sheet.copy(sheet.name, sheet.id);
    for (const [row, column, cell] of copy.cells()) {
      if (cell.formula === '' && this.model.formulas.isSpilled(sheet, row, column)) cell.value = '';
    }
    return copy;
  }

  forget(): void {
    this.steps.length = 0;
  }

  get canUndo(): boolean {
    return this.steps.length > 0;
  }

  /** Puts the tabs back as they were before the last change; false when there is nothing to undo. */
  undo(): boolean {
    const step = this.steps.pop();
    if (step === undefined) return false;
    for (const saved of step) {
      const sheet = this.model.sheets.find((candidate) => candidate.id === saved.id);
      if (sheet === undefined) continue;
      // The tab tells its formula engine of every cell that held or now holds something.
      sheet.restore(saved);
    }
    return true;
  }
}
