// Apps Script hands a script arrays, Dates and errors made by its own global objects. Under `node:vm`
// the script has different globals from the host, so everything the emulator hands over is built with
// the script realm's constructors; otherwise `instanceof Date` and `instanceof Array` would lie in tests.

export interface Realm {
  readonly Array: ArrayConstructor;
  readonly Date: DateConstructor;
  readonly Object: ObjectConstructor;
  readonly Error: ErrorConstructor;
  readonly TypeError: TypeErrorConstructor;
}

export const hostRealm: Realm = { Array, Date, Object, Error, TypeError };

/** Values from another realm fail `instanceof Date`, so Dates are recognised by their internal tag. */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

export function realmArray<T>(realm: Realm, items: readonly T[]): T[] {
  return realm.Array.from<T>(items);
}

export function realmGrid<T>(realm: Realm, rows: readonly (readonly T[])[]): T[][] {
  return realmArray(
    realm,
    rows.map((row) => realmArray(realm, row)),
  );
}

export function realmDate(realm: Realm, ms: number): Date {
  return new realm.Date(ms);
}

export function realmObject(realm: Realm, fields: Record<string, unknown>): Record<string, unknown> {
  const target = new realm.Object() as Record<string, unknown>;
  for (const [key, value] of Object.entries(fields)) {
    if (value !== undefined) target[key] = value;
  }
  return target;
}

function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === null || Object.getPrototypeOf(proto) === null;
}

/** Deep-copies arguments and event payloads into the script realm; emulated objects pass as they are. */
export function toRealm(realm: Realm, value: unknown): unknown {
  if (isDate(value)) return realmDate(realm, value.getTime());
  if (Array.isArray(value))
    return realmArray(
      realm,
      value.map((item) => toRealm(realm, item)),
    );
  if (value !== null && typeof value === 'object' && isPlainObject(value)) {
    const fields: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) fields[key] = toRealm(realm, item);
    return realmObject(realm, fields);
  }
  return value;
}
