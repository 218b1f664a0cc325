/** Paints the overview strip's density histogram (events per bin, square-root scaled so sparse bins show). */
import type { ThemeColors } from '../model/palette';

export function paintDensity(
  ctx: CanvasRenderingContext2D,
  counts: Uint32Array,
  width: number,
  height: number,
  pixelRatio: number,
  theme: ThemeColors,
  color: string,
): void {
  ctx.setTransform(pixelRatio, 0, 0, pixelRatio, 0, 0);
  ctx.clearRect(0, 0, width, height);
  let max = 0;
  for (const c of counts) if (c > max) max = c;
  if (max === 0) return;
  const binWidth = width / counts.length;
  ctx.fillStyle = color;
  ctx.globalAlpha = theme.name === 'dark' ? 0.75 : 0.6;
  const usable = height - 6;
  counts.forEach((c, i) => {
    if (!c) return;
    const h = Math.max(1.5, Math.sqrt(c / max) * usable);
    ctx.fillRect(i * binWidth, height - h, Math.max(1, binWidth - 0.5), h);
  });
  ctx.globalAlpha = 1;
}
