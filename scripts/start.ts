// `npm start [-- book.xlsx] [--port 8080] [--demo teams]`: builds the add-on and opens it in the browser
// playground, a Sheets-like page on the local emulator running dist/Code.js. Without a file it opens the demo
// workbook, kept in playground.local.json (git-ignored) so edits survive a restart; `--demo teams` opens the
// company whose teams keep their own files instead, kept in playground-teams.local.json.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { startPlayground } from '../emulator/playground/server';
import { buildAddon, DIST } from './build';

const DEFAULT_PORT = 8080;
const DEMO_FILES = {
  company: fileURLToPath(new URL('../playground.local.json', import.meta.url)),
  teams: fileURLToPath(new URL('../playground-teams.local.json', import.meta.url)),
};

const { values, positionals } = parseArgs({
  options: { port: { type: 'string' }, demo: { type: 'string' } },
  allowPositionals: true,
});
const demo = values.demo ?? 'company';
if (demo !== 'company' && demo !== 'teams') {
  console.error(`--demo must be company or teams, got ${demo}`);
  process.exit(1);
}
const port = Number(values.port ?? process.env.PORT ?? DEFAULT_PORT);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a port number, got ${values.port ?? process.env.PORT}`);
  process.exit(1);
}

await buildAddon();
try {
  const playground = await startPlayground({
    code: await readFile(`${DIST}/Code.js`, 'utf8'),
    htmlFiles: { Sidebar: await readFile(`${DIST}/Sidebar.html`, 'utf8') },
    workbookPath: positionals[0] ?? DEMO_FILES[demo],
    port,
    demo,
  });
  console.log(`KPI & OKR playground: ${playground.url}`);
  console.log(
    positionals[0] === undefined
      ? `Demo workbook (your edits are kept in ${DEMO_FILES[demo].split('/').at(-1) ?? ''}; delete it to start over).`
      : `Opened ${positionals[0]}: it is never written to; File → Download (.xlsx) saves your changes.`,
  );
  console.log('dist/Code.js, the file `npm run push` uploads, runs on the local Apps Script emulator. Ctrl+C stops.');
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
