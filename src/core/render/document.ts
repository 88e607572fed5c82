/** From text to report in one call: check the document, then render it (the CLI uses it; the benchmark times it). */
import { check } from '../check';
import type { CheckOptions } from '../check/types';
import { renderReport, type RenderOptions } from './report';

/** Checks `text` with `checkOptions` and renders the report page (export mode unless said otherwise). */
export function renderPostmortem(text: string, checkOptions: CheckOptions = {}, renderOptions: RenderOptions = { mode: 'export' }): string {
  const result = check(text, checkOptions);
  return renderReport({ analysis: result.analysis, findings: result.findings, text }, renderOptions);
}
