/** A file type recognised from its first bytes. */
export interface SniffedType {
  mime: string;
  extension: string;
}

type Signature = [offset: number, bytes: readonly number[], type: SniffedType];

const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));

const SIGNATURES: readonly Signature[] = [
  [0, [0xff, 0xd8, 0xff], { mime: 'image/jpeg', extension: 'jpg' }],
  [0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], { mime: 'image/png', extension: 'png' }],
  [0, ascii('%PDF-'), { mime: 'application/pdf', extension: 'pdf' }],
  [0, [0x49, 0x49, 0x2a, 0x00], { mime: 'image/tiff', extension: 'tiff' }],
  [0, [0x4d, 0x4d, 0x00, 0x2a], { mime: 'image/tiff', extension: 'tiff' }],
  [0, ascii('GIF8'), { mime: 'image/gif', extension: 'gif' }],
  [0, ascii('BM'), { mime: 'image/bmp', extension: 'bmp' }],
  [8, ascii('WEBP'), { mime: 'image/webp', extension: 'webp' }],
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
  for (const [offset, bytes, type] of SIGNATURES) {
    if (bytes.every((byte, i) => head[offset + i] === byte)) {
      // WebP is RIFF....WEBP: check the RIFF tag too.
      if (type.extension === 'webp' && !ascii('RIFF').every((b, i) => head[i] === b)) continue;
      return type;
    }
  }
  return undefined;
}
