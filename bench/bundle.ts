// What Apps Script loads on every execution, custom functions included: the size of each built file and the
// time to evaluate Code.js in a fresh global scope.
import { existsSync, readFileSync } from 'node:fs';
import vm from 'node:vm';
import { gzipSync } from 'node:zlib';
import { cpuMs, median } from './measure';

export type FileSize =
  | { readonly file: string; readonly built: true; readonly raw: number; readonly gzip: number }
  | { readonly file: string; readonly built: false };

export function fileSize(path: string): FileSize {
  const file = path.split('/').at(-1) ?? path;
  if (!existsSync(path)) return { file, built: false };
  const bytes = readFileSync(path);
  return { file, built: true, raw: bytes.length, gzip: gzipSync(bytes).length };
}

/**
 * Median CPU ms to compile and run the file in a new context. Each run appends a distinct comment: V8 caches
 * compiled code by source text, and Apps Script does not share that cache between executions.
 */
export function loadMs(code: string, runs: number): number {
  return median(
    Array.from({ length: runs }, (_, run) =>
      cpuMs(() => {
        new vm.Script(`${code}\n// run ${run}`, { filename: 'Code.js' }).runInNewContext({});
      }),
    ),
  );
}
