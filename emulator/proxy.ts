// Every object the script sees is a Proxy over an implementation class: each method call is counted as
// 'Class.method' and checked against the auth mode, and any other property throws `not emulated: X.y`
// so a missing piece of the emulator fails loudly instead of returning undefined.
import type { AuthModeName } from './authMode';
import { deniedMessage } from './authMode';
import type { Counter } from './counter';
import { exception, notEmulated } from './errors';
import type { Realm } from './realm';

export interface CallGate {
  readonly realm: Realm;
  readonly counter: Counter;
  readonly mode: AuthModeName;
}

/** Properties test tooling (vitest, util.inspect, await) probes on any object; they must not throw. */
const PASSTHROUGH = new Set([
  'then',
  'toJSON',
  'asymmetricMatch',
  'constructor',
  'nodeType',
  'nodeName',
  '$$typeof',
  'inspect',
]);

const implementations = new WeakMap<object, object>();

/** The implementation behind an emulated object the script passed back in, if it is of that class. */
export function implOf<T extends object>(value: unknown, cls: abstract new (...args: never[]) => T): T | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const impl = implementations.get(value);
  return impl instanceof cls ? impl : undefined;
}

function isPassthrough(prop: string | symbol): boolean {
  return typeof prop === 'symbol' || PASSTHROUGH.has(prop) || prop.startsWith('@@') || prop in Object.prototype;
}

export function emulate<T extends object>(className: string, target: T, gate: CallGate): T {
  const assignedByScript = new Set<string | symbol>();
  const proxy: T = new Proxy(target, {
    get(obj, prop) {
      if (isPassthrough(prop) || assignedByScript.has(prop)) return Reflect.get(obj, prop);
      const name = String(prop);
      const value: unknown = Reflect.get(obj, prop);
      if (typeof value === 'function' && !Object.hasOwn(obj, prop)) {
        const method = value as (...args: unknown[]) => unknown;
        return (...args: unknown[]): unknown => {
          gate.counter.call(`${className}.${name}`);
          const injected = gate.counter.injectedFailure();
          if (injected !== undefined) throw exception(gate.realm, injected);
          const denied = deniedMessage(gate.mode, className, name);
          if (denied !== null) throw exception(gate.realm, denied);
          const result = method.apply(obj, args);
          return result === obj ? proxy : result;
        };
      }
      // Enum members such as SpreadsheetApp.DataValidationCriteria are capitalised own fields.
      if (Object.hasOwn(obj, prop) && /^[A-Z]/.test(name)) return value;
      throw notEmulated(gate.realm, `${className}.${name}`);
    },
    set(obj, prop, value) {
      // Scripts may hang data on objects (template.data = …); only those names become readable.
      assignedByScript.add(prop);
      return Reflect.set(obj, prop, value);
    },
  });
  implementations.set(proxy, target);
  return proxy;
}
