// Prepares a photo or scan of the card for sending: images larger than needed are
// redrawn smaller (which also drops their metadata, such as the GPS position), and a
// small preview is drawn on a canvas: createImageBitmap reads the file without a blob:
// URL, which a strict Content-Security-Policy (img-src 'self') would block.
import { cardCopyProblem, sniffCardCopyType, type FileProblem } from '../validation/card-copy-checks.js';

/** Long side, in pixels, that keeps a card's text legible. */
const MAX_SIDE = 2000;
const PREVIEW_WIDTH = 240;

export type PreparedCopy =
  | { ok: true; file: File; preview?: HTMLCanvasElement; downscaled: boolean }
  | { ok: false; problem: FileProblem | 'unreadable' };

function toBlob(canvas: HTMLCanvasElement, type: string, quality: number): Promise<Blob | null> {
  return new Promise((resolve) => canvas.toBlob(resolve, type, quality));
}

function draw(bitmap: ImageBitmap, width: number): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width);
  canvas.height = Math.round((bitmap.height / bitmap.width) * width);
  canvas.getContext('2d')!.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  return canvas;
}

export async function prepareCardCopy(chosen: File, maxMb: number): Promise<PreparedCopy> {
  if (chosen.size === 0) return { ok: false, problem: 'empty' };
  // By its bytes, not its name or the type the system guessed from the name: an HTML page
  // named .pdf is refused, a PNG named .jpg is sent as the PNG it is.
  let sniffed: string | undefined;
  try {
    sniffed = sniffCardCopyType(new Uint8Array(await chosen.slice(0, 8).arrayBuffer()));
  } catch {
    return { ok: false, problem: 'unreadable' };
  }
  if (!sniffed) return { ok: false, problem: 'type' };
  const file = sniffed === chosen.type ? chosen : new File([chosen], chosen.name, { type: sniffed, lastModified: chosen.lastModified });
  if (file.type === 'application/pdf') {
    const problem = cardCopyProblem(file, maxMb);
    return problem ? { ok: false, problem } : { ok: true, file, downscaled: false };
  }
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    return { ok: false, problem: 'unreadable' };
  }
  let prepared = file;
  let downscaled = false;
  const longSide = Math.max(bitmap.width, bitmap.height);
  if (longSide > MAX_SIDE) {
    const blob = await toBlob(draw(bitmap, (bitmap.width * MAX_SIDE) / longSide), 'image/jpeg', 0.85);
    if (blob) {
      prepared = new File([blob], file.name.replace(/\.[^.]+$/, '') + '.jpg', { type: 'image/jpeg' });
      downscaled = true;
    }
  }
  const preview = draw(bitmap, Math.min(PREVIEW_WIDTH, bitmap.width));
  bitmap.close();
  const problem = cardCopyProblem(prepared, maxMb);
  return problem ? { ok: false, problem } : { ok: true, file: prepared, preview, downscaled };
}
