import { readJournal, writeJournal, type Journal } from '../core/quarterClose/journal';

const KEY = 'quarterClose';

/** The last close's journal: in progress, or finished (kept so a second run knows it is done). */
export function loadJournal(): Journal | undefined {
  return readJournal(PropertiesService.getDocumentProperties().getProperty(KEY));
}

/**
 * Records the journal. Sheets may hold writes back and apply them later; flushing first means a step is
 * never recorded as done before its writes have landed.
 */
export function saveJournal(journal: Journal): void {
  SpreadsheetApp.flush();
  PropertiesService.getDocumentProperties().setProperty(KEY, writeJournal(journal));
}
