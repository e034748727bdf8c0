// Bundles a bench-only Apps Script (bench/gas/*.ts) the way scripts/build.ts bundles the add-on: one IIFE
// plus a top-level stub per function, so the floor and the naive baseline run in the same emulator, through
// the same loader, as dist/Code.js.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { stub } from '../scripts/build';
import { BUNDLE_GLOBAL } from '../src/server/entryPoints';

export async function gasScript(
  file: string,
  functions: readonly { name: string; params: readonly string[] }[],
): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL(`gas/${file}`, import.meta.url))],
    bundle: true,
    format: 'iife',
    globalName: BUNDLE_GLOBAL,
    platform: 'neutral',
    target: 'es2020',
    write: false,
    logLevel: 'silent',
  });
  const bundle = result.outputFiles[0]?.text ?? '';
  return `${bundle}\n${functions.map((entry) => stub({ ...entry, doc: [`Bench script: ${entry.name}.`] })).join('\n')}`;
}
