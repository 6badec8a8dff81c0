// Prepares a photo or scan of the card for sending: images larger than needed are
// redrawn smaller (which also drops their metadata, such as the GPS position), and a
// small preview is drawn on a canvas: createImageBitmap reads the file without a blob:
// URL, which a strict Content-Security-Policy (img-src 'self') would block.
import { cardCopyProblem, type FileProblem } from '../validation/files.js';

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

export async function prepareCardCopy(file: File, maxMb: number): Promise<PreparedCopy> {
  const typeProblem = cardCopyProblem({ type: file.type, size: 0 }, maxMb);
  if (typeProblem) return { ok: false, problem: typeProblem };
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
