/**
 * Downloads of a model's figure. The SVG comes from the server; the PNG is that SVG drawn onto a
 * canvas at twice its size, in the browser, so nothing is sent anywhere to make it.
 */

/** Width and height of an SVG document, from its attributes or else its viewBox. */
export function svgSize(svg: string): { width: number; height: number } {
  const root = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement;
  const box = (root.getAttribute('viewBox') ?? '').trim().split(/[\s,]+/).map(Number);
  const width = parseFloat(root.getAttribute('width') ?? '') || box[2] || 0;
  const height = parseFloat(root.getAttribute('height') ?? '') || box[3] || 0;
  if (!(width > 0 && height > 0)) throw new Error('The model’s figure has no size; add a node to the model first.');
  return { width, height };
}

/** The SVG as a PNG at `scale` times its size, on white (a transparent figure vanishes on dark slides). */
export async function svgToPng(svg: string, scale = 2): Promise<Blob> {
  const { width, height } = svgSize(svg);
  // A data: address, not a blob: one: the workbench's content policy lets images come from data: only.
  const url = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  const image = new Image();
  await new Promise<void>((resolve, reject) => {
    image.onload = () => resolve();
    image.onerror = () => reject(new Error('The browser could not draw the model’s figure.'));
    image.src = url;
  });
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(width * scale);
  canvas.height = Math.ceil(height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw images; export the SVG instead.');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
  return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('The browser could not make the PNG.'))), 'image/png'));
}

/** Hand a file to the browser's downloads. */
export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  // The download has started by now; the address is no longer needed.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
