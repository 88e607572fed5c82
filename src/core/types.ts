/**
 * Shared types of the core engine. Everything here is plain data: no editor, no Node.
 * Positions are 1-based (line and column), like markdownlint; columns count UTF-16 code units.
 */

/** A 1-based line and column. */
export interface Position {
  line: number;
  column: number;
}

/** A span of text; `end` is exclusive. */
export interface Range {
  start: Position;
  end: Position;
}

/** How bad a finding is. */
export type Severity = 'error' | 'warning' | 'info';

/** One replacement of the text inside `range`. An insertion has an empty range. */
export interface TextEdit {
  range: Range;
  replacement: string;
}

/** A fix offered for a finding: edits applied together, as one undo step. */
export interface Fix {
  /** Shown in the quick-fix menu, e.g. `Replace "EST" with "EDT"`. */
  title: string;
  edits: TextEdit[];
  /** The obvious fix (VS Code's `isPreferred`). */
  preferred?: boolean;
}

/** One problem found in a document by a rule. */
export interface Finding {
  /** Stable id, e.g. `PM003`. */
  ruleId: string;
  /** Stable readable name, e.g. `end-before-start`. */
  ruleName: string;
  severity: Severity;
  /** Says what is wrong and what is expected. */
  message: string;
  range: Range;
  fixes?: Fix[];
}
