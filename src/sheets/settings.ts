// Document-wide settings, kept in DocumentProperties so every editor of the spreadsheet shares them.

const FISCAL_START_MONTH = 'fiscalStartMonth';

export function readFiscalStartMonth(): number {
  const stored = Number(PropertiesService.getDocumentProperties().getProperty(FISCAL_START_MONTH));
  return Number.isInteger(stored) && stored >= 1 && stored <= 12 ? stored : 1;
}

export function saveFiscalStartMonth(month: number): void {
  PropertiesService.getDocumentProperties().setProperty(FISCAL_START_MONTH, String(month));
}
