// LockService. There is one script at a time here, so contention is simulated: a test marks a lock as
// held elsewhere and every tryLock then fails and waitLock throws, as when another execution holds it.
import type { Shape } from './apiShape';
import type { Env, LockSlot } from './env';
import { exception } from './errors';
import { emulate } from './proxy';

type LockServiceApi = Shape<
  Pick<GoogleAppsScript.Lock.LockService, 'getDocumentLock' | 'getScriptLock' | 'getUserLock'>
>;
type LockApi = Shape<Pick<GoogleAppsScript.Lock.Lock, 'tryLock' | 'waitLock' | 'hasLock' | 'releaseLock'>>;

export const LOCK_TIMEOUT = 'Lock timeout: another process was holding the lock for too long.';

export function makeLockService(env: Env): GoogleAppsScript.Lock.LockService {
  return emulate('LockService', new LockServiceImpl(env), env);
}

class LockServiceImpl implements LockServiceApi {
  readonly #env: Env;

  constructor(env: Env) {
    this.#env = env;
  }

  #lock(slot: LockSlot): GoogleAppsScript.Lock.Lock {
    return emulate('Lock', new LockImpl(this.#env, slot), this.#env);
  }

  getDocumentLock(): GoogleAppsScript.Lock.Lock {
    return this.#lock(this.#env.locks.document);
  }

  getScriptLock(): GoogleAppsScript.Lock.Lock {
    return this.#lock(this.#env.locks.script);
  }

  getUserLock(): GoogleAppsScript.Lock.Lock {
    return this.#lock(this.#env.locks.user);
  }
}

class LockImpl implements LockApi {
  readonly #env: Env;
  readonly #slot: LockSlot;

  constructor(env: Env, slot: LockSlot) {
    this.#env = env;
    this.#slot = slot;
  }

  /** Already held: no effect, true. Negative timeout or contention: false (no real waiting). */
  tryLock(timeoutInMillis: number): boolean {
    if (this.#slot.heldByUs) return true;
    if (timeoutInMillis < 0 || this.#slot.heldElsewhere) return false;
    this.#slot.heldByUs = true;
    return true;
  }

  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis)) throw exception(this.#env.realm, LOCK_TIMEOUT);
  }

  hasLock(): boolean {
    return this.#slot.heldByUs;
  }

  releaseLock(): void {
    this.#slot.heldByUs = false;
  }
}
