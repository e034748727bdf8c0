// Builds what `clasp push` uploads: dist/Code.js (one IIFE plus a top-level stub per entry point) and
// dist/appsscript.json. Run with `npm run build`; tests call buildAddon() once before loading the bundle.
import { build } from 'esbuild';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { runInNewContext } from 'node:vm';
import { fileURLToPath } from 'node:url';
import { BUNDLE_GLOBAL, ENTRY_POINTS, type EntryPoint } from '../src/server/entryPoints';

const root = fileURLToPath(new URL('..', import.meta.url));
export const DIST = `${root}dist`;

export function stub(entry: EntryPoint): string {
  const params = entry.params.join(', ');
  const doc = ['/**', ...entry.doc.map((line) => ` * ${line}`), ' */'].join('\n');
  return `${doc}\nfunction ${entry.name}(${params}) {\n  return ${BUNDLE_GLOBAL}.${entry.name}(${params});\n}\n`;
}

/** Fails the build when an entry point has no implementation, so a packaging slip never reaches Google. */
function checkExports(bundle: string): void {
  const sandbox: Record<string, unknown> = {};
  runInNewContext(`${bundle}\nthis.exported = ${BUNDLE_GLOBAL};`, sandbox);
  const exported = sandbox.exported as Record<string, unknown>;
  const missing = ENTRY_POINTS.filter((entry) => typeof exported[entry.name] !== 'function');
  if (missing.length > 0) {
    throw new Error(`entry points without an implementation: ${missing.map((entry) => entry.name).join(', ')}`);
  }
}

export async function buildAddon(): Promise<{ codeBytes: number }> {
  const result = await build({
    entryPoints: [`${root}src/server/index.ts`],
    bundle: true,
    format: 'iife',
    globalName: BUNDLE_GLOBAL,
    platform: 'neutral',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    write: false,
    logLevel: 'silent',
  });
  const bundle = result.outputFiles[0]?.text ?? '';
  checkExports(bundle);
  const code = `${bundle}\n${ENTRY_POINTS.map(stub).join('\n')}`;
  await mkdir(DIST, { recursive: true });
  await writeFile(`${DIST}/Code.js`, code);
  await writeFile(`${DIST}/appsscript.json`, await readFile(`${root}appsscript.json`));
  return { codeBytes: Buffer.byteLength(code) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { codeBytes } = await buildAddon();
  console.log(`dist/Code.js ${(codeBytes / 1024).toFixed(1)} KB, dist/appsscript.json`);
}
