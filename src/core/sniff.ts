/** A file type recognised from its first bytes. */
export interface SniffedType {
  mime: string;
  extension: string;
}

/** Magic bytes, written as Latin-1 text with `?` for "any byte", and the type they announce. */
const SIGNATURES: readonly (readonly [magic: string, mime: string])[] = [
  ['\xff\xd8\xff', 'image/jpeg'],
  ['\x89PNG\r\n\x1a\n', 'image/png'],
  ['%PDF-', 'application/pdf'],
  ['II*\0', 'image/tiff'],
  ['MM\0*', 'image/tiff'],
  ['GIF8', 'image/gif'],
  ['BM', 'image/bmp'],
  ['RIFF????WEBP', 'image/webp'],
];

/** How many leading bytes {@link sniffType} needs. */
export const SNIFF_LENGTH = 12;

/**
 * Recognises JPEG, PNG, PDF, TIFF, GIF, BMP and WebP by their magic bytes.
 *
 * @example
 * sniffType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0])) // → { mime: 'image/jpeg', extension: 'jpg' }
 */
export function sniffType(head: Uint8Array): SniffedType | undefined {
  const found = SIGNATURES.find(([magic]) => [...magic].every((c, i) => c === '?' || head[i] === c.charCodeAt(0)));
  if (!found) return undefined;
  const [, mime] = found;
  return { mime, extension: mime === 'image/jpeg' ? 'jpg' : mime.slice(mime.indexOf('/') + 1) };
}
