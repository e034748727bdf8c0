// A sparkline of an item's check-ins, drawn as inline SVG: no library, nothing from the network.
const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 120;
const HEIGHT = 28;
const PAD = 3;

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Record<string, string>,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

/** The trend of the readings, oldest left; a single reading is a dot. Null when there is none. */
export function trendChart(points: readonly { date: string; value: number }[], label: string): SVGSVGElement | null {
  if (points.length === 0) return null;
  const values = points.map((point) => point.value);
  const low = Math.min(...values);
  const high = Math.max(...values);
  const x = (index: number): number =>
    points.length === 1 ? WIDTH / 2 : PAD + (index * (WIDTH - 2 * PAD)) / (points.length - 1);
  const y = (value: number): number =>
    high === low ? HEIGHT / 2 : HEIGHT - PAD - ((value - low) * (HEIGHT - 2 * PAD)) / (high - low);
  const chart = svg('svg', {
    class: 'trend',
    width: String(WIDTH),
    height: String(HEIGHT),
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
    role: 'img',
  });
  const title = svg('title', {});
  title.textContent = label;
  chart.append(title);
  if (points.length > 1) {
    chart.append(
      svg('polyline', {
        points: values.map((value, index) => `${x(index).toFixed(1)},${y(value).toFixed(1)}`).join(' '),
        fill: 'none',
        stroke: '#4d90fe',
        'stroke-width': '1.5',
      }),
    );
  }
  const last = values.length - 1;
  chart.append(
    svg('circle', { cx: x(last).toFixed(1), cy: y(values[last] ?? 0).toFixed(1), r: '2.5', fill: '#1a73e8' }),
  );
  return chart;
}
