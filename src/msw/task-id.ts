/**
 * A fresh task id in the 24-hex-digit form of the Handl docs (S1), from `crypto.getRandomValues`.
 * @example createTaskId(); // '5f576f68c0ffee0123456789'
 */
export function createTaskId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
