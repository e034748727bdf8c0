// Builds what `clasp push` uploads: dist/Code.js (one IIFE plus a top-level stub per entry point),
// dist/Sidebar.html (src/ui's script and style inlined, since a sidebar may load nothing from the network)
// and dist/appsscript.json. Run with `npm run build`; tests call buildAddon() once before loading the bundle.
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

/** The sidebar client as one HTML file: the shell with the minified style and script in place. */
async function buildSidebar(): Promise<string> {
  const [script, style] = await Promise.all(
    ['main.ts', 'style.css'].map(async (file) => {
      const result = await build({
        entryPoints: [`${root}src/ui/${file}`],
        bundle: true,
        format: 'iife',
        platform: 'browser',
        target: 'es2020',
        minify: true,
        legalComments: 'none',
        write: false,
        logLevel: 'silent',
      });
      return result.outputFiles[0]?.text.trim() ?? '';
    }),
  );
  const shell = await readFile(`${root}src/ui/sidebar.html`, 'utf8');
  // Function replacers: `$&` in the minified code must not be read as a replacement pattern.
  return shell.replace('/* style.css */', () => style ?? '').replace('/* main.ts */', () => script ?? '');
}

export async function buildAddon(): Promise<{ codeBytes: number; sidebarBytes: number }> {
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
  const sidebar = await buildSidebar();
  await writeFile(`${DIST}/Sidebar.html`, sidebar);
  await writeFile(`${DIST}/appsscript.json`, await readFile(`${root}appsscript.json`));
  return { codeBytes: Buffer.byteLength(code), sidebarBytes: Buffer.byteLength(sidebar) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { codeBytes, sidebarBytes } = await buildAddon();
  const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
  console.log(`dist/Code.js ${kb(codeBytes)}, dist/Sidebar.html ${kb(sidebarBytes)}, dist/appsscript.json`);
}
