// Running as another person of the same document (contract §10: user properties belong to the user).
import { describe, expect, it } from 'vitest';
import { createWorkbook, loadAddon } from '../../emulator/index';

const CODE = String.raw`
function remember(value) {
  PropertiesService.getUserProperties().setProperty('lastNudge', value);
  PropertiesService.getDocumentProperties().setProperty('lastWriter', Session.getActiveUser().getEmail());
}
function recall() { return PropertiesService.getUserProperties().getProperty('lastNudge'); }
`;

describe('RunOptions.user: another editor of the same document', () => {
  it('each person has their own user properties; document properties are shared', () => {
    const workbook = createWorkbook({ sheets: { Sheet1: { values: [] } } });
    const addon = loadAddon({ code: CODE, workbook, user: 'lead@example.com' });
    addon.run('remember', { args: ['monday'] });
    expect(addon.run('recall', { user: 'ann@example.com' })).toBeNull();
    addon.run('remember', { args: ['tuesday'], user: 'ann@example.com' });
    expect(addon.run('recall')).toBe('monday');
    expect(addon.properties.user).toEqual({ lastNudge: 'monday' });
    expect(addon.userProperties('ann@example.com')).toEqual({ lastNudge: 'tuesday' });
    expect(addon.properties.document).toEqual({ lastWriter: 'ann@example.com' });
  });
});
