import { makeSheetFunctions } from '../core/sheetFunctions';

// Custom functions run read-only and must touch no service: they see only their arguments.
const sheetFunctions = makeSheetFunctions(() => new Date());

export const { OKR_SCORE, OKR_STATUS, OBJECTIVE_SCORE, KPI_STATUS, QUARTER, QUARTER_PROGRESS } = sheetFunctions;
