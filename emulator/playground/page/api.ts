// The page's calls to the playground server.
import type { Answer, JobResult, Question, RowAction, WorkbookView } from '../protocol';

async function post<T>(path: string, body: unknown): Promise<T> {
  const response = await fetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return (await response.json()) as T;
}

export async function fetchState(): Promise<{ view: WorkbookView; question: Question | null }> {
  return (await (await fetch('/state')).json()) as { view: WorkbookView; question: Question | null };
}

export const runMenuItem = (functionName: string): Promise<JobResult> => post('/menu', { functionName });
export const editCell = (sheet: string, a1: string, typed: string): Promise<JobResult> =>
  post('/edit', { sheet, a1, typed });
export const selectCell = (sheet: string, a1: string): Promise<JobResult> => post('/select', { sheet, a1 });
export const answerQuestion = (answer: Answer): Promise<JobResult> => post('/answer', answer);
export const rowAction = (sheet: string, row: number, count: number, action: RowAction): Promise<JobResult> =>
  post('/rows', { sheet, row, count, action });
export const sortRange = (sheet: string, a1: string, column: number, ascending: boolean): Promise<JobResult> =>
  post('/sort', { sheet, a1, column, ascending });
export const pasteText = (sheet: string, a1: string, text: string): Promise<JobResult> =>
  post('/paste', { sheet, a1, text });
export const allowAccess = (sheet: string, a1: string): Promise<JobResult> => post('/allow', { sheet, a1 });
export const undo = (): Promise<JobResult> => post('/undo', {});
