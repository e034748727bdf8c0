// The server as the sidebar and dialogs see it: each registry name with the type of the function index.ts
// exports under it. The client's calls are typed from this, so renaming a handler or changing what it
// returns fails the type check instead of the page at run time. Types only: nothing here reaches the bundle.
import type { EntryPointName } from './entryPoints';
import type * as Server from './index';

type Exports = typeof Server;

/** Compiles only when `Names` is empty; an error here names what is left over. */
export type NoneLeft<Names extends never> = Names;

/** Registry entries without an export: the build's stub for them would call nothing. */
export type EveryEntryExported = NoneLeft<Exclude<EntryPointName, keyof Exports>>;

/** Exports missing from the registry: Apps Script would never see them (no top-level stub). */
export type EveryExportRegistered = NoneLeft<Exclude<keyof Exports, EntryPointName>>;

export type ServerApi = Pick<Exports, EntryPointName>;
export type ServerFunctionName = keyof ServerApi;

/** What `Name` replies with. */
export type ServerReply<Name extends ServerFunctionName> = ReturnType<ServerApi[Name]>;
