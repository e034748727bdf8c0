// vitest types its asymmetric matchers as `any`, so they fit any slot of an expected value and switch off
// type checking around them. These are the same matchers typed `unknown`: they fit the same slots of
// `toEqual` and `toMatchObject`, and the type checker keeps watching the rest of the expected value.
import { expect } from 'vitest';

export function stringContaining(text: string): unknown {
  return expect.stringContaining(text);
}

export function stringMatching(pattern: string | RegExp): unknown {
  return expect.stringMatching(pattern);
}

export function objectContaining(shape: Record<string, unknown>): unknown {
  return expect.objectContaining(shape);
}

/** Any value made by `type` (String, Number, Array, Date…), as `expect.any` matches it. */
export function anyOf(type: abstract new (...args: never[]) => unknown): unknown {
  return expect.any(type);
}
