/** Where the demo sends its requests. */
export type Connection =
  | { kind: 'mock' }
  | { kind: 'handl'; baseUrl: string; token: string; auth: 'query' | 'header' }
  | { kind: 'proxy'; baseUrl: string };

export const HANDL_URL = 'https://latest.handl.io';
const KEY = 'handl-rx-demo:connection';
const TOKEN_KEY = 'handl-rx-demo:token';

/**
 * The saved connection. The license key lives in sessionStorage only: it is gone when the tab
 * closes and never lands in localStorage next to the rest.
 */
export function loadConnection(): Connection {
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Partial<Connection & { auth: string }> | null;
    if (saved?.kind === 'handl') {
      return {
        kind: 'handl',
        baseUrl: String(saved.baseUrl || HANDL_URL),
        token: sessionStorage.getItem(TOKEN_KEY) ?? '',
        auth: saved.auth === 'header' ? 'header' : 'query',
      };
    }
    if (saved?.kind === 'proxy' && saved.baseUrl) return { kind: 'proxy', baseUrl: String(saved.baseUrl) };
  } catch {
    // A damaged entry falls back to the mock.
  }
  return { kind: 'mock' };
}

export function saveConnection(connection: Connection): void {
  if (connection.kind === 'handl') {
    const { token, ...rest } = connection;
    localStorage.setItem(KEY, JSON.stringify(rest));
    sessionStorage.setItem(TOKEN_KEY, token);
  } else {
    localStorage.setItem(KEY, JSON.stringify(connection));
    sessionStorage.removeItem(TOKEN_KEY);
  }
}

/** One line for the header badge. */
export function describeConnection(connection: Connection): { label: string; detail: string } {
  switch (connection.kind) {
    case 'mock':
      return { label: 'Mock Handl', detail: 'handl-rx/msw in a service worker · no account needed' };
    case 'handl':
      return { label: 'Handl', detail: `${connection.baseUrl} · key ${connection.token ? 'set' : 'missing'}` };
    case 'proxy':
      return { label: 'Proxy', detail: `${connection.baseUrl} · no token` };
  }
}
