// Type tests, checked by `npm run typecheck` (tsconfig.ui.json): each `@ts-expect-error` line must fail to
// compile, so if a check stops biting, the unused directive is itself the error. Never run, never bundled.
import type { EveryEntryExported, EveryExportRegistered, NoneLeft } from '../../src/server/api';
import type { EntryPointName } from '../../src/server/entryPoints';
import type * as Server from '../../src/server/index';
import { callServer } from '../../src/ui/server';

// Today every registry entry has an export and every export is registered.
export type Today = [EveryEntryExported, EveryExportRegistered];

// A handler renamed in the server but not in the registry: the registry entry has no export any more.
// @ts-expect-error 'getCheckInState' would be left over
export type RenamedHandler = NoneLeft<Exclude<EntryPointName, Exclude<keyof typeof Server, 'getCheckInState'>>>;

// An export the registry does not list: the build would give Apps Script no stub for it.
// @ts-expect-error 'notInTheRegistry' is left over
export type UnregisteredExport = NoneLeft<Exclude<keyof typeof Server | 'notInTheRegistry', EntryPointName>>;

export async function clientCalls(): Promise<void> {
  // @ts-expect-error the client may call only a registry name
  await callServer('getCheckInStat');

  // The reply has the handler's return type, not one the page declares.
  const state = await callServer('getCheckInState');
  const owners: readonly string[] = state.owners;
  // @ts-expect-error getCheckInState replies with a state, not a check-in reply
  const wrongShape: { ok: boolean } = state;

  const preview = await callServer('getQuarterClosePreview');
  if (preview.ok) {
    const quarter: string = preview.quarter;
    // @ts-expect-error the preview has no such field
    const typo: string = preview.quater;
    void [quarter, typo];
  }
  void [owners, wrongShape];
}
