// Prepares a photo or scan of the card for sending, held in memory from the moment it is
// chosen (what is on disk may change or go before the citizen sends): every image is redrawn, which drops
// what a phone writes into it besides the picture (the GPS position, the device, the time:
// EXIF, XMP, PNG text chunks), smaller where larger than needed; and a small preview is
// drawn on a canvas: createImageBitmap reads the file without a blob:
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
    if (problem) return { ok: false, problem };
    // Its bytes kept now: a file deleted or changed on disk after it was chosen still goes as chosen.
    try {
      return { ok: true, file: new File([await file.arrayBuffer()], file.name, { type: file.type }), downscaled: false };
    } catch {
      return { ok: false, problem: 'unreadable' };
    }
  }
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    return { ok: false, problem: 'unreadable' };
  }
  // Redrawn in its own format (a PNG scan stays lossless), smaller only where it is larger than needed.
  const longSide = Math.max(bitmap.width, bitmap.height);
  const downscaled = longSide > MAX_SIDE;
  const type = downscaled ? 'image/jpeg' : file.type;
  const blob = await toBlob(draw(bitmap, downscaled ? (bitmap.width * MAX_SIDE) / longSide : bitmap.width), type, 0.85);
  if (!blob) {
    // The browser could not redraw it (out of memory): sending the picture with its metadata is not an option.
    bitmap.close();
    return { ok: false, problem: 'unreadable' };
  }
  let prepared = asFile(blob, file.name);
  // A photo saved as PNG can come out of the redraw larger than allowed: as a JPEG it fits.
  if (cardCopyProblem(prepared, maxMb) === 'size' && prepared.type !== 'image/jpeg') {
    const jpeg = await toBlob(draw(bitmap, bitmap.width), 'image/jpeg', 0.85);
    if (jpeg) prepared = asFile(jpeg, file.name);
  }
  const preview = draw(bitmap, Math.min(PREVIEW_WIDTH, bitmap.width));
  bitmap.close();
  const problem = cardCopyProblem(prepared, maxMb);
  return problem ? { ok: false, problem } : { ok: true, file: prepared, preview, downscaled };
}

/** The redrawn picture under the chosen name, its extension saying what it now is. */
const asFile = (blob: Blob, chosenName: string) =>
  new File([blob], blob.type === 'image/jpeg' && !/\.jpe?g$/i.test(chosenName) ? chosenName.replace(/\.[^.]+$/, '') + '.jpg' : chosenName, { type: blob.type });
