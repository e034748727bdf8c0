// The functions HyperFormula lacks and Sheets has, as HyperFormula plugins: the bundle's custom functions
// (one plugin per name, all dispatching to the workbook's engine through the `context` config value),
// IMPORTRANGE and SPARKLINE. Arguments are handed over as Sheets hands them to a custom function:
// a single cell as a scalar, a range as a 2-D array, blanks as '', date cells as Dates.
import type { SimpleCellAddress } from 'hyperformula';
import {
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
} from 'hyperformula';

/** A formula's result as the engine decides it: a value for HyperFormula, or an error with Sheets' message. */
export type CellOutcome =
  { readonly value: string | number | boolean | null } | { readonly error: ErrorType; readonly message: string };

/** What the plugins ask of the workbook's engine (passed as HyperFormula's `context`). */
export interface CellFunctionHost {
  customFunction(name: string, args: unknown[], at: SimpleCellAddress): CellOutcome;
  importRange(url: unknown, range: unknown, at: SimpleCellAddress): CellOutcome;
  /** True when the cell shows dates, so its number reaches a custom function as a Date. */
  isDateCell(at: SimpleCellAddress): boolean;
  dateOf(serial: number): Date;
  /** The document's clock as a serial day number in its zone: a test's pinned `now`, else the real time. */
  nowSerial(): number;
}

interface ArgumentAst {
  readonly type: string;
  readonly reference?: { toSimpleCellAddress(base: SimpleCellAddress): SimpleCellAddress };
}
interface CallAst {
  readonly procedureName: string;
  readonly args: readonly ArgumentAst[];
}
interface CallState {
  readonly formulaAddress: SimpleCellAddress;
}

const ERROR_TEXT: Record<string, string> = {
  DIV_BY_ZERO: '#DIV/0!',
  NAME: '#NAME?',
  VALUE: '#VALUE!',
  NUM: '#NUM!',
  NA: '#N/A',
  REF: '#REF!',
  ERROR: '#ERROR!',
};

/** The text Sheets shows for an error of this kind; cycles and spills are #REF! there. */
export function errorText(type: string): string {
  return ERROR_TEXT[type] ?? (type === 'CYCLE' || type === 'SPILL' ? '#REF!' : '#ERROR!');
}

const DATE_TYPES = new Set(['NUMBER_DATE', 'NUMBER_DATETIME', 'NUMBER_TIME']);

function isRichNumber(value: unknown): value is { val: number; getDetailedType(): string } {
  return typeof value === 'object' && value !== null && 'val' in value && 'getDetailedType' in value;
}

function toOutcomeValue(outcome: CellOutcome): unknown {
  if ('error' in outcome) return new CellError(outcome.error, outcome.message);
  return outcome.value === null || outcome.value === '' ? EmptyValue : outcome.value;
}

/** The shared behaviour; HyperFormula needs each name's method on the registered class itself. */
class SheetsFunctionsBase extends FunctionPlugin {
  static override implementedFunctions = {};

  #host(): CellFunctionHost {
    return this.config.context as CellFunctionHost;
  }

  #scalar(value: unknown, at: SimpleCellAddress | undefined): unknown {
    if (value === EmptyValue || value === null || value === undefined) return '';
    if (value instanceof CellError) return errorText(value.type);
    if (isRichNumber(value)) {
      return DATE_TYPES.has(value.getDetailedType()) ? this.#host().dateOf(value.val) : value.val;
    }
    if (typeof value === 'number' && at !== undefined && this.#host().isDateCell(at)) return this.#host().dateOf(value);
    return value;
  }

  /** The arguments as Sheets passes them, or the first error among single values (it propagates). */
  #arguments(ast: CallAst, state: CallState): unknown[] | CellError {
    const args: unknown[] = [];
    for (const arg of ast.args) {
      if (arg.type === 'EMPTY') {
        args.push('');
        continue;
      }
      const value: unknown = this.evaluateAst(arg as never, state as never);
      if (value instanceof CellError) return value;
      if (value instanceof SimpleRangeValue) {
        const start = value.range?.start;
        args.push(
          value.data.map((row, r) =>
            row.map((item, c) =>
              this.#scalar(
                item,
                start === undefined ? undefined : { ...start, row: start.row + r, col: start.col + c },
              ),
            ),
          ),
        );
        continue;
      }
      const at = arg.type === 'CELL_REFERENCE' ? arg.reference?.toSimpleCellAddress(state.formulaAddress) : undefined;
      args.push(this.#scalar(value, at));
    }
    return args;
  }

  custom(ast: CallAst, state: CallState): unknown {
    const args = this.#arguments(ast, state);
    if (args instanceof CellError) return args;
    return toOutcomeValue(this.#host().customFunction(ast.procedureName, args, state.formulaAddress));
  }

  importRange(ast: CallAst, state: CallState): unknown {
    const args = this.#arguments(ast, state);
    if (args instanceof CellError) return args;
    if (args.length !== 2) return new CellError(ErrorType.NA, 'Wrong number of arguments to IMPORTRANGE.');
    return toOutcomeValue(this.#host().importRange(args[0], args[1], state.formulaAddress));
  }

  /** TODAY() and NOW() read the document's clock, so a test that pins `now` pins them too. */
  today(): unknown {
    return this.returnNumberWrapper(Math.floor(this.#host().nowSerial()), 'NUMBER_DATE' as never);
  }

  now(): unknown {
    return this.returnNumberWrapper(this.#host().nowSerial(), 'NUMBER_DATETIME' as never);
  }

  /** The cell holds a drawing, not a value: getValue() reads '' (contract §15). */
  sparkline(): unknown {
    return EmptyValue;
  }
}

const ANY_ARGUMENTS = {
  parameters: [{ argumentType: FunctionArgumentType.ANY, optionalArg: true }],
  repeatLastArgs: 1,
};

class ImportRangePlugin extends SheetsFunctionsBase {
  static override implementedFunctions = { IMPORTRANGE: { method: 'importRange', ...ANY_ARGUMENTS } };
  override importRange(ast: CallAst, state: CallState): unknown {
    return super.importRange(ast, state);
  }
}

class SparklinePlugin extends SheetsFunctionsBase {
  static override implementedFunctions = { SPARKLINE: { method: 'sparkline', ...ANY_ARGUMENTS } };
  override sparkline(): unknown {
    return super.sparkline();
  }
}

class ClockPlugin extends SheetsFunctionsBase {
  static override implementedFunctions = {
    TODAY: { method: 'today', parameters: [], isVolatile: true },
    NOW: { method: 'now', parameters: [], isVolatile: true },
  };
  override today(): unknown {
    return super.today();
  }
  override now(): unknown {
    return super.now();
  }
}

const registered = new Set<string>();

function register(name: string, plugin: typeof SheetsFunctionsBase): void {
  HyperFormula.registerFunction(name, plugin, { enGB: { [name]: name } });
  registered.add(name);
}

/** The Sheets-only functions every engine has; registered once per process (HyperFormula's registry is global). */
export function registerSheetsFunctions(): void {
  if (registered.has('IMPORTRANGE')) return;
  register('IMPORTRANGE', ImportRangePlugin);
  register('SPARKLINE', SparklinePlugin);
  HyperFormula.registerFunctionPlugin(ClockPlugin);
}

/**
 * Makes these custom function names known to engines built from now on; returns true when one was new.
 * A name HyperFormula already implements is left to it: Sheets forbids custom functions named like built-ins.
 */
export function registerCustomFunctions(names: readonly string[]): boolean {
  registerSheetsFunctions();
  const builtIn = new Set(HyperFormula.getRegisteredFunctionNames('enGB'));
  let added = false;
  for (const name of names.map((n) => n.toUpperCase())) {
    if (registered.has(name) || builtIn.has(name)) continue;
    const plugin = class extends SheetsFunctionsBase {
      static override implementedFunctions = { [name]: { method: 'custom', ...ANY_ARGUMENTS } };
      override custom(ast: CallAst, state: CallState): unknown {
        return super.custom(ast, state);
      }
    };
    register(name, plugin);
    added = true;
  }
  return added;
}
