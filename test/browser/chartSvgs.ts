// Reading the charts and sparklines the playground drew, for browser tests: what a person would see, counted.
import type { Page } from 'playwright-core';

export interface DrawnSeries {
  name: string;
  color: string;
  /** Marks drawn: columns or bars, scatter dots, a line's vertices (an area's outline counts, its fill not). */
  points: number;
}

export interface DrawnChart {
  type: string;
  /** The chart's title, or "<TYPE> chart" when it has none. */
  label: string;
  series: DrawnSeries[];
  /** Where the chart sits in the grid's scrolled content, in pixels. */
  left: number;
  top: number;
}

/** Every embedded chart on the tab on show, in the order the tab holds them. */
export function chartSvgs(page: Page): Promise<DrawnChart[]> {
  return page.locator('svg.chart').evaluateAll((charts) =>
    charts.map((chart) => {
      // The page sets the chart's place as its inline style: read back from the attribute, DOM types aside.
      const style = chart.getAttribute('style') ?? '';
      const px = (name: string): number => parseFloat(new RegExp(`${name}:\\s*([-\\d.]+)px`).exec(style)?.[1] ?? 'NaN');
      return {
        type: chart.getAttribute('data-chart-type') ?? '',
        label: chart.getAttribute('aria-label') ?? '',
        left: px('left'),
        top: px('top'),
        series: [...chart.querySelectorAll('g.series')].map((group) => ({
          name: group.getAttribute('data-name') ?? '',
          color: group.getAttribute('data-color') ?? '',
          points:
            group.querySelectorAll('rect, circle').length +
            [...group.querySelectorAll('polyline')].reduce(
              (sum, line) => sum + (line.getAttribute('points') ?? '').trim().split(/\s+/).filter(Boolean).length,
              0,
            ),
        })),
      };
    }),
  );
}

/** The SPARKLINE cells drawn on the tab on show: the cell, its chart type and how many marks it drew. */
export function sparklineSvgs(page: Page): Promise<{ a1: string; type: string; marks: number }[]> {
  return page.locator('td svg.sparkline').evaluateAll((sparks) =>
    sparks.map((spark) => ({
      a1: spark.closest('td')?.getAttribute('data-a1') ?? '',
      type: spark.getAttribute('data-charttype') ?? '',
      marks:
        spark.querySelectorAll('rect').length +
        [...spark.querySelectorAll('polyline')].reduce(
          (sum, line) => sum + (line.getAttribute('points') ?? '').trim().split(/\s+/).filter(Boolean).length,
          0,
        ),
    })),
  );
}
