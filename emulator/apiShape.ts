// Checks an implementation's method names and parameters against @types/google-apps-script without
// demanding its return types: emulated methods return proxies, which the declared interfaces can't see.

export type Shape<T> = {
  [K in keyof T]: T[K] extends (...args: infer A) => unknown ? (...args: A) => unknown : T[K];
};
