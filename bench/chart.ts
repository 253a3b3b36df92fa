/**
 * bench/chart.svg: time to convert a page against its size (100 KB, 1 MB, 4 MB), one line per
 * converter, one panel per direction. Written by hand as SVG, both axes logarithmic.
 */
import { CONVERTER_LABELS, CONVERTERS, type ConverterName } from './harness.ts';
import { DIRECTIONS, type Direction } from './pages.ts';
import type { ConversionRow } from './report.ts';

const COLORS: Record<ConverterName, string> = {
  ours: '#c4171c',
  naive: '#1f77b4',
  html: '#2ca02c',
  tongwen: '#9467bd',
  floor: '#7f7f7f',
};

const DASHES: Record<ConverterName, string> = {
  ours: '',
  naive: '6 3',
  html: '2 3',
  tongwen: '8 3 2 3',
  floor: '1 4',
};

const PANEL = { width: 380, height: 300, left: 64, top: 48, gap: 90 };

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function niceTicks(min: number, max: number): number[] {
  const ticks: number[] = [];
  for (let power = Math.floor(Math.log10(min)); power <= Math.ceil(Math.log10(max)); power++) {
    for (const step of [1, 2, 5]) {
      const value = step * 10 ** power;
      if (value >= min && value <= max) ticks.push(value);
    }
  }
  return ticks;
}

function sizeLabel(bytes: number): string {
  return bytes >= 1_000_000
    ? `${Math.round(bytes / 1_000_000)} MB`
    : `${Math.round(bytes / 1000)} KB`;
}

export function renderChart(rows: readonly ConversionRow[], subtitle: string): string {
  const directions: Direction[] = ['t2s', 's2t'];
  const panels = directions.map((direction) =>
    rows
      .filter((row) => row.direction === direction && row.pageId !== 'netease' && row.bytes > 0)
      .sort((a, b) => a.bytes - b.bytes),
  );
  const values = panels.flatMap((panel) =>
    panel.flatMap((row) => CONVERTERS.map((converter) => row.rendered[converter]?.median ?? 0)),
  );
  const positive = values.filter((value) => value > 0);
  const yMin = 10 ** Math.floor(Math.log10(Math.min(...positive, 1)));
  const yMax = 10 ** Math.ceil(Math.log10(Math.max(...positive, 10)));
  const sizes = panels.flat().map((row) => row.bytes);
  const xMin = Math.min(...sizes, 100_000) / 1.4;
  const xMax = Math.max(...sizes, 4_000_000) * 1.4;
  const width = PANEL.left + 2 * PANEL.width + PANEL.gap + 170;
  const height = PANEL.top + PANEL.height + 70;
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">`,
  );
  out.push(`<rect width="${width}" height="${height}" fill="#fff"/>`);
  out.push(
    `<text x="${PANEL.left}" y="20" font-size="15" font-weight="bold">Time to convert a page (warm, rendered), by page size</text>`,
  );
  out.push(`<text x="${PANEL.left}" y="36" fill="#555">${escapeXml(subtitle)}</text>`);
  panels.forEach((panel, index) => {
    const x0 = PANEL.left + index * (PANEL.width + PANEL.gap);
    const y0 = PANEL.top;
    const x = (bytes: number) =>
      x0 + ((Math.log(bytes) - Math.log(xMin)) / (Math.log(xMax) - Math.log(xMin))) * PANEL.width;
    const y = (ms: number) =>
      y0 +
      PANEL.height -
      ((Math.log(ms) - Math.log(yMin)) / (Math.log(yMax) - Math.log(yMin))) * PANEL.height;
    out.push(`<g>`);
    out.push(
      `<text x="${x0 + PANEL.width / 2}" y="${y0 - 4}" text-anchor="middle" font-weight="bold">${DIRECTIONS[directions[index]!].label}</text>`,
    );
    out.push(
      `<rect x="${x0}" y="${y0}" width="${PANEL.width}" height="${PANEL.height}" fill="none" stroke="#999"/>`,
    );
    for (const tick of niceTicks(yMin, yMax)) {
      out.push(
        `<line x1="${x0}" x2="${x0 + PANEL.width}" y1="${y(tick).toFixed(1)}" y2="${y(tick).toFixed(1)}" stroke="#eee"/>`,
      );
      out.push(
        `<text x="${x0 - 6}" y="${(y(tick) + 4).toFixed(1)}" text-anchor="end" fill="#333">${tick}</text>`,
      );
    }
    for (const row of panel) {
      out.push(
        `<line x1="${x(row.bytes).toFixed(1)}" x2="${x(row.bytes).toFixed(1)}" y1="${y0}" y2="${y0 + PANEL.height}" stroke="#eee"/>`,
      );
      out.push(
        `<text x="${x(row.bytes).toFixed(1)}" y="${y0 + PANEL.height + 16}" text-anchor="middle" fill="#333">${sizeLabel(row.bytes)}</text>`,
      );
    }
    out.push(
      `<text x="${x0 + PANEL.width / 2}" y="${y0 + PANEL.height + 34}" text-anchor="middle" fill="#333">page size (log)</text>`,
    );
    out.push(
      `<text transform="translate(${x0 - 46} ${y0 + PANEL.height / 2}) rotate(-90)" text-anchor="middle" fill="#333">ms (log)</text>`,
    );
    for (const converter of CONVERTERS) {
      const points = panel
        .map((row) => [row.bytes, row.rendered[converter]?.median ?? 0] as const)
        .filter(([, ms]) => ms > 0);
      if (points.length === 0) continue;
      const path = points
        .map(([bytes, ms]) => `${x(bytes).toFixed(1)},${y(ms).toFixed(1)}`)
        .join(' ');
      out.push(
        `<polyline points="${path}" fill="none" stroke="${COLORS[converter]}" stroke-width="${converter === 'ours' ? 3 : 2}"${DASHES[converter] ? ` stroke-dasharray="${DASHES[converter]}"` : ''}/>`,
      );
      for (const [bytes, ms] of points) {
        out.push(
          `<circle cx="${x(bytes).toFixed(1)}" cy="${y(ms).toFixed(1)}" r="3.5" fill="${COLORS[converter]}"><title>${escapeXml(`${CONVERTER_LABELS[converter]}, ${sizeLabel(bytes)}: ${ms.toFixed(1)} ms`)}</title></circle>`,
        );
      }
    }
    out.push(`</g>`);
  });
  const legendX = PANEL.left + 2 * PANEL.width + PANEL.gap + 20;
  CONVERTERS.forEach((converter, i) => {
    const ly = PANEL.top + 20 + i * 24;
    out.push(
      `<line x1="${legendX}" x2="${legendX + 28}" y1="${ly}" y2="${ly}" stroke="${COLORS[converter]}" stroke-width="${converter === 'ours' ? 3 : 2}"${DASHES[converter] ? ` stroke-dasharray="${DASHES[converter]}"` : ''}/>`,
    );
    out.push(
      `<text x="${legendX + 36}" y="${ly + 4}">${escapeXml(CONVERTER_LABELS[converter])}</text>`,
    );
  });
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}
