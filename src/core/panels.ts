// The pages of the one Sidebar.html. The server opens the file on a page by replacing PANEL_MARKER in the
// built HTML; the client renders the page its <body data-page> names.
export type Panel = 'checkIn' | 'healthCheck' | 'quarterClose' | 'settings';

export const PANEL_MARKER = '__PANEL__';
