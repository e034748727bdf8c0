// Document-wide settings and facts, kept in DocumentProperties so every editor of the spreadsheet shares
// them. A job reads them all in one call (readContext); these name the keys and read the values.

const FISCAL_START_MONTH = 'fiscalStartMonth';
/** Set when a person types into the Check-ins log: its next read checks every row once (docs/decisions.md). */
const LOG_TYPED_INTO = 'checkInsTypedInto';

export type DocumentFacts = Readonly<Record<string, string>>;

export function readDocumentFacts(): DocumentFacts {
  // Null outside a containing document: the weekly digest's trigger may run with none open.
  const store = PropertiesService.getDocumentProperties() as GoogleAppsScript.Properties.Properties | null;
  return store === null ? {} : store.getProperties();
}

export function fiscalStartMonthOf(facts: DocumentFacts): number {
  const stored = Number(facts[FISCAL_START_MONTH]);
  return Number.isInteger(stored) && stored >= 1 && stored <= 12 ? stored : 1;
}

export function readFiscalStartMonth(): number {
  return fiscalStartMonthOf({
    [FISCAL_START_MONTH]: PropertiesService.getDocumentProperties().getProperty(FISCAL_START_MONTH) ?? '',
  });
}

export function saveFiscalStartMonth(month: number): void {
  PropertiesService.getDocumentProperties().setProperty(FISCAL_START_MONTH, String(month));
}

export function logTypedInto(facts: DocumentFacts): boolean {
  return facts[LOG_TYPED_INTO] === 'true';
}

/** onEdit on the Check-ins tab: rows typed by hand may sit anywhere, so the next read takes the whole log. */
export function markLogTypedInto(): void {
  PropertiesService.getDocumentProperties().setProperty(LOG_TYPED_INTO, 'true');
}

/** The whole log was read and is in time order again: recent reads are safe. */
export function clearLogTypedInto(): void {
  PropertiesService.getDocumentProperties().deleteProperty(LOG_TYPED_INTO);
}
