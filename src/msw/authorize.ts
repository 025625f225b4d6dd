/**
 * Whether a request carries the expected license key, as the `token` query parameter (the
 * documented way) or as an `Authorization: Token <key>` header. With no expected key
 * (an on-premise server) every request passes.
 * @example isAuthorized(request, 'test-token'); // false → answer 403 with fixtures.license403
 */
export function isAuthorized(request: Request, token: string | undefined): boolean {
  if (token === undefined) return true;
  const queryTokens = new URL(request.url).searchParams.getAll('token');
  const header = /^Token\s+(.+)$/i.exec(request.headers.get('authorization') ?? '')?.[1]?.trim();
  return queryTokens.includes(token) || header === token;
}
