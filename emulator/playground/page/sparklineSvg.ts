// A SPARKLINE cell drawn as a small SVG stretched over the cell. Colours are the formula's own text, set as
// attributes (never markup), so a colour name cannot inject anything.
import type { SparklineView } from '../protocol';
import { BOX, sparklineShapes } from '../sparkline';

const SVG = 'http://www.w3.org/2000/svg';

function node(tag: string, attributes: Record<string, string | number>): SVGElement {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  return element;
}

export function sparklineSvg(spark: SparklineView): SVGElement {
  const svg = node('svg', {
    class: 'sparkline',
    viewBox: `0 0 ${BOX.width} ${BOX.height}`,
    preserveAspectRatio: 'none',
    role: 'img',
    'data-charttype': spark.options.charttype,
  });
  for (const shape of sparklineShapes(spark.points, spark.options)) {
    if (shape.kind === 'polyline')
      svg.append(
        node('polyline', {
          points: shape.points.map(([x, y]) => `${x},${y}`).join(' '),
          fill: 'none',
          stroke: shape.color,
          'stroke-width': shape.width,
          'vector-effect': 'non-scaling-stroke',
        }),
      );
    else if (shape.kind === 'rect')
      svg.append(node('rect', { x: shape.x, y: shape.y, width: shape.width, height: shape.height, fill: shape.color }));
    else
      svg.append(
        node('line', {
          x1: 0,
          x2: BOX.width,
          y1: shape.y,
          y2: shape.y,
          stroke: shape.color,
          'vector-effect': 'non-scaling-stroke',
        }),
      );
  }
  return svg;
}
