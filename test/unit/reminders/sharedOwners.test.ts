// Owner cells as people really type them: two people in one cell, stray spaces, a line break.
import { describe, expect, it } from 'vitest';
import type { DueItem } from '../../../src/core/reminders/due';
import { dueByOwner } from '../../../src/core/reminders/due';
import { planDigest } from '../../../src/core/reminders/digestPlan';
import { addressOf, isOwnedBy, ownerForEmail, peopleIn } from '../../../src/core/reminders/people';
import { ownerDirectory } from '../../../src/core/workbook/owners';

const directory = ownerDirectory([
  ['Name', 'Email'],
  ['Ann', 'ann@example.com'],
  ['Bob', 'Bob@Example.com'],
  ['Smith, John', 'john@example.com'],
  ['Head of CS', 'cs.head@example.com'],
]);

function item(id: string, owner: string): DueItem {
  return { kind: 'keyResult', id, name: id, owner, status: 'AT RISK', score: '0.40', why: 'never checked in' };
}

describe('an Owner cell holding two people', () => {
  it('splits on commas, semicolons and line breaks, unless the whole cell is a name on the Owners tab', () => {
    expect(peopleIn('Ann, Bob', directory)).toEqual(['Ann', 'Bob']);
    expect(peopleIn('ann@x.com; bob@y.com', directory)).toEqual(['ann@x.com', 'bob@y.com']);
    expect(peopleIn('Ann\nBob', directory)).toEqual(['Ann', 'Bob']);
    expect(peopleIn('Smith, John', directory)).toEqual(['Smith, John']);
    expect(peopleIn('Ann, ann', directory)).toEqual(['Ann']);
    expect(peopleIn(' , ', directory)).toEqual([]);
  });

  it('mails each of them their item, once per address, greeting each by their own name', () => {
    const plan = planDigest(
      dueByOwner([item('O1.1', 'Ann, Bob'), item('O1.2', 'ann@x.com; bob@y.com'), item('O1.3', 'Ann')]),
      directory,
      new Set(),
    );
    expect(plan.sends.map((send) => [send.email, send.owners[0], send.items.map((due) => due.id)])).toEqual([
      ['ann@example.com', 'Ann', ['O1.1', 'O1.3']],
      ['Bob@Example.com', 'Bob', ['O1.1']],
      ['ann@x.com', 'ann@x.com', ['O1.2']],
      ['bob@y.com', 'bob@y.com', ['O1.2']],
    ]);
    expect(plan.skipped).toEqual([]);
  });

  it('an item reaching one address twice (by name and by address in one cell) is listed once', () => {
    const plan = planDigest(dueByOwner([item('O1.1', 'Ann; ANN@example.com')]), directory, new Set());
    expect(plan.sends).toHaveLength(1);
    expect(plan.sends[0]?.items.map((due) => due.id)).toEqual(['O1.1']);
  });

  it('the nudge and the sidebar recognise each person of a shared cell', () => {
    expect(isOwnedBy('Ann, Bob', { name: '', email: 'bob@example.com' }, directory)).toBe(true);
    expect(isOwnedBy('Ann, Bob', { name: 'Bob', email: '' }, directory)).toBe(true);
    expect(isOwnedBy('Ann, Bob', { name: 'Ann, Bob', email: '' }, directory)).toBe(true);
    expect(isOwnedBy('Ann, Bob', { name: 'Carol', email: 'carol@example.com' }, directory)).toBe(false);
    expect(ownerForEmail(['Head of CS', 'ann@x.com; bob@y.com'], 'BOB@y.com', directory)).toBe('ann@x.com; bob@y.com');
  });
});

describe('names with odd spacing', () => {
  it('finds the Owners row whatever the spaces, inside the name too', () => {
    expect(addressOf('Head  of\u00a0CS ', directory)).toEqual({ ok: true, email: 'cs.head@example.com' });
    expect(isOwnedBy('head of  cs', { name: 'Head of CS', email: '' }, directory)).toBe(true);
  });

  it('groups "Head of CS" and "head  of CS" as one owner', () => {
    const groups = dueByOwner([item('O1.1', 'Head of CS'), item('O1.2', ' head  of CS')]);
    expect([...groups.keys()]).toEqual(['Head of CS']);
  });
});

describe('addresses as people paste them', () => {
  it('a mailto: link or "Name <address>" is the address inside', () => {
    const pasted = ownerDirectory([
      ['Name', 'Email'],
      ['Ann', 'mailto:ann@example.com'],
      ['Bob', 'Bob Jones <bob@example.com>'],
    ]);
    expect(addressOf('Ann', pasted)).toEqual({ ok: true, email: 'ann@example.com' });
    expect(addressOf('Bob', pasted)).toEqual({ ok: true, email: 'bob@example.com' });
    expect(addressOf('Carol <carol@example.com>', pasted)).toEqual({ ok: true, email: 'carol@example.com' });
    expect(isOwnedBy('Bob', { name: '', email: 'bob@example.com' }, pasted)).toBe(true);
  });

  it('a name listed twice: the first row with an address wins, so a blank row above does not hide it', () => {
    const twice = ownerDirectory([
      ['Name', 'Email'],
      ['Ann', ''],
      ['', ''],
      ['ann', 'ann@example.com'],
      ['ANN', 'other@example.com'],
    ]);
    expect(addressOf('Ann', twice)).toEqual({ ok: true, email: 'ann@example.com' });
  });
});

describe('a handle with an @ that is not an address', () => {
  it('"@ann" on the Owners tab is a name with an address, not an invalid address', () => {
    const handles = ownerDirectory([
      ['Name', 'Email'],
      ['@ann', 'ann@example.com'],
    ]);
    expect(addressOf('@ann', handles)).toEqual({ ok: true, email: 'ann@example.com' });
    expect(addressOf('@bob', handles)).toEqual({ ok: false, why: 'invalid address', detail: '@bob' });
  });
});

describe('an Owners tab with its own header words', () => {
  it('"Full name" and "Work e-mail" are the Name and Email columns', () => {
    const tab = ownerDirectory([
      ['Team list, kept by HR'],
      [],
      ['Full name', 'Team', 'Work e-mail'],
      ['Ann', 'Sales', 'ann@example.com'],
    ]);
    expect(addressOf('ann', tab)).toEqual({ ok: true, email: 'ann@example.com' });
  });
});
