// DataValidationBuilder and DataValidation. A built rule is plain data (criteria name, host-realm copies
// of its values) so it can be stored in cells and read back by the fixture API.
import type { Shape } from './apiShape';
import type { ValidationRule } from './cells';
import { copyRuleValues } from './cells';
import type { CriteriaName } from './enums';
import { CRITERIA, enumName } from './enums';
import type { Env } from './env';
import { exception, signatureMismatch } from './errors';
import { emulate } from './proxy';
import { realmArray, toRealm } from './realm';

type BuilderApi = Shape<
  Pick<
    GoogleAppsScript.Spreadsheet.DataValidationBuilder,
    | 'requireNumberBetween'
    | 'requireNumberGreaterThan'
    | 'requireNumberGreaterThanOrEqualTo'
    | 'requireNumberLessThan'
    | 'requireNumberLessThanOrEqualTo'
    | 'requireValueInList'
    | 'requireCheckbox'
    | 'requireDate'
    | 'requireTextIsEmail'
    | 'requireTextIsUrl'
    | 'withCriteria'
    | 'setAllowInvalid'
    | 'setHelpText'
    | 'build'
  >
>;
type RuleApi = Shape<
  Pick<
    GoogleAppsScript.Spreadsheet.DataValidation,
    'getCriteriaType' | 'getCriteriaValues' | 'getAllowInvalid' | 'getHelpText' | 'copy'
  >
>;

export function makeDataValidationBuilder(
  env: Env,
  from?: ValidationRule,
): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
  return emulate(
    'DataValidationBuilder',
    new DataValidationBuilderImpl(env, from),
    env,
  ) as unknown as GoogleAppsScript.Spreadsheet.DataValidationBuilder;
}

export function makeDataValidation(env: Env, rule: ValidationRule): GoogleAppsScript.Spreadsheet.DataValidation {
  return emulate('DataValidation', new DataValidationImpl(env, rule), env);
}

export class DataValidationBuilderImpl implements BuilderApi {
  readonly #env: Env;
  #criteria: CriteriaName | null;
  #values: unknown[];
  // New rules show a warning instead of rejecting input unless told otherwise (contract §1).
  #allowInvalid: boolean;
  #helpText: string;

  constructor(env: Env, from?: ValidationRule) {
    this.#env = env;
    this.#criteria = from?.criteria ?? null;
    this.#values = copyRuleValues(from?.values ?? []);
    this.#allowInvalid = from?.allowInvalid ?? true;
    this.#helpText = from?.helpText ?? '';
  }

  #set(criteria: CriteriaName, values: readonly unknown[]): this {
    this.#criteria = criteria;
    this.#values = copyRuleValues(values);
    return this;
  }

  requireNumberBetween(start: number, end: number): this {
    return this.#set('NUMBER_BETWEEN', [start, end]);
  }

  requireNumberGreaterThan(number: number): this {
    return this.#set('NUMBER_GREATER_THAN', [number]);
  }

  requireNumberGreaterThanOrEqualTo(number: number): this {
    return this.#set('NUMBER_GREATER_THAN_OR_EQUAL_TO', [number]);
  }

  requireNumberLessThan(number: number): this {
    return this.#set('NUMBER_LESS_THAN', [number]);
  }

  requireNumberLessThanOrEqualTo(number: number): this {
    return this.#set('NUMBER_LESS_THAN_OR_EQUAL_TO', [number]);
  }

  requireValueInList(values: string[], showDropdown?: boolean): this {
    if (!Array.isArray(values)) {
      throw signatureMismatch(this.#env.realm, [values], 'SpreadsheetApp.DataValidationBuilder.requireValueInList');
    }
    return this.#set('VALUE_IN_LIST', [values, showDropdown ?? true]);
  }

  requireCheckbox(...values: unknown[]): this {
    return this.#set('CHECKBOX', values.slice(0, 2));
  }

  requireDate(): this {
    return this.#set('DATE_IS_VALID_DATE', []);
  }

  requireTextIsEmail(): this {
    return this.#set('TEXT_IS_VALID_EMAIL', []);
  }

  requireTextIsUrl(): this {
    return this.#set('TEXT_IS_VALID_URL', []);
  }

  withCriteria(criteria: GoogleAppsScript.Spreadsheet.DataValidationCriteria, args: unknown[]): this {
    const name = enumName(criteria);
    const known = CRITERIA.find((member) => member === name);
    if (known === undefined || !Array.isArray(args)) {
      throw signatureMismatch(this.#env.realm, [criteria, args], 'SpreadsheetApp.DataValidationBuilder.withCriteria');
    }
    return this.#set(known, args);
  }

  setAllowInvalid(allowInvalidData: unknown): this {
    this.#allowInvalid = Boolean(allowInvalidData);
    return this;
  }

  setHelpText(helpText: unknown): this {
    this.#helpText = String(helpText);
    return this;
  }

  build(): GoogleAppsScript.Spreadsheet.DataValidation {
    // Not a documented message: a rule without criteria is a script bug the emulator reports plainly.
    if (this.#criteria === null) throw exception(this.#env.realm, 'The data validation rule has no criteria.');
    return makeDataValidation(this.#env, {
      criteria: this.#criteria,
      values: copyRuleValues(this.#values),
      allowInvalid: this.#allowInvalid,
      helpText: this.#helpText,
    });
  }
}

export class DataValidationImpl implements RuleApi {
  readonly #env: Env;
  readonly #rule: ValidationRule;

  constructor(env: Env, rule: ValidationRule) {
    this.#env = env;
    this.#rule = rule;
  }

  get rule(): ValidationRule {
    return this.#rule;
  }

  getCriteriaType(): GoogleAppsScript.Spreadsheet.DataValidationCriteria {
    return this.#env.enums.DataValidationCriteria[
      this.#rule.criteria
    ] as unknown as GoogleAppsScript.Spreadsheet.DataValidationCriteria;
  }

  getCriteriaValues(): unknown[] {
    return realmArray(
      this.#env.realm,
      this.#rule.values.map((value) => toRealm(this.#env.realm, value)),
    );
  }

  getAllowInvalid(): boolean {
    return this.#rule.allowInvalid;
  }

  getHelpText(): string {
    return this.#rule.helpText;
  }

  copy(): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    return makeDataValidationBuilder(this.#env, this.#rule);
  }
}
