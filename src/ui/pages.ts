import type { Panel } from '../core/panels';
import { renderHealthCheck } from './pages/healthCheck';
import { renderQuarterClose } from './pages/quarterClose';

/** Draws one page into the sidebar's root element. */
export type RenderPage = (root: HTMLElement) => void;

// Each issue's page registers here; the router says so plainly if a page is missing.
export const PAGES: Partial<Record<Panel, RenderPage>> = {
  healthCheck: renderHealthCheck,
  quarterClose: renderQuarterClose,
};
