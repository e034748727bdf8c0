// The part of Google's client-side API the sidebar uses (google.script.run / host), as documented.
declare namespace google.script {
  interface Runner {
    withSuccessHandler(handler: (value: unknown, userObject?: unknown) => void): Runner;
    withFailureHandler(handler: (error: Error, userObject?: unknown) => void): Runner;
    withUserObject(userObject: unknown): Runner;
    [functionName: string]: unknown;
  }
  const run: Runner;
  const host: { close(): void };
}
