import { describe, expect, it } from 'vitest';
import { ownerToShow } from '../../src/core/checkIn/state';

describe('ownerToShow', () => {
  const owners = ['Head of CS', 'lead@example.com'];

  it("before any choice, the user's email when it is an Owner (any case), else All", () => {
    expect(ownerToShow(owners, null, 'Lead@Example.com')).toBe('lead@example.com');
    expect(ownerToShow(owners, null, 'someone@example.com')).toBe('');
    expect(ownerToShow(owners, null, '')).toBe('');
  });

  it('a saved choice wins, even All; an owner no longer on the tabs falls back to All', () => {
    expect(ownerToShow(owners, 'head of cs', 'lead@example.com')).toBe('Head of CS');
    expect(ownerToShow(owners, '', 'lead@example.com')).toBe('');
    expect(ownerToShow(owners, 'Former owner', 'lead@example.com')).toBe('');
  });
});
