// PropertiesService: three string-to-string stores. Values are stringified, limited to 9 KB each and
// 500 KB per store; getProperties() is a copy, never a live view.
import type { Shape } from './apiShape';
import type { Env, PropertyStore } from './env';
import { exception } from './errors';
import { emulate } from './proxy';
import { realmArray, realmObject } from './realm';

type PropertiesServiceApi = Shape<
  Pick<
    GoogleAppsScript.Properties.PropertiesService,
    'getDocumentProperties' | 'getUserProperties' | 'getScriptProperties'
  >
>;
type PropertiesApi = Shape<
  Pick<
    GoogleAppsScript.Properties.Properties,
    | 'getProperty'
    | 'setProperty'
    | 'setProperties'
    | 'getProperties'
    | 'deleteProperty'
    | 'deleteAllProperties'
    | 'getKeys'
  >
>;

const VALUE_LIMIT_BYTES = 9 * 1024;
const STORE_LIMIT_BYTES = 500 * 1024;
const QUOTA = 'You have exceeded the property storage quota. Please remove some properties and try again.';

export function makePropertiesService(env: Env): GoogleAppsScript.Properties.PropertiesService {
  return emulate(
    'PropertiesService',
    new PropertiesServiceImpl(env),
    env,
  ) as unknown as GoogleAppsScript.Properties.PropertiesService;
}

class PropertiesServiceImpl implements PropertiesServiceApi {
  readonly #env: Env;

  constructor(env: Env) {
    this.#env = env;
  }

  #store(store: PropertyStore): GoogleAppsScript.Properties.Properties {
    return emulate('Properties', new PropertiesImpl(this.#env, store), this.#env);
  }

  /** Null where there is no document: Google's pages say so outside a container; in a trigger, a test's switch. */
  getDocumentProperties(): GoogleAppsScript.Properties.Properties | null {
    if (this.#env.timeTrigger && !this.#env.documentPropertiesInTimeTrigger) return null;
    return this.#store(this.#env.properties.document);
  }

  getUserProperties(): GoogleAppsScript.Properties.Properties {
    return this.#store(this.#env.properties.user);
  }

  getScriptProperties(): GoogleAppsScript.Properties.Properties {
    return this.#store(this.#env.properties.script);
  }
}

function storeBytes(store: PropertyStore): number {
  let bytes = 0;
  for (const [key, value] of Object.entries(store)) bytes += Buffer.byteLength(key) + Buffer.byteLength(value);
  return bytes;
}

class PropertiesImpl implements PropertiesApi {
  readonly #env: Env;
  readonly #store: PropertyStore;

  constructor(env: Env, store: PropertyStore) {
    this.#env = env;
    this.#store = store;
  }

  /** Validates every entry before writing any, so a failed call changes nothing. */
  #put(entries: readonly [string, unknown][]): void {
    const next: PropertyStore = { ...this.#store };
    for (const [key, raw] of entries) {
      const value = String(raw);
      if (Buffer.byteLength(value) > VALUE_LIMIT_BYTES) throw exception(this.#env.realm, 'Argument too large: value');
      Object.defineProperty(next, key, { value, enumerable: true, writable: true, configurable: true });
    }
    if (storeBytes(next) > STORE_LIMIT_BYTES) throw exception(this.#env.realm, QUOTA);
    for (const [key] of entries) {
      Object.defineProperty(this.#store, key, {
        value: next[key],
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
  }

  getProperty(key: string): string | null {
    return Object.hasOwn(this.#store, key) ? (this.#store[key] ?? null) : null;
  }

  setProperty(key: unknown, value: string): this {
    this.#put([[String(key), value]]);
    return this;
  }

  setProperties(properties: Record<string, unknown>, deleteAllOthers?: boolean): this {
    const entries = Object.entries(properties);
    if (deleteAllOthers === true) {
      const keep = new Set(entries.map(([key]) => key));
      for (const key of Object.keys(this.#store)) if (!keep.has(key)) Reflect.deleteProperty(this.#store, key);
    }
    this.#put(entries);
    return this;
  }

  getProperties(): Record<string, string> {
    return realmObject(this.#env.realm, { ...this.#store }) as Record<string, string>;
  }

  deleteProperty(key: unknown): this {
    Reflect.deleteProperty(this.#store, String(key));
    return this;
  }

  deleteAllProperties(): this {
    for (const key of Object.keys(this.#store)) Reflect.deleteProperty(this.#store, key);
    return this;
  }

  getKeys(): string[] {
    return realmArray(this.#env.realm, Object.keys(this.#store));
  }
}
