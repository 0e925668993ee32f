import { renderAsync } from '@resvg/resvg-js';
import { parse, View } from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';

/** Pixels per chart unit: a 640-wide chart becomes a 1280-pixel PNG, sharp on high-density screens. */
const SCALE = 2;

/**
 * A Vega-Lite spec as PNG: Vega draws it as SVG with its headless renderer (no canvas, no browser) and resvg
 * rasterises it. resvg reads the system's fonts; with none installed it would draw the chart without any text,
 * which the tests catch (the image gets one in its Dockerfile). Imported on first use only (see figure-chart.ts).
 */
export async function renderChartPng(spec: TopLevelSpec): Promise<Buffer> {
  const view = new View(parse(compile(spec).spec), { renderer: 'none' });
  try {
    const svg = await view.toSVG();
    return await svgToPng(svg);
  } finally {
    view.finalize();
  }
}

/**
 * resvg draws text only with a font: it reads the system's (on Debian and in the image, DejaVu) and takes the first
 * it finds for any family it does not have, so Vega's font list needs no exact match.
 */
export const RESVG_OPTIONS = { font: { loadSystemFonts: true }, fitTo: { mode: 'zoom' as const, value: SCALE } };

/** Rasterised off the main thread (resvg's own worker), so a chart never holds the bot's event loop. */
async function svgToPng(svg: string): Promise<Buffer> {
  const image = await renderAsync(svg, RESVG_OPTIONS);
  return image.asPng();
}
