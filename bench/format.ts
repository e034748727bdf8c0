// How the bench writes numbers and tables in Markdown, shared by every section of the report.

export const int = (n: number): string => Math.round(n).toLocaleString('en-US');
export const ms = (n: number): string => (n < 10 ? n.toFixed(1) : int(n));
export const ratio = (a: number, b: number): string => (b === 0 ? '—' : `${(a / b).toFixed(a / b < 10 ? 2 : 0)}×`);
export const seconds = (n: number): string => (n < 10 ? n.toFixed(1) : int(n));
export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
