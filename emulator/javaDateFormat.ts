// Utilities.formatDate takes Java SimpleDateFormat patterns: MM is month and mm minute, HH 0-23 and
// hh 1-12, EEE the weekday, text in single quotes literal and '' an apostrophe.
import { offsetMinutes, wallClock } from './timeZone';
import { DAYS, MONTHS } from './calendarNames';

function pad(n: number, length: number): string {
  return String(n).padStart(length, '0');
}

function zone(minutes: number, colon: boolean): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60), 2)}${colon ? ':' : ''}${pad(abs % 60, 2)}`;
}

export function formatJavaDate(ms: number, timeZone: string, pattern: string): string {
  const w = wallClock(ms, timeZone);
  let out = '';
  for (let i = 0; i < pattern.length;) {
    const ch = pattern[i] ?? '';
    if (ch === "'") {
      if (pattern[i + 1] === "'") {
        out += "'";
        i += 2;
        continue;
      }
      // Inside quotes, '' is one apostrophe and a single ' ends the literal.
      for (i += 1; i < pattern.length; i += 1) {
        if (pattern[i] !== "'") out += pattern.charAt(i);
        else if (pattern[i + 1] === "'") {
          out += "'";
          i += 1;
        } else break;
      }
      i += 1;
      continue;
    }
    if (!/[A-Za-z]/.test(ch)) {
      out += ch;
      i += 1;
      continue;
    }
    let n = 1;
    while (pattern[i + n] === ch) n += 1;
    i += n;
    switch (ch) {
      case 'y':
        out += n === 2 ? pad(w.year % 100, 2) : pad(w.year, n);
        break;
      case 'M':
        out +=
          n >= 4 ? (MONTHS[w.month - 1] ?? '') : n === 3 ? (MONTHS[w.month - 1] ?? '').slice(0, 3) : pad(w.month, n);
        break;
      case 'd':
        out += pad(w.day, n);
        break;
      case 'E':
        out += n >= 4 ? (DAYS[w.weekday] ?? '') : (DAYS[w.weekday] ?? '').slice(0, 3);
        break;
      case 'u':
        out += String(w.weekday === 0 ? 7 : w.weekday);
        break;
      case 'H':
        out += pad(w.hour, n);
        break;
      case 'k':
        out += pad(w.hour === 0 ? 24 : w.hour, n);
        break;
      case 'h':
        out += pad(((w.hour + 11) % 12) + 1, n);
        break;
      case 'K':
        out += pad(w.hour % 12, n);
        break;
      case 'm':
        out += pad(w.minute, n);
        break;
      case 's':
        out += pad(w.second, n);
        break;
      case 'S':
        out += pad(w.millisecond, 3).slice(0, Math.max(n, 3));
        break;
      case 'a':
        out += w.hour < 12 ? 'AM' : 'PM';
        break;
      case 'Z':
        out += zone(offsetMinutes(ms, timeZone), false);
        break;
      case 'X': {
        const minutes = offsetMinutes(ms, timeZone);
        out += minutes === 0 ? 'Z' : zone(minutes, n >= 3);
        break;
      }
      default:
        throw new Error(`not emulated: SimpleDateFormat letter '${ch}'`);
    }
  }
  return out;
}
