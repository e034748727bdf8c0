import { PANEL_MARKER, type Panel } from '../core/panels';

function panelHtml(panel: Panel, title: string): GoogleAppsScript.HTML.HtmlOutput {
  const built = HtmlService.createHtmlOutputFromFile('Sidebar').getContent();
  return HtmlService.createHtmlOutput(built.replace(PANEL_MARKER, panel)).setTitle(title);
}

/** Opens Sidebar.html on one page in the 300 px sidebar. */
export function showSidebarPanel(panel: Panel, title: string): void {
  SpreadsheetApp.getUi().showSidebar(panelHtml(panel, title));
}

/** Opens Sidebar.html on one page in a modal dialog: for a decision the user must take before going on. */
export function showDialogPanel(panel: Panel, title: string, size: { width: number; height: number }): void {
  const html = panelHtml(panel, title).setWidth(size.width).setHeight(size.height);
  SpreadsheetApp.getUi().showModalDialog(html, title);
}
