// The clipboard's text form of a block of cells, both ways: one cell per tab-separated field, one row per
// line. A field in double quotes may hold tabs, line breaks and "" (as Sheets and Excel copy such cells).

/** The typed text of each pasted cell, rows padded to the widest so the block is a rectangle. */
export function pastedCells(text: string): string[][] {
  const rows: string[][] = [[]];
  let field = '';
  let quoted = false;
  let startOfField = true;
  const source = text.replace(/\r\n?/g, '\n').replace(/\n$/, '');
  for (let i = 0; i < source.length; i += 1) {
    const ch = source[i] ?? '';
    if (quoted) {
      if (ch === '"' && source[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && startOfField) {
      quoted = true;
      startOfField = false;
    } else if (ch === '\t' || ch === '\n') {
      rows.at(-1)?.push(field);
      if (ch === '\n') rows.push([]);
      field = '';
      startOfField = true;
    } else {
      field += ch;
      startOfField = false;
    }
  }
  rows.at(-1)?.push(field);
  const width = Math.max(...rows.map((row) => row.length));
  return rows.map((row) => [...row, ...new Array<string>(width - row.length).fill('')]);
}

/** A block as Sheets puts it on the clipboard: the shown text, quoted where it holds a tab, line break or quote. */
export function copiedText(rows: readonly (readonly string[])[]): string {
  const field = (text: string): string => (/[\t\n"]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  return rows.map((row) => row.map(field).join('\t')).join('\n');
}
