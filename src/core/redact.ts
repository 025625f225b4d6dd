const MASK = '***';

/**
 * Returns a function that replaces every occurrence of `secret` (raw or URL-encoded) in a string
 * or in the strings of a JSON-like value. With no secret it returns the value unchanged.
 */
export function createRedactor(secret: string | undefined): <T>(value: T) => T {
  if (!secret) return (value) => value;
  const encoded = [encodeURIComponent(secret), new URLSearchParams({ s: secret }).toString().slice(2)];
  // Servers and proxies echo escapes in either case: `%2F` and `%2f` are the same secret.
  const lowerHex = encoded.map((form) => form.replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase()));
  const forms = [...new Set([secret, ...encoded, ...lowerHex])].sort((a, b) => b.length - a.length);
  const redactString = (text: string): string => forms.reduce((out, form) => out.split(form).join(MASK), text);
  const redact = (value: unknown): unknown => {
    if (typeof value === 'string') return redactString(value);
    if (Array.isArray(value)) return value.map(redact);
    if (typeof value === 'object' && value !== null) {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [redactString(k), redact(v)]));
    }
    return value;
  };
  return redact as <T>(value: T) => T;
}
