// What one grid cell holds. Values are host-realm copies: a Date the script passes in is copied on
// store (the script could mutate its own object later) and copied again into the script realm on read.
import type { CriteriaName } from './enums';
import { isDate } from './realm';

export type CellValue = string | number | boolean | Date;

export interface ValidationRule {
  readonly criteria: CriteriaName;
  readonly values: readonly unknown[];
  readonly allowInvalid: boolean;
  readonly helpText: string;
}

export interface Cell {
  value: CellValue;
  formula: string;
  background: string | null;
  numberFormat: string | null;
  validation: ValidationRule | null;
  note: string;
  fontWeight: string | null;
  fontColor: string | null;
  wrap: boolean | null;
}

export function blankCell(): Cell {
  return {
    value: '',
    formula: '',
    background: null,
    numberFormat: null,
    validation: null,
    note: '',
    fontWeight: null,
    fontColor: null,
    wrap: null,
  };
}

/** What Range.clear and Sheet.clear do to a cell: content and formats go; notes and validation stay (contract §2). */
export function clearCell(cell: Cell): void {
  const { validation, note } = cell;
  Object.assign(cell, blankCell(), { validation, note });
}

export function copyValue(value: CellValue): CellValue {
  return isDate(value) ? new Date(value.getTime()) : value;
}

export function copyCell(cell: Cell): Cell {
  return { ...cell, value: copyValue(cell.value) };
}

/** getLastRow and getDataRange look at content only, not formatting. */
export function hasContent(cell: Cell | undefined): boolean {
  return cell !== undefined && (cell.value !== '' || cell.formula !== '');
}

/** Deep-copies validation values (lists are arrays the script owns) into the host realm. */
export function copyRuleValues(values: readonly unknown[]): unknown[] {
  return values.map((value) =>
    Array.isArray(value) ? copyRuleValues(value) : isDate(value) ? new Date(value.getTime()) : value,
  );
}
