// Pins docs/apps-script-behaviour.md §7: alert and prompt "Suspends the server script while open" — the script
// continues with what the person answered. The playground answers through addon.ui.askUser; tests queue.
import { describe, expect, it } from 'vitest';
import { createWorkbook, loadAddon, type AlertRecord } from '../../emulator/index';

const CODE = `
function confirmClose() {
  var ui = SpreadsheetApp.getUi();
  var sure = ui.alert('Start new quarter', 'Archive 2026-Q4?', ui.ButtonSet.YES_NO) === ui.Button.YES;
  SpreadsheetApp.getActiveSheet().getRange('A1').setValue(sure ? 'archived' : 'kept');
}
function askMonth() {
  var ui = SpreadsheetApp.getUi();
  var answer = ui.prompt('Settings', 'Month your fiscal year starts in (1-12):', ui.ButtonSet.OK_CANCEL);
  return [answer.getResponseText(), answer.getSelectedButton() === ui.Button.CANCEL];
}`;

function load() {
  const workbook = createWorkbook();
  return { workbook, addon: loadAddon({ code: CODE, workbook }) };
}

describe('alert and prompt ask the person at the screen', () => {
  it('suspends the script until the person answers, then goes on with that answer', () => {
    const { workbook, addon } = load();
    const asked: AlertRecord[] = [];
    addon.ui.askUser({
      alert: (alert) => {
        asked.push(alert);
        // Still suspended: nothing after the alert has run yet.
        expect(workbook.read('Sheet1').values()).toEqual([]);
        return 'YES';
      },
      prompt: () => ({ text: '', button: 'OK' }),
    });
    addon.run('confirmClose');
    expect(asked).toEqual([{ title: 'Start new quarter', message: 'Archive 2026-Q4?', buttons: 'YES_NO' }]);
    expect(workbook.read('Sheet1').values()).toEqual([['archived']]);
  });

  it('hands the typed text and the button to a prompt', () => {
    const { addon } = load();
    addon.ui.askUser({ alert: () => 'OK', prompt: (prompt) => ({ text: `${prompt.title}: 2`, button: 'CANCEL' }) });
    expect(addon.run('askMonth')).toEqual(['Settings: 2', true]);
  });

  it('answers from the queue first, and OK again once nobody is asked', () => {
    const { workbook, addon } = load();
    addon.ui.askUser({ alert: () => 'YES', prompt: () => ({ text: '', button: 'OK' }) });
    addon.ui.queueAlertResponse('NO');
    addon.run('confirmClose');
    expect(workbook.read('Sheet1').values()).toEqual([['kept']]);
    addon.run('confirmClose');
    expect(workbook.read('Sheet1').values()).toEqual([['archived']]);
    addon.ui.askUser(null);
    addon.run('confirmClose');
    expect(workbook.read('Sheet1').values()).toEqual([['kept']]);
  });
});
