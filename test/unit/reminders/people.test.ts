import { describe, expect, it } from 'vitest';
import { addressOf, isOwnedBy, looksLikeEmail, ownerForEmail } from '../../../src/core/reminders/people';
import { ownerDirectory } from '../../../src/core/workbook/owners';
import { OWNER_ROWS } from '../../fixtures/owners';

const directory = ownerDirectory(OWNER_ROWS.map((row) => [...row]));

describe('owners are people: by name or by e-mail', () => {
  it('reads the Owners tab below a title, any case, synonyms allowed', () => {
    const tab = ownerDirectory([
      ['Our people'],
      ['Owner', 'E-mail'],
      ['Head of CS', ' cs.head@example.com '],
      ['', ''],
    ]);
    expect(tab.entries).toEqual([{ row: 2, name: 'Head of CS', email: 'cs.head@example.com' }]);
    expect(ownerDirectory([['Who knows']]).entries).toEqual([]);
  });

  it('an Owner cell that is an address is its own address; a name finds its row, ignoring case', () => {
    expect(addressOf('ceo@example.com', directory)).toEqual({ ok: true, email: 'ceo@example.com' });
    expect(addressOf(' head of cs ', directory)).toEqual({ ok: true, email: 'cs.head@example.com' });
    expect(addressOf('Marketing lead', directory)).toEqual({ ok: false, why: 'no address', detail: 'Marketing lead' });
    expect(addressOf('bob@', directory)).toEqual({ ok: false, why: 'invalid address', detail: 'bob@' });
    const typo = ownerDirectory([
      ['Name', 'Email'],
      ['Ann', 'ann at example.com'],
    ]);
    expect(addressOf('Ann', typo)).toEqual({ ok: false, why: 'invalid address', detail: 'ann at example.com' });
    expect(looksLikeEmail('a.b@c.io')).toBe(true);
    expect(looksLikeEmail('a b@c.io')).toBe(false);
  });

  it('recognises a person by the name they picked or by their address, through the Owners tab', () => {
    expect(isOwnedBy('Head of CS', { name: '', email: 'CS.Head@example.com' }, directory)).toBe(true);
    expect(isOwnedBy('cs.head@example.com', { name: '', email: 'cs.head@example.com' }, directory)).toBe(true);
    expect(isOwnedBy('Head of CS', { name: 'head of cs', email: '' }, directory)).toBe(true);
    expect(isOwnedBy('Sales lead', { name: '', email: 'cs.head@example.com' }, directory)).toBe(false);
    expect(isOwnedBy('', { name: '', email: '' }, directory)).toBe(false);
  });

  it('the sidebar guesses "me" from an Owner cell holding the address, else from the Owners tab', () => {
    const owners = ['Head of CS', 'Sales lead', 'sre@example.com'];
    expect(ownerForEmail(owners, 'sre@example.com', directory)).toBe('sre@example.com');
    expect(ownerForEmail(owners, 'sales.lead@example.com', directory)).toBe('Sales lead');
    expect(ownerForEmail(owners, 'stranger@example.com', directory)).toBe('');
    expect(ownerForEmail(owners, '', directory)).toBe('');
  });
});
