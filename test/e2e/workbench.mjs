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
      const input = await this.quickInput('F1');
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

  /**
   * Opens the quick input with `keys` (F1, Ctrl+P) and returns its text box once it has the keyboard focus. A quick
   * input still closing from the step before must not take the text: typed into a hidden box, it lands in the editor.
   */
  async quickInput(keys) {
    await this.quickInputClosed();
    await this.pressUntil(keys, (timeout) => this.focusedQuickInput(timeout));
    return this.page.locator('.quick-input-widget input:visible');
  }

  /**
   * Presses `keys` until `shown(timeout)` resolves: a workbench busy right after a command may drop the key, so it is
   * pressed again, up to three times, 5 s apart; the last failure is thrown.
   */
  async pressUntil(keys, shown) {
    for (let attempt = 1; ; attempt++) {
      await this.page.keyboard.press(keys);
      try {
        await shown(5000);
        return;
      } catch (e) {
        if (attempt >= 3) throw e;
      }
    }
  }

  /** Waits until the keyboard focus is in a visible quick input's text box. */
  async focusedQuickInput(timeout = 15_000) {
    await this.page.waitForFunction(() => {
      const el = document.activeElement;
      const widget = el?.closest('.quick-input-widget');
      return !!widget && el.tagName === 'INPUT' && widget.offsetParent !== null && getComputedStyle(widget).display !== 'none';
    }, null, { timeout });
  }

  /** Answers the open quick pick by choosing the row that contains `text`. */
  async pick(text) {
    const row = this.page.locator('.quick-input-widget .quick-input-list .monaco-list-row:visible', { hasText: text }).first();
    await row.waitFor();
    await row.click();
  }

  /** Types into the open quick input (input box) and confirms. */
  async answer(text) {
    await this.focusedQuickInput();
    const input = this.page.locator('.quick-input-widget input:visible');
    await input.fill(text);
    await this.page.keyboard.press('Enter');
  }

  /** Opens a workspace file through Quick Open (Ctrl+P). */
  async open(relativePath) {
    const input = await this.quickInput('Control+P');
    await input.fill(relativePath);
    await this.page.locator('.quick-input-widget .quick-input-list .monaco-list-row:visible', { hasText: path.basename(relativePath) }).first().waitFor();
    await this.page.keyboard.press('Enter');
    await this.page.locator('.tab.active', { hasText: path.basename(relativePath) }).waitFor();
  }

  /** Moves the cursor to a 1-based line (and column) through Quick Open's `:line:column`. */
  async goToLine(line, column) {
    const input = await this.quickInput('Control+P');
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
