// Follow-ups without an owner are the ones that never get done.
import type { ModelRule } from './types';

/** PM016: an open action item names no owner. */
export const actionItemOwner: ModelRule = {
  id: 'PM016',
  name: 'action-item-owner',
  description: 'Every open action item names an owner (`@name`, `Owner: name`, or an owner column) or is tracked in an issue.',
  defaultSeverity: 'info',
  tags: ['action-items'],
  docs: 'docs/rules/PM016.md',
  scope: 'model',
  check(ctx, report) {
    // Lines of items reported, and of their sub-items: a sub-item details the item above it, reported once.
    const covered = new Set<number>();
    for (const item of ctx.model.actionItems) {
      // An item tracked in an issue (`#2226`, `PAY-1432`, a URL) has its owner in the tracker.
      if (item.owner || item.done === true || item.link) continue;
      if (item.parentLine !== undefined && covered.has(item.parentLine)) { covered.add(item.line); continue; }
      covered.add(item.line);
      const shown = item.text.length > 50 ? `${item.text.slice(0, 47)}...` : item.text;
      report({
        message: `Action item "${shown}" has no owner: add one (e.g. "Owner: @name") so it gets done.`,
        range: item.range,
      });
    }
  },
};
