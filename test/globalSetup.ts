import { buildAddon } from '../scripts/build';

// Integration tests load dist/Code.js, the file Google runs, so it is built once before any test.
export default async function setup(): Promise<void> {
  await buildAddon();
}
