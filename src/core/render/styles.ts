/**
 * The report's CSS. In the preview it follows the VS Code theme through its `--vscode-*` variables; in an
 * exported file those are missing, so every colour falls back to a light palette, or a dark one when the
 * reader's system prefers it.
 */
export const REPORT_CSS = `
:root {
  --pm-fg: var(--vscode-editor-foreground, #1f2328);
  --pm-bg: var(--vscode-editor-background, #ffffff);
  --pm-muted: var(--vscode-descriptionForeground, #59636e);
  --pm-card: var(--vscode-editorWidget-background, #f6f8fa);
  --pm-border: var(--vscode-contrastBorder, var(--vscode-panel-border, #d1d9e0));
  --pm-accent: var(--vscode-textLink-foreground, #0969da);
  --pm-band: var(--vscode-editorError-foreground, #cf222e);
  --pm-error: var(--vscode-editorError-foreground, #cf222e);
  --pm-warning: var(--vscode-editorWarning-foreground, #9a6700);
  --pm-info: var(--vscode-editorInfo-foreground, #0969da);
  --pm-ok: var(--vscode-testing-iconPassed, #1a7f37);
  --pm-code-bg: var(--vscode-textCodeBlock-background, #eff1f3);
  --pm-font: var(--vscode-font-family, -apple-system, BlinkMacSystemFont, "Segoe UI", Helvetica, Arial, sans-serif);
  --pm-mono: var(--vscode-editor-font-family, ui-monospace, SFMono-Regular, Menlo, Consolas, monospace);
  --pm-size: var(--vscode-font-size, 14px);
}
@media (prefers-color-scheme: dark) {
  .pm-export {
    --pm-fg: #e6edf3; --pm-bg: #0d1117; --pm-muted: #9198a1; --pm-card: #151b23; --pm-border: #3d444d;
    --pm-accent: #4493f8; --pm-band: #f85149; --pm-error: #f85149; --pm-warning: #d29922; --pm-info: #4493f8;
    --pm-ok: #3fb950; --pm-code-bg: #262c36;
  }
}
html, body { background: var(--pm-bg); color: var(--pm-fg); }
body { font-family: var(--pm-font); font-size: var(--pm-size); line-height: 1.55; margin: 0; padding: 0 20px 40px; }
main { max-width: 980px; margin: 0 auto; }
a { color: var(--pm-accent); }
code, pre, .pm-offset, .pm-tl-time { font-family: var(--pm-mono); }
code { background: var(--pm-code-bg); padding: 0.1em 0.3em; border-radius: 3px; }
pre { background: var(--pm-code-bg); padding: 10px 12px; overflow-x: auto; border-radius: 4px; }
pre code { background: none; padding: 0; }
.pm-card { background: var(--pm-card); border: 1px solid var(--pm-border); border-radius: 6px; padding: 14px 18px; margin: 16px 0; }
.pm-header h1 { margin: 0 0 6px; font-size: 1.7em; line-height: 1.25; overflow-wrap: anywhere; }
.pm-badges { display: flex; gap: 8px; flex-wrap: wrap; margin-bottom: 10px; }
.pm-badge { border: 1px solid var(--pm-border); border-radius: 10px; padding: 1px 10px; font-size: 0.9em; }
.pm-badge-label { color: var(--pm-muted); }
.pm-header-grid { display: grid; grid-template-columns: minmax(160px, auto) 1fr 1fr; gap: 12px 24px; align-items: start; }
@media (max-width: 640px) { .pm-header-grid { grid-template-columns: 1fr; } }
.pm-duration-label { color: var(--pm-muted); font-size: 0.85em; text-transform: uppercase; letter-spacing: 0.04em; }
.pm-duration { font-size: 2.4em; font-weight: 600; line-height: 1.15; color: var(--pm-band); }
.pm-duration.pm-unknown { color: var(--pm-muted); }
.pm-duration-note { color: var(--pm-muted); font-size: 0.85em; }
dl { margin: 0; }
dt { color: var(--pm-muted); font-size: 0.85em; }
dd { margin: 0 0 6px; }
.pm-utc { display: block; color: var(--pm-muted); font-size: 0.9em; }
.pm-metric { cursor: help; }
.pm-unknown { color: var(--pm-muted); font-style: italic; }
.pm-zone { color: var(--pm-muted); font-size: 0.9em; margin: 8px 0 0; }
.pm-findings { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin: 12px 0; }
.pm-chips { display: flex; gap: 6px; }
.pm-chip { font: inherit; font-size: 0.9em; border-radius: 10px; padding: 1px 10px; border: 1px solid currentColor; background: transparent; cursor: pointer; color: var(--pm-fg); }
.pm-chip-error { color: var(--pm-error); }
.pm-chip-warning { color: var(--pm-warning); }
.pm-chip-info { color: var(--pm-info); }
.pm-chip-ok { color: var(--pm-ok); cursor: default; }
.pm-finding-list summary { cursor: pointer; color: var(--pm-muted); }
.pm-finding-list ul { margin: 6px 0; padding-left: 18px; }
.pm-finding { cursor: pointer; }
.pm-finding-error::marker { color: var(--pm-error); }
.pm-finding-warning::marker { color: var(--pm-warning); }
.pm-finding-where { color: var(--pm-muted); }
.pm-timeline h2, .pm-actions h2 { margin: 0 0 8px; font-size: 1.2em; }
.pm-tl-svg { display: block; max-height: 140px; }
.pm-tl-axis, .pm-tl-tick, .pm-tl-stem { stroke: var(--pm-muted); stroke-width: 1; }
.pm-tl-band { fill: var(--pm-band); fill-opacity: 0.25; stroke: var(--pm-band); }
.pm-tl-dot { fill: var(--pm-accent); stroke: var(--pm-bg); stroke-width: 1.5; }
.pm-tl-point { cursor: pointer; }
.pm-tl-tick-label { fill: var(--pm-muted); font-size: 12px; font-family: var(--pm-mono); }
.pm-tl-list { list-style: none; padding: 0; margin: 8px 0 0; }
.pm-tl-entry { padding: 2px 0; cursor: pointer; }
.pm-offset { display: inline-block; min-width: 6.5em; color: var(--pm-accent); }
.pm-tl-time { color: var(--pm-muted); margin-right: 6px; display: inline-block; min-width: 5.5em; }
.pm-tl-clock { color: var(--pm-muted); margin-right: 6px; }
.pm-tl-note { color: var(--pm-muted); margin-right: 6px; font-style: italic; }
.pm-tl-author { font-weight: 600; }
.pm-tl-computed { font-style: italic; }
.pm-count { color: var(--pm-muted); font-weight: normal; font-size: 0.8em; }
table { border-collapse: collapse; margin: 8px 0; display: block; overflow-x: auto; }
th, td { border: 1px solid var(--pm-border); padding: 4px 10px; text-align: left; vertical-align: top; }
.pm-table { display: table; width: 100%; }
.pm-table tbody tr { cursor: pointer; }
.pm-done { color: var(--pm-ok); }
.pm-open { color: var(--pm-warning); }
.pm-body { margin-top: 24px; overflow-wrap: anywhere; }
.pm-body img { max-width: 100%; }
.pm-image { font-style: italic; }
.pm-emoticon-off { filter: grayscale(1); opacity: 0.5; }
.task-list-item { list-style-type: none; }
.task-list-item-checkbox { margin: 0 0.2em 0.25em -1.4em; vertical-align: middle; }
.footnotes { border-top: 1px solid var(--pm-border); margin-top: 24px; font-size: 0.9em; }
.pm-body [data-line] { scroll-margin-top: 12px; }
html:not(.pm-export) .pm-body :is(h1, h2, h3, h4, h5, h6), html:not(.pm-export) #pm-title { cursor: pointer; }
.vscode-high-contrast .pm-card, .vscode-high-contrast th, .vscode-high-contrast td { border-color: var(--vscode-contrastBorder, currentColor); }
.vscode-high-contrast .pm-tl-band { fill-opacity: 0.5; }
.pm-flash { outline: 2px solid var(--vscode-focusBorder, var(--pm-accent)); outline-offset: 2px; }
.pm-footer { color: var(--pm-muted); font-size: 0.85em; margin-top: 32px; }
@media print {
  body { padding: 0; }
  .pm-card { break-inside: avoid; }
  .pm-finding-list { display: none; }
}
`;
