// Generated postmortems for the benchmark: realistic structure, any length.

/** A realistic postmortem of about `lines` lines: long timeline, repeated analysis sections, action items. */
export function generatePostmortem(lines: number): string {
  const out: string[] = [
    '---', 'title: Checkout API outage after a connection pool change', 'severity: SEV2', 'status: final',
    'start: 2024-03-12T14:02:00Z', 'timezone: UTC', 'authors: [Priya Raman, Tomás Ortega]', '---', '',
    '# Checkout API outage after a connection pool change', '', '## Summary', '',
    'The checkout API returned HTTP 503 to 38% of requests after a configuration push shrank its database connection pool',
    'from 200 to 20 connections per instance; the rollback restored service once the pools refilled.', '',
    '## Impact', '', '- Percentage of requests affected: 38%', '- 61,400 checkout attempts failed; about 9,100 customers retried.', '',
    '## Timeline', '', 'All times UTC.', '',
  ];
  const budget = lines - out.length - 12;
  const timelineCount = Math.floor(budget * 0.45);
  const start = Date.UTC(2024, 2, 12, 14, 2);
  const events = ['Error rate on checkout-api rises above 5%; pool wait time climbs on every instance in us-east-1 and eu-west-1',
    'On-call engineer acknowledges the page and opens the incident channel; payments team paged for the database side',
    'Dashboards show connection pool saturation at 20/20 on each instance while the database reports spare capacity',
    'Configuration diff for cfg-2024-03-12-04 reviewed: pool_size changed from 200 to 20 in the shared template'];
  for (let i = 0; i < timelineCount; i++) {
    const t = new Date(start + i * 60_000).toISOString();
    out.push(`- ${t.slice(0, 10)} ${t.slice(11, 16)} UTC - ${events[i % events.length]}${i === 0 ? '. Outage begins' : ''}`);
  }
  out.push('', '## Root causes', '');
  const rootCauseCount = Math.floor(budget * 0.2);
  for (let i = 0; i < rootCauseCount; i++) {
    out.push(i % 6 === 5 ? '' : `A configuration template used a per-pod value (pool_size: 20) where a per-instance value was expected; step ${i} of the review did not name its unit.`);
  }
  out.push('', '## Resolution', '', 'The on-call engineer rolled back cfg-2024-03-12-04; error rates returned to baseline once the pools refilled.', '');
  out.push('## Action items', '', '| Action item | Type | Owner | Due | Ticket |', '|---|---|---|---|---|');
  const actionCount = Math.floor(budget * 0.2);
  for (let i = 0; i < actionCount; i++) {
    out.push(`| Name the unit of every pool size in configuration template ${i} and check it in CI | prevent | @owner${i % 7} | 2024-04-${String(1 + (i % 28)).padStart(2, '0')} | PAY-${1400 + i} |`);
  }
  out.push('', '## Lessons learned', '', '### What went well', '');
  while (out.length < lines) out.push(`- The error-rate alert fired seven minutes after the push, before customer reports arrived (${out.length}).`);
  return out.join('\n');
}
