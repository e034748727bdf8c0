// Apps Script sees only top-level `function` declarations as entry points (menus, triggers,
// google.script.run, custom functions); a `var x = function…` or the bundle's IIFE global is not one.
// TypeScript's parser is already a dev dependency and reads plain JavaScript.
import ts from 'typescript';

export function topLevelFunctionNames(code: string): string[] {
  const source = ts.createSourceFile('Code.js', code, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  return source.statements.flatMap((statement) =>
    ts.isFunctionDeclaration(statement) && statement.name !== undefined && statement.body !== undefined
      ? [statement.name.text]
      : [],
  );
}

/** The top-level functions marked `@customfunction` in their JSDoc: the names a cell formula may call. */
export function customFunctionNames(code: string): string[] {
  const source = ts.createSourceFile('Code.js', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  return source.statements.flatMap((statement) =>
    ts.isFunctionDeclaration(statement) &&
    statement.name !== undefined &&
    statement.body !== undefined &&
    !statement.name.text.endsWith('_') &&
    ts.getJSDocTags(statement).some((tag) => tag.tagName.text.toLowerCase() === 'customfunction')
      ? [statement.name.text]
      : [],
  );
}
