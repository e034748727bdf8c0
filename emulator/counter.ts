// Counts service calls and cells so a test can prove that work is batched: a refresh of 10 rows and of
// 10,000 rows should make the same number of calls.

export class Counter {
  readonly calls = new Map<string, number>();
  /** Every call's 'Class.method' in order, so a test can pick which call to fail. */
  readonly sequence: string[] = [];
  cellsRead = 0;
  cellsWritten = 0;
  #failAt: { call: number; message: string } | null = null;

  call(key: string): void {
    this.calls.set(key, (this.calls.get(key) ?? 0) + 1);
    this.sequence.push(key);
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

  /** A test's crash: the nth service call from now throws `message` instead of running (once). */
  failOnCall(n: number, message = 'Injected failure'): void {
    this.#failAt = { call: this.total + n, message };
  }

  /** The injected failure due now that a call was counted, if any. */
  injectedFailure(): string | undefined {
    if (this.#failAt === null || this.total !== this.#failAt.call) return undefined;
    const { message } = this.#failAt;
    this.#failAt = null;
    return message;
  }

  reset(): void {
    this.calls.clear();
    this.sequence.length = 0;
    this.cellsRead = 0;
    this.cellsWritten = 0;
  }
}
