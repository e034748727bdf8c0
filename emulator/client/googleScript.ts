// google.script.run and google.script.host for a page outside Google: the browser half of the emulator.
// Calls go through window.__gasTransport (Playwright's exposeFunction in tests, fetch in the playground)
// with the client-side rules of docs/apps-script-behaviour.md §9: illegal arguments fail synchronously in the
// browser, only public top-level functions exist on the runner, and at most 10 calls are in flight.
interface Reply {
  ok: boolean;
  value?: unknown;
  message?: string;
}
interface GasWindow {
  __gasFunctions: string[];
  __gasTransport(functionName: string, argsJson: string): Promise<string>;
  __gasHost?(command: string): void;
  google: unknown;
}

const MAX_IN_FLIGHT = 10;
const gas = window as unknown as GasWindow;
let inFlight = 0;
const waiting: (() => void)[] = [];

/** Throws as Google's client does for a Date, a function, a DOM node or a circular reference. */
function checkLegal(value: unknown, key: string, seen: Set<object>): void {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'function') throw new TypeError(`Failed due to illegal value in property: ${key}`);
    return;
  }
  if (value instanceof Date || value instanceof Node)
    throw new TypeError(`Failed due to illegal value in property: ${key}`);
  if (seen.has(value)) throw new TypeError('Failed due to circular reference.');
  seen.add(value);
  for (const [childKey, child] of Object.entries(value)) checkLegal(child, childKey, seen);
  seen.delete(value);
}

function release(): void {
  inFlight -= 1;
  waiting.shift()?.();
}

/** No failure handler logs to the console; withFailureHandler(null) silences the failure. */
function fail(handlers: Handlers, error: Error): void {
  if (handlers.failure === undefined) console.error(error.message);
  else if (handlers.failure !== null) handlers.failure(error, handlers.userObject);
}

function send(functionName: string, args: unknown[], handlers: Handlers): void {
  args.forEach((arg, index) => checkLegal(arg, String(index), new Set()));
  const argsJson = JSON.stringify(args);
  const start = (): void => {
    inFlight += 1;
    gas.__gasTransport(functionName, argsJson).then(
      (replyJson) => {
        release();
        const reply = JSON.parse(replyJson) as Reply;
        if (reply.ok) handlers.success?.(reply.value, handlers.userObject);
        else fail(handlers, new Error(reply.message));
      },
      (error: unknown) => {
        release();
        fail(handlers, error instanceof Error ? error : new Error(String(error)));
      },
    );
  };
  if (inFlight < MAX_IN_FLIGHT) start();
  else waiting.push(start);
}

interface Handlers {
  success?: (value: unknown, userObject: unknown) => void;
  failure?: ((error: Error, userObject: unknown) => void) | null;
  userObject?: unknown;
}

/** Each with* call returns a new runner, as Google's does. */
function runner(handlers: Handlers): Record<string, unknown> {
  const result: Record<string, unknown> = {
    withSuccessHandler: (success: Handlers['success']) => runner({ ...handlers, success }),
    withFailureHandler: (failure: Handlers['failure']) => runner({ ...handlers, failure }),
    withUserObject: (userObject: unknown) => runner({ ...handlers, userObject }),
  };
  for (const name of gas.__gasFunctions) {
    if (!name.endsWith('_')) result[name] = (...args: unknown[]) => send(name, args, handlers);
  }
  return result;
}

gas.google = {
  script: {
    run: runner({}),
    host: {
      close: () => gas.__gasHost?.('close'),
      setHeight: () => undefined,
      setWidth: () => undefined,
      editor: { focus: () => gas.__gasHost?.('focus') },
    },
  },
};
