import { readJournal, writeJournal, type Journal } from '../core/quarterClose/journal';

const KEY = 'quarterClose';

/** The last close's journal: in progress, or finished (kept so a second run knows it is done). */
export function loadJournal(): Journal | undefined {
  return readJournal(PropertiesService.getDocumentProperties().getProperty(KEY));
}

export function saveJournal(journal: Journal): void {
  PropertiesService.getDocumentProperties().setProperty(KEY, writeJournal(journal));
}
