// google.script.run as a promise: one place that knows its callback shape. A server exception arrives as
// an Error whose message is the server's.
export function callServer<Result>(functionName: string, ...args: unknown[]): Promise<Result> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((value) => resolve(value as Result))
      .withFailureHandler((error) => reject(error));
    const call = runner[functionName];
    if (typeof call !== 'function') reject(new Error(`The add-on has no function ${functionName}.`));
    else (call as (...a: unknown[]) => void).apply(runner, args);
  });
}
