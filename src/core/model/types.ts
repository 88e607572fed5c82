/**
 * The document model: what a postmortem says, read from any common style, with 1-based positions.
 * `parsePostmortem(text)` builds a PostmortemModel; `analyze(text, options)` adds resolved times and metrics.
 */
import type { Range } from '../types';

/** Standard sections, matched from headings through synonyms. */
export type StandardSectionId =
  | 'summary' | 'impact' | 'timeline' | 'rootCause' | 'trigger' | 'detection' | 'resolution'
  | 'actionItems' | 'lessonsLearned' | 'whatWentWell' | 'whatWentWrong' | 'whereWeGotLucky';

/** A heading and the lines up to the next heading of the same or a higher level. */
export interface Section {
  level: number;
  title: string;
  /** The standard section it matches, when one does. */
  standard?: StandardSectionId;
  /** The heading line's text span (without the `#`s for ATX headings). */
  headingRange: Range;
  /** First line after the heading. */
  bodyStartLine: number;
  /** Last line of the section (inclusive); equal to the heading line when the body is empty. */
  endLine: number;
  /** How many lines of body text there are (lines that are not blank, a comment or a sub-heading). */
  bodyLines: number;
  /**
   * Body text with blank lines, comments and sub-headings removed, trimmed. Joined when first read (a check reads
   * few bodies, and the body of a document's title is the whole document).
   */
  bodyText: string;
  /** Set when the body is nothing but a placeholder (`TBD`, `TODO`, `<...>`, `{...}`). */
  placeholder?: { text: string; range: Range };
}

/** Labelled facts the document states, wherever they are (`• Outage **start** time: ...`, `**Duration:** ...`). */
export type StandardFieldId =
  | 'start' | 'end' | 'detected' | 'mitigated' | 'resolved' | 'duration' | 'severity' | 'status'
  | 'whatOccurred' | 'impact' | 'usersAffected' | 'rootCause' | 'detection' | 'resolution' | 'owner' | 'timezone';

export interface Field {
  /** The label as written, without markup (`Outage start time`). */
  label: string;
  /** The standard meaning of the label, when it has one. */
  key?: StandardFieldId;
  labelRange: Range;
  value: string;
  valueRange: Range;
  /**
   * For a label with no value of its own (`- **Impact**:`): the line (1-based) where its content starts, a list
   * nested under it or, for a label on a line of its own, the list, table or text below it. Absent when nothing is
   * under the label. The content is not the value: times and durations are read from the label's own line only.
   */
  contentLine?: number;
  /** The zone the label names in parentheses (`Start (UTC)`: `UTC`), in which a value written without one is read. */
  labelZone?: string;
}

/**
 * One entry of the timeline, from a bullet, a table row, an `HH:MM` line under a `### date` heading, or a heading that
 * starts with a time (`### 12:49 PM` and the paragraph under it).
 */
export interface TimelineEntry {
  kind: 'bullet' | 'table' | 'dated-list' | 'heading';
  line: number;
  /** The whole entry (bullet line, table row). */
  range: Range;
  /** The time as written (`15:06`, `3:06 PM EST`, `2024-03-12T14:02Z`, `??:??`). */
  timeText: string;
  timeRange: Range;
  /** What happened. */
  text: string;
  textRange: Range;
  /**
   * Words a table's time cell holds after the time that are neither part of it nor a hedge (`| 14:06 (first page) |`,
   * `| 14:06 per the logs |`): a note of the time, as written, shown after it.
   */
  timeNote?: { text: string; range: Range };
  /** The `### date` heading (or date column) that gives this entry its day, when the time has none. */
  dateText?: string;
  dateRange?: Range;
  /**
   * A time written as an offset from the timeline's zero point (`T+0:15`, `T-10 min`): minutes from zero, negative
   * before it; written seconds are a fraction (`T+0:15:30` is 15.5).
   */
  zeroOffsetMinutes?: number;
  /**
   * A time written as a delay after the entry before (`Five minutes later`, `After 10 minutes,`): its minutes, maybe
   * fractional (`90 seconds later`), none for a vague one (`A few minutes later`); `approximate` when hedged (`About an
   * hour later`).
   */
  afterPrevious?: Delay;
  /** The sender of a message pasted from a chat (`Alice Chen` of `Alice Chen  2:04 PM`), as written. */
  author?: { text: string; range: Range };
}

/** A delay after the entry before, as a timeline entry writes it in place of a clock (see `TimelineEntry.afterPrevious`). */
export interface Delay {
  minutes?: number;
  approximate?: boolean;
}

/** A follow-up task (checkbox, bullet or table row in the action items section). */
export interface ActionItem {
  line: number;
  range: Range;
  text: string;
  done?: boolean;
  owner?: { text: string; range: Range };
  due?: { text: string; range: Range };
  priority?: { text: string; range: Range };
  /** Tracker link or issue key (`JIRA-123`, `#45`, a URL). */
  link?: { text: string; range: Range };
  /** The line of the list item this one is nested under (a sub-item details that item). */
  parentLine?: number;
}

/** YAML (`---`) or TOML (`+++`) front matter, validated by the front matter schema. */
export interface FrontMatter {
  /** From the opening `---` to the closing `---` inclusive. */
  range: Range;
  data: Record<string, unknown>;
  /** Keys with the span of the key and of the value. */
  entries: { key: string; keyRange: Range; valueRange: Range; value: unknown }[];
  /** YAML or TOML syntax errors and schema violations, each saying where ("YAML: ...", "`severity`: ..."); PM018 adds "Front matter: ". */
  problems: { message: string; range: Range }[];
}

/** A statement of the zone the document's times are in ("All times UTC", "All times in PST/PDT"). */
export interface ZoneDeclaration {
  text: string;
  range: Range;
  /** The zone as written (`UTC`, `PST/PDT`, `America/New_York`). */
  zone: string;
}

export interface PostmortemModel {
  lines: string[];
  frontMatter?: FrontMatter;
  /** Front matter `title`, else the first heading. */
  title?: { text: string; range: Range };
  sections: Section[];
  fields: Field[];
  timeline: TimelineEntry[];
  actionItems: ActionItem[];
  zoneDeclarations: ZoneDeclaration[];
  /** Set when the document is Jira/Confluence wiki markup (`h2. Timeline`, `||Time||Event||`): read, and rendered, as such. */
  wikiMarkup?: true;
  /**
   * Set when the whole document is quoted in one fenced code block (```` ```markdown ````, as an assistant hands one
   * over): the 1-based lines of its fence (`close` missing when nothing closes it). The Markdown inside is what is read.
   */
  quotingFence?: { open: number; close?: number };
}
