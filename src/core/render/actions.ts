/** The action items as a table (what, owner, due, done), each row revealing its line when clicked. */
import type { ActionItem } from '../model/types';
import { escapeHtml } from './escape';

function cell(value: { text: string } | undefined): string {
  return value ? escapeHtml(value.text) : '<span class="pm-unknown">—</span>';
}

function doneCell(done: boolean | undefined): string {
  if (done === true) return '<span class="pm-done" title="Done">✓ done</span>';
  if (done === false) return '<span class="pm-open" title="Open">open</span>';
  return '<span class="pm-unknown">—</span>';
}

/** Renders the action items table; empty when the document has none. */
export function renderActionItems(items: readonly ActionItem[]): string {
  if (items.length === 0) return '';
  const withPriority = items.some((i) => i.priority);
  const withLink = items.some((i) => i.link);
  const rows = items.map((item) => [
    `<tr data-line="${item.line}">`,
    `<td class="pm-ai-text">${escapeHtml(item.text)}</td>`,
    `<td class="pm-ai-owner">${cell(item.owner)}</td>`,
    `<td class="pm-ai-due">${cell(item.due)}</td>`,
    withPriority ? `<td class="pm-ai-priority">${cell(item.priority)}</td>` : '',
    withLink ? `<td class="pm-ai-link">${cell(item.link)}</td>` : '',
    `<td class="pm-ai-done">${doneCell(item.done)}</td>`,
    '</tr>',
  ].join(''));
  const done = items.filter((i) => i.done).length;
  return [
    '<section class="pm-card pm-actions" id="pm-actions">',
    `<h2>Action items <span class="pm-count" id="pm-actions-count">${done}/${items.length} done</span></h2>`,
    '<table class="pm-table"><thead><tr><th>Action</th><th>Owner</th><th>Due</th>',
    withPriority ? '<th>Priority</th>' : '',
    withLink ? '<th>Tracker</th>' : '',
    '<th>Done</th></tr></thead>',
    `<tbody>${rows.join('')}</tbody></table>`,
    '</section>',
  ].join('');
}
