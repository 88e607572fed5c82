// Renders images/icon.svg to the 128x128 images/icon.png the manifest ships, with Debian's headless Chromium.
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { launchChromium, root } from './lib/code-server.mjs';

const svg = readFileSync(path.join(root, 'images/icon.svg'), 'utf8');
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 128, height: 128 } });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
  await page.screenshot({ path: path.join(root, 'images/icon.png'), omitBackground: true, clip: { x: 0, y: 0, width: 128, height: 128 } });
} finally {
  await browser.close();
}
