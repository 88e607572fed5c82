// Driving the VS Code workbench (code-server in headless Chromium) the way a person does: keyboard and mouse.
import path from 'node:path';

/** Wraps a Playwright page with the workbench gestures the end-to-end scenarios use. */
export class Workbench {
  constructor(page, { shots, log }) {
    this.page = page;
    this.shots = shots;
    this.log = log;
    this.shotIndex = 0;
  }

  /** Waits for the workbench and the explorer of the opened folder. */
  async ready() {
    await this.page.locator('.monaco-workbench').waitFor({ timeout: 90_000 });
    await this.page.locator('.explorer-folders-view, .explorer-viewlet').first().waitFor({ timeout: 90_000 });
  }

  /**
   * Runs a command from the command palette (F1), by its title as shown there. Right after start-up the remote
   * extension host may not have contributed its commands yet, so the palette is reopened until the command shows.
   */
  async command(title, timeout = 60_000) {
    const deadline = Date.now() + timeout;
    for (;;) {
      await this.page.keyboard.press('F1');
      const input = this.page.locator('.quick-input-widget input:visible');
      await input.waitFor();
      await input.fill(`>${title}`);
      const row = this.page.locator('.quick-input-widget .quick-input-list .monaco-list-row:visible', { hasText: title }).first();
      try {
        await row.waitFor({ timeout: Math.min(5000, Math.max(1, deadline - Date.now())) });
        await this.page.keyboard.press('Enter');
        return;
      } catch (e) {
        if (Date.now() >= deadline) throw e;
        await this.page.keyboard.press('Escape');
      }
    }
  }

  /** Answers the open quick pick by choosing the row that contains `text`. */
  async pick(text) {
    const row = this.page.locator('.quick-input-widget .quick-input-list .monaco-list-row:visible', { hasText: text }).first();
    await row.waitFor();
    await row.click();
  }

  /** Types into the open quick input (input box) and confirms. */
  async answer(text) {
    const input = this.page.locator('.quick-input-widget input:visible');
    await input.waitFor();
    await input.fill(text);
    await this.page.keyboard.press('Enter');
  }

  /** Opens a workspace file through Quick Open (Ctrl+P). */
  async open(relativePath) {
    await this.page.keyboard.press('Control+P');
    const input = this.page.locator('.quick-input-widget input:visible');
    await input.waitFor();
    await input.fill(relativePath);
    await this.page.locator('.quick-input-widget .quick-input-list .monaco-list-row:visible', { hasText: path.basename(relativePath) }).first().waitFor();
    await this.page.keyboard.press('Enter');
    await this.page.locator('.tab.active', { hasText: path.basename(relativePath) }).waitFor();
  }

  /** Moves the cursor to a 1-based line (and column) through Quick Open's `:line:column`. */
  async goToLine(line, column) {
    await this.page.keyboard.press('Control+P');
    const input = this.page.locator('.quick-input-widget input:visible');
    await input.waitFor();
    await input.fill(column ? `:${line}:${column}` : `:${line}`);
    await this.page.locator('.quick-input-widget .quick-input-list .monaco-list-row:visible', { hasText: `line ${line}` }).first().waitFor();
    await this.page.keyboard.press('Enter');
    await this.quickInputClosed();
  }

  /** Waits until the quick input is gone, confirming again if a busy workbench dropped the first Enter. */
  async quickInputClosed() {
    const widget = this.page.locator('.quick-input-widget:visible');
    for (let attempt = 0; ; attempt++) {
      try {
        await widget.waitFor({ state: 'hidden', timeout: 2000 });
        return;
      } catch (e) {
        if (attempt >= 3) throw e;
        await this.page.keyboard.press('Enter');
      }
    }
  }

  /** Rows of the Problems panel (opened when needed). */
  async problems() {
    if (!(await this.page.locator('.markers-panel').isVisible())) await this.command('View: Focus Problems');
    return this.page.locator('.markers-panel .monaco-list-row');
  }

  /** The preview webview's document (two nested iframes). */
  webview() {
    return this.page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
  }

  /** Saves a numbered screenshot named after the step; returns its path. */
  async screenshot(name) {
    const file = path.join(this.shots, `${String(++this.shotIndex).padStart(2, '0')}-${name}.png`);
    await this.page.screenshot({ path: file });
    return file;
  }
}
