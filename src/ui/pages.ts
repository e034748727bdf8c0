import type { Panel } from '../core/panels';
import { renderCheckInPage } from './pages/checkInPage';
import { renderHealthCheck } from './pages/healthCheck';
import { renderQuarterClose } from './pages/quarterClose';
import { renderSettings } from './pages/settings';

/** Draws one page into the sidebar's root element. */
export type RenderPage = (root: HTMLElement) => void;

export const PAGES: Record<Panel, RenderPage> = {
  checkIn: renderCheckInPage,
  healthCheck: renderHealthCheck,
  quarterClose: renderQuarterClose,
  settings: renderSettings,
};
