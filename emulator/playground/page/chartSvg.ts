// An embedded chart drawn as SVG over the grid. Each series is a <g class="series"> naming the series, so a
// test (or a person's devtools) can count what was drawn. Titles, names and colours are set as text and
// attributes, never markup, so a script's chart title cannot inject anything.
import type { ChartShape, ChartView } from '../chart';
import { chartShapes } from '../chart';

const SVG = 'http://www.w3.org/2000/svg';

function node(tag: string, attributes: Record<string, string | number>): SVGElement {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  return element;
}

function shapeNode(shape: ChartShape): SVGElement {
  switch (shape.kind) {
    case 'rect':
      return node('rect', { x: shape.x, y: shape.y, width: shape.width, height: shape.height, fill: shape.fill });
    case 'polyline':
      return node('polyline', {
        points: shape.points.map(([x, y]) => `${x},${y}`).join(' '),
        fill: 'none',
        stroke: shape.stroke,
        'stroke-width': shape.width,
        ...(shape.dashed === true ? { 'stroke-dasharray': '4 4' } : {}),
      });
    case 'polygon':
      return node('polygon', {
        points: shape.points.map(([x, y]) => `${x},${y}`).join(' '),
        fill: shape.fill,
        'fill-opacity': 0.3,
      });
    case 'circle':
      return node('circle', { cx: shape.cx, cy: shape.cy, r: shape.r, fill: shape.fill });
    case 'line':
      return node('line', { x1: shape.x1, y1: shape.y1, x2: shape.x2, y2: shape.y2, stroke: shape.stroke });
    case 'text': {
      const text = node('text', {
        x: shape.x,
        y: shape.y,
        'text-anchor': shape.anchor,
        'font-size': shape.size,
        fill: '#202124',
      });
      if (shape.bold) text.setAttribute('font-weight', 'bold');
      if (shape.upright) text.setAttribute('transform', `rotate(-90 ${shape.x} ${shape.y})`);
      text.textContent = shape.text;
      return text;
    }
  }
}

export function chartSvg(chart: ChartView): SVGElement {
  const svg = node('svg', {
    class: 'chart',
    width: chart.width,
    height: chart.height,
    viewBox: `0 0 ${chart.width} ${chart.height}`,
    role: 'img',
    'data-chart-id': chart.id,
    'data-chart-type': chart.type,
  });
  svg.setAttribute('aria-label', chart.title === '' ? `${chart.type} chart` : chart.title);
  const groups = chart.series.map((series, index) => {
    const group = node('g', { class: 'series', 'data-series': index, 'data-color': series.color });
    group.setAttribute('data-name', series.name);
    return group;
  });
  for (const shape of chartShapes(chart)) {
    const index = 'series' in shape ? shape.series : undefined;
    const group = index === undefined ? undefined : groups[index];
    (group ?? svg).append(shapeNode(shape));
  }
  // Series after the axes and gridlines, so the marks are drawn on top of them.
  svg.append(...groups);
  return svg;
}
