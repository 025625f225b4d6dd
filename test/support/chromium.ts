// Debian's Chromium (installed by scripts/setup.sh), never a downloaded browser, for vitest's
// browser mode and the demo's e2e alike. HANDL_CHROMIUM points elsewhere if needed.
export const chromiumPath: string = process.env['HANDL_CHROMIUM'] ?? '/usr/bin/chromium';

/** Flags that keep Chromium quiet on a closed network: no calls home, no QUIC, no GPU. */
export const chromiumArgs: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
