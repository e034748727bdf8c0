// The server half of google.script.run: what a sidebar call does to the bundle and what comes back.
// Rules (docs/apps-script-behaviour.md §9): names ending in `_` are private; a server exception reaches the
// failure handler with its message; a result holding a Date anywhere arrives as null; the rest is a copy.
import { buildSync } from 'esbuild';
import { fileURLToPath } from 'node:url';
import type { Addon } from './loader';

export interface ClientReply {
  ok: boolean;
  value?: unknown;
  message?: string;
}

function holdsDate(value: unknown): boolean {
  if (Object.prototype.toString.call(value) === '[object Date]') return true;
  if (value === null || typeof value !== 'object') return false;
  return Object.values(value).some(holdsDate);
}

/** Runs one google.script.run call in FULL mode, as Apps Script does. */
export function runForClient(addon: Addon, functionName: string, args: unknown[]): ClientReply {
  if (functionName.endsWith('_') || !addon.topLevelFunctions().includes(functionName)) {
    return { ok: false, message: `Script function not found: ${functionName}` };
  }
  try {
    const value = addon.run(functionName, { args });
    if (value === undefined) return { ok: true };
    return { ok: true, value: holdsDate(value) ? null : JSON.parse(JSON.stringify(value)) };
  } catch (error) {
    // The error comes from the script's own realm, so `instanceof Error` would be false here.
    const message =
      typeof error === 'object' && error !== null && 'message' in error ? String(error.message) : String(error);
    return { ok: false, message };
  }
}

/** The public top-level functions a sidebar may call. */
export function clientFunctions(addon: Addon): string[] {
  return addon.topLevelFunctions().filter((name) => !name.endsWith('_'));
}

let shim: string | undefined;

/** The browser half (emulator/client/googleScript.ts) as one script. */
function googleScriptShim(): string {
  shim ??=
    buildSync({
      entryPoints: [fileURLToPath(new URL('./client/googleScript.ts', import.meta.url))],
      bundle: true,
      format: 'iife',
      target: 'es2020',
      write: false,
    }).outputFiles[0]?.text ?? '';
  return shim;
}

/**
 * The page with google.script.run installed before its own scripts run, for the given public functions.
 * The caller provides window.__gasTransport (and, to see close(), window.__gasHost).
 */
export function withGoogleScript(html: string, functionNames: readonly string[]): string {
  const tag = `<script>window.__gasFunctions = ${JSON.stringify(functionNames)};\n${googleScriptShim()}</script>`;
  const head = /<head[^>]*>/i.exec(html);
  if (head === null) return tag + html;
  const at = head.index + head[0].length;
  return html.slice(0, at) + tag + html.slice(at);
}
