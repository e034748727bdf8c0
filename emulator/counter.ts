// Counts service calls and cells so a test can prove that work is batched: a refresh of 10 rows and of
// 10,000 rows should make the same number of calls.

export class Counter {
  readonly calls = new Map<string, number>();
  cellsRead = 0;
  cellsWritten = 0;

  call(key: string): void {
    this.calls.set(key, (this.calls.get(key) ?? 0) + 1);
  }

  get total(): number {
    let sum = 0;
    for (const n of this.calls.values()) sum += n;
    return sum;
  }

  /** Calls whose 'Class.method' key starts with the prefix: 'Range.' or 'Range.getValues'. */
  count(prefix: string): number {
    let sum = 0;
    for (const [key, n] of this.calls) if (key.startsWith(prefix)) sum += n;
    return sum;
  }

  reset(): void {
    this.calls.clear();
    this.cellsRead = 0;
    this.cellsWritten = 0;
  }
}
