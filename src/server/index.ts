// The bundle's exports: every name in entryPoints.ts, which the build turns into top-level stubs.
export { onOpen, onInstall } from './menu';
export { onEdit } from './onEdit';
export { refreshScores } from './refresh';
export { buildDashboard } from './dashboard';
export { setUpTabs } from './setup';
export { showSettings, getFiscalYear, saveFiscalYear } from './settings';
export { OKR_SCORE, OKR_STATUS, OBJECTIVE_SCORE, KPI_STATUS, QUARTER, QUARTER_PROGRESS } from './customFunctions';
export { showCheckIn, getCheckInState, chooseCheckInOwner, chooseCheckInTeam, submitCheckIn } from './checkIn';
export { recommendKpiOrOkr, addKpiOrKeyResult } from './kpiOrOkr';
export { startNewQuarter, getQuarterClosePreview, confirmQuarterClose } from './quarterClose';
export { healthCheck, getHealthFindings, selectHealthFinding, addRecoveryOkr } from './healthCheck';
export { getReminderSettings, switchDigestOn, switchDigestOff, runWeeklyDigest } from './reminders';
export { rollUpTeams } from './teams';
