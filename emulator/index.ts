// The emulator's public surface: fixtures (createWorkbook), the bundle loader (loadAddon) and, for
// testing the emulator itself, the services without a vm (emulateServices).
export type { CellValue } from './cells';
export { createWorkbook, Workbook } from './workbook';
export type { CellView, SheetFixture, SheetView, ValidationView, WorkbookSnapshot } from './workbook';
export { loadAddon, Addon } from './loader';
export type { AddonConsent, AddonMail, AddonUi, LoadOptions, RunOptions } from './loader';
export { Project } from './project';
export type { ProjectSnapshot } from './project';
export type { SentMail } from './outbox';
export type { ClockTrigger, Schedule } from './triggers';
export { SCOPES } from './scopes';
export { emulateServices } from './services';
export type { EmulatedServices, Services } from './services';
export type { AuthModeName } from './authMode';
export type { FormulaError } from './formulaEngine';
export { Counter } from './counter';
export type { ButtonName } from './enums';
export type { AlertRecord, DialogRecord, MenuRecord, PanelRecord, PromptAnswer, ToastRecord, UserAsker } from './uiLog';
export { restoreWorkbook } from './snapshot';
export { runForClient, clientFunctions, withGoogleScript } from './scriptRun';
export type { ClientReply } from './scriptRun';
