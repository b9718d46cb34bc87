import { estimateWidth, FONT, MONO, type Measure } from './drawing';

/** The largest side and area Chromium, Firefox and Safari all accept for a canvas. */
const MAX_SIDE = 16_000;
const MAX_AREA = 100_000_000;

/** Save a blob under `fileName` through a temporary <a download>. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  // Some browsers read the object URL only after click() has returned.
  window.setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

export function downloadSvg(svg: string, fileName: string): void {
  saveBlob(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }), fileName);
}

/** Rasterise the SVG at `scale` (2: sharp on high-density screens), less if the canvas would be too big. */
export async function svgToPng(svg: string, scale = 2): Promise<Blob> {
  const image = new Image();
  // A data: URL, which the page's CSP (img-src 'self' data:) already allows.
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const { naturalWidth: width, naturalHeight: height } = image;
  const fit = Math.min(scale, MAX_SIDE / width, MAX_SIDE / height, Math.sqrt(MAX_AREA / (width * height)));
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * fit);
  canvas.height = Math.round(height * fit);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('No 2D canvas context to draw the PNG.');
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be encoded.'))),
      'image/png',
    ),
  );
}

export async function downloadPng(svg: string, fileName: string): Promise<void> {
  saveBlob(await svgToPng(svg), fileName);
}

/** Measures text with the page's own fonts, so truncated names end about where they do on screen. */
export function canvasMeasure(): Measure {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return estimateWidth;
  return (text, { size, weight, mono }) => {
    context.font = `${weight} ${size}px ${mono ? MONO : FONT}`;
    return context.measureText(text).width;
  };
}
