// Debian's Chromium driven by playwright-core (no browser is downloaded): the report page is
// checked in a real browser. CHROMIUM_PATH names another binary.
import { type Browser, chromium } from 'playwright-core';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    // Chromium's own sandbox needs user namespaces that a root shell in a container lacks.
    args: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
  });
}
