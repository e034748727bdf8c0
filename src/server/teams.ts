import { alert, toast } from '../sheets/feedback';
import { busy, withDocumentLock } from '../sheets/lock';
import { rollUpTeamsIn } from '../sheets/rollUpTeams';

/** Menu: Roll up teams. (Re)writes the Team OKRs tab from the Teams tab; creates the Teams tab when missing. */
export function rollUpTeams(): void {
  let outcome: { toast: string } | { alert: string } | undefined;
  const done = withDocumentLock(() => {
    outcome = rollUpTeamsIn(SpreadsheetApp.getActiveSpreadsheet());
  });
  if (!done || outcome === undefined) alert(busy('changed'));
  else if ('toast' in outcome) toast(outcome.toast);
  else alert(outcome.alert);
}
