// Every message that repeats what a person typed quotes it through here. A cell can hold 50,000
// characters and characters nobody can see: quoted raw, the first would overflow the status cell it is
// written to, and the second would show `""` or text that looks right but is not. So the quote is short
// and names each invisible character.

/** Characters of the typed text a quote keeps before it ends in `…`. */
export const QUOTE_LENGTH = 40;

const NAMED: Readonly<Record<string, string>> = {
  '\t': 'tab',
  '\n': 'line break',
  '\r': 'carriage return',
  '\u00a0': 'no-break space',
  '\u00ad': 'soft hyphen',
  '\u061c': 'Arabic letter mark',
  '\u180e': 'Mongolian vowel separator',
  '\u200b': 'zero-width space',
  '\u200c': 'zero-width non-joiner',
  '\u200d': 'zero-width joiner',
  '\u200e': 'left-to-right mark',
  '\u200f': 'right-to-left mark',
  '\u2028': 'line separator',
  '\u2029': 'paragraph separator',
  '\u202a': 'left-to-right embedding',
  '\u202b': 'right-to-left embedding',
  '\u202c': 'pop directional formatting',
  '\u202d': 'left-to-right override',
  '\u202e': 'right-to-left override',
  '\u202f': 'narrow no-break space',
  '\u2060': 'word joiner',
  '\u2066': 'left-to-right isolate',
  '\u2067': 'right-to-left isolate',
  '\u2068': 'first strong isolate',
  '\u2069': 'pop directional isolate',
  '\u3000': 'ideographic space',
  '\ufeff': 'byte order mark',
};

// Control characters (C0, DEL, C1) and other format characters have no name a user would know.
// eslint-disable-next-line no-control-regex -- finding control characters in typed text is the point.
const UNNAMED_INVISIBLE = /^[\u0000-\u001f\u007f-\u009f\p{Cf}]$/u;
const PICTOGRAPH = /\p{Extended_Pictographic}/u;

function codePoint(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * The text's code points: an emoji written as a surrogate pair is one, never split in half. Not grapheme
 * clusters: a joined emoji (👩‍💻) counts its parts, as quote's length always has.
 */
export function codePoints(text: string): string[] {
  return Array.from(text);
}

/** How one character shows inside a quote. */
function shown(char: string, previous: string | undefined): string {
  // A joiner inside an emoji sequence (👩‍💻) is part of what the person sees.
  if (char === '\u200d' && previous !== undefined && PICTOGRAPH.test(previous)) return char;
  const name = NAMED[char];
  if (name !== undefined) return `[${name}]`;
  return UNNAMED_INVISIBLE.test(char) ? `[${codePoint(char)}]` : char;
}

/**
 * `"text"` for a message: invisible characters by name (`"5[zero-width space]0"`), cut after
 * QUOTE_LENGTH characters of what is shown, with `…`. Never splits a character in two.
 */
export function quote(text: string): string {
  let out = '';
  let previous: string | undefined;
  let length = 0;
  for (const char of text) {
    const piece = shown(char, previous);
    if (length >= QUOTE_LENGTH) return `"${out}…"`;
    out += piece;
    // A named character counts as one, so a quote keeps up to QUOTE_LENGTH of the person's characters.
    length += 1;
    previous = char;
  }
  return `"${out}"`;
}

/** Whether the text shows nothing: only white space and invisible characters (a zero-width space). */
export function showsNothing(text: string): boolean {
  return codePoints(text).every(
    (char) => /\s/u.test(char) || NAMED[char] !== undefined || UNNAMED_INVISIBLE.test(char),
  );
}

/**
 * A name as a message repeats it: as it is when it reads plainly (short, every character visible, no quote
 * marks), like `O1.3` or `KPI History`; quoted otherwise, so a long or invisible one shows what it is.
 */
export function plainOrQuoted(text: string): string {
  const trimmed = text.trim();
  const plain =
    trimmed !== '' &&
    codePoints(trimmed).length <= QUOTE_LENGTH &&
    !/["“”]/.test(trimmed) &&
    codePoints(trimmed).every(
      (char) => char === ' ' || !(/\s/u.test(char) || NAMED[char] !== undefined || UNNAMED_INVISIBLE.test(char)),
    );
  return plain ? trimmed : quote(trimmed);
}
