// google.script.run as a promise: one place that knows its callback shape. A server exception arrives as
// an Error whose message is the server's. Calls are typed from the server's own exports (server/api.ts),
// so the name must be in the registry and the reply has the type the handler returns.
import type { ServerApi, ServerFunctionName, ServerReply } from '../server/api';

export type { ServerReply };

export function callServer<Name extends ServerFunctionName>(
  functionName: Name,
  ...args: Parameters<ServerApi[Name]>
): Promise<ServerReply<Name>> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((value) => resolve(value as ServerReply<Name>))
      .withFailureHandler((error) => reject(error));
    const call = runner[functionName];
    if (typeof call !== 'function') reject(new Error(`The add-on has no function ${functionName}.`));
    else (call as (...a: unknown[]) => void).apply(runner, args);
  });
}

/** What a failed call says: the server's message, or the rejection itself should it not be an Error. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
