import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { setup, UTOPIA, useMswServer } from './support/handl-server';

useMswServer();

const head = (...bytes: number[]) => new Uint8Array([...bytes, ...new Array(16).fill(0)]);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

describe('upload', () => {
  it.each([
    ['JPEG', head(0xff, 0xd8, 0xff, 0xdb), 'image/jpeg', 'document.jpg'],
    ['PNG', head(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a), 'image/png', 'document.png'],
    ['PDF', head(...ascii('%PDF-1.7')), 'application/pdf', 'document.pdf'],
    ['TIFF (little-endian)', head(0x49, 0x49, 0x2a, 0x00), 'image/tiff', 'document.tiff'],
    ['TIFF (big-endian)', head(0x4d, 0x4d, 0x00, 0x2a), 'image/tiff', 'document.tiff'],
    ['GIF', head(...ascii('GIF89a')), 'image/gif', 'document.gif'],
    ['BMP', head(...ascii('BM')), 'image/bmp', 'document.bmp'],
    ['WebP', head(...ascii('RIFF'), 0, 0, 0, 0, ...ascii('WEBP')), 'image/webp', 'document.webp'],
    ['unknown bytes', head(1, 2, 3), 'application/octet-stream', 'document.bin'],
    ['RIFF that is not WebP (WAVE)', head(...ascii('RIFF'), 0, 0, 0, 0, ...ascii('WAVE')), 'application/octet-stream', 'document.bin'],
    ['WEBP without its RIFF tag', head(...ascii('RIFX'), 0, 0, 0, 0, ...ascii('WEBP')), 'application/octet-stream', 'document.bin'],
  ])('sniffs %s from an untyped typed array', async (_, bytes, type, name) => {
    const { mock, handl } = setup();
    await handl.recognize(bytes, { async: false });
    expect(mock.requests[0]?.file).toMatchObject({ type, name, size: bytes.byteLength });
  });

  it('accepts an ArrayBuffer, a DataView and a slice of a larger buffer, sending only the view', async () => {
    const { mock, handl } = setup();
    const padded = new Uint8Array(UTOPIA.bytes.byteLength + 8);
    padded.set(UTOPIA.bytes, 4);
    await handl.recognize(UTOPIA.bytes.slice().buffer, { async: false });
    await handl.recognize(new DataView(padded.buffer, 4, UTOPIA.bytes.byteLength), { async: false });
    await handl.recognize(padded.subarray(4, 4 + UTOPIA.bytes.byteLength), { async: false });
    for (const request of mock.requests) {
      expect(request.file).toEqual({ name: 'document.jpg', type: 'image/jpeg', size: UTOPIA.size, sha256: UTOPIA.sha256 });
    }
  });

  it('sniffs a Blob whose type is empty or generic, and keeps a specific one', async () => {
    const { mock, handl } = setup();
    const png = readFileSync(new URL('../fixtures/documents/driver-license-massachusetts-fake.png', import.meta.url));
    await handl.recognize(new Blob([png]), { async: false });
    await handl.recognize(new Blob([png], { type: 'application/octet-stream' }), { async: false });
    // The Canadian specimen is JPEG bytes in a file named .png: a browser types it image/png and
    // that declared type is what we send (Handl sniffs the bytes itself).
    const canada = readFileSync(new URL('../fixtures/documents/passport-canada-specimen-jpeg-named-png.png', import.meta.url));
    await handl.recognize(new File([canada], 'passport-canada.png', { type: 'image/png' }), { async: false });
    await handl.recognize(new File([canada], 'passport-canada.png'), { async: false });
    expect(mock.requests.map((r) => [r.file?.name, r.file?.type])).toEqual([
      ['document.png', 'image/png'],
      ['document.png', 'image/png'],
      ['passport-canada.png', 'image/png'],
      ['passport-canada.png', 'image/jpeg'],
    ]);
  });

  it('names the part from fileName, then the File name, then the sniffed type', async () => {
    const { mock, handl } = setup();
    const file = new File([UTOPIA.bytes], 'scan.jpg', { type: 'image/jpeg' });
    await handl.recognize(file, { async: false, fileName: 'custom.jpeg' });
    await handl.recognize(file, { async: false });
    expect(mock.requests.map((r) => r.file?.name)).toEqual(['custom.jpeg', 'scan.jpg']);
  });

  it('turns an unsupported input into a bad_request error state without sending anything', async () => {
    const { mock, handl } = setup();
    await expect(handl.recognize('not a file' as unknown as Blob)).rejects.toMatchObject({ name: 'HandlError', kind: 'bad_request' });
    expect(mock.requests).toEqual([]);
  });
});
