// Pins the script's clock: inside the vm, `new Date()` and `Date.now()` return the pinned instant while
// every other use of Date behaves normally. The replacement shares Date.prototype, so Dates the emulator
// makes with it, and any other Date of that realm, pass `instanceof Date`.
import vm from 'node:vm';

export interface Clock {
  /** null: real time. */
  pinned: number | null;
}

const INSTALL = `(function install(now) {
  const RealDate = globalThis.Date;
  // A named function expression: its name 'Date' (what Date.name reports) binds only inside it.
  const PinnedDate = function Date(...args) {
    const pinned = now();
    if (!new.target) return new RealDate(pinned === null ? RealDate.now() : pinned).toString();
    if (args.length === 0 && pinned !== null) return Reflect.construct(RealDate, [pinned], new.target);
    return Reflect.construct(RealDate, args, new.target);
  };
  Object.setPrototypeOf(PinnedDate, RealDate);
  Object.defineProperty(PinnedDate, 'prototype', { value: RealDate.prototype });
  Object.defineProperty(PinnedDate, 'now', {
    value: function now_() { const pinned = now(); return pinned === null ? RealDate.now() : pinned; },
    writable: true, configurable: true,
  });
  Object.defineProperty(RealDate.prototype, 'constructor', { value: PinnedDate, writable: true, configurable: true });
  Object.defineProperty(globalThis, 'Date', { value: PinnedDate, writable: true, configurable: true });
})`;

export function installClock(context: vm.Context, clock: Clock): void {
  const install = vm.runInContext(INSTALL, context) as (now: () => number | null) => void;
  install(() => clock.pinned);
}
