/**
 * The SHA-256 of some bytes as lowercase hex, via `crypto.subtle` (Node, browsers, workers);
 * `''` where `crypto.subtle` does not exist (a page served over plain http from another host).
 * @example await sha256Hex(await file.arrayBuffer()); // 'ff1392…'
 */
export async function sha256Hex(bytes: ArrayBuffer): Promise<string> {
  // `subtle` is typed as always present, but browsers leave it out of insecure contexts.
  const subtle = globalThis.crypto.subtle as SubtleCrypto | undefined;
  if (subtle === undefined) return '';
  const digest = await subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
