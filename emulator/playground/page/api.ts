// The page's calls to the playground server.
import type { Answer, JobResult, Question, WorkbookView } from '../protocol';

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
