// The digest's text with what people really put in cells and file names: line breaks, very long text.
import { describe, expect, it } from 'vitest';
import { digestMail } from '../../../src/core/reminders/digest';
import type { DueItem } from '../../../src/core/reminders/due';

const LINK = { name: 'Company OKRs', url: 'https://docs.google.com/spreadsheets/d/abc/edit' };

function keyResult(name: string): DueItem {
  return {
    kind: 'keyResult',
    id: 'O1.1',
    name,
    owner: 'Ann',
    status: 'AT RISK',
    score: '0.40',
    why: 'never checked in',
  };
}

describe('the digest’s text stays readable', () => {
  it('a subject stays one short line, however long or broken the spreadsheet’s name', () => {
    const long = { ...LINK, name: `Team OKRs ${'x'.repeat(300)}` };
    const { subject } = digestMail('Ann', [keyResult('Leads')], long);
    expect(subject.length).toBeLessThanOrEqual(100);
    expect(subject).toMatch(/^Check-in due: 1 item in Team OKRs x+…$/);
    const broken = digestMail('Ann', [keyResult('Leads')], { ...LINK, name: 'Company\nOKRs' });
    expect(broken.subject).toBe('Check-in due: 1 item in Company OKRs');
  });

  it('a key result typed over several lines is one line of the list', () => {
    const { body, htmlBody } = digestMail('Ann', [keyResult('Leads\nfrom the\r\nwebsite')], LINK);
    expect(body).toContain('- O1.1 Leads from the website: AT RISK, score 0.40 (never checked in)');
    expect(htmlBody).toContain('<li>O1.1 Leads from the website: AT RISK');
  });

  it('a very long name is cut in the list, so one cell cannot fill the mail', () => {
    const { body } = digestMail('Ann', [keyResult('y'.repeat(5000))], LINK);
    const line = body.split('\n').find((text) => text.startsWith('- O1.1 '));
    expect(line).toMatch(/^- O1\.1 y+…: AT RISK/);
    expect(line?.length).toBeLessThan(300);
  });
});
