/**
 * The document model: `parsePostmortem(text)` and the tables other modules match against.
 */
export type * from './types';
export { isTitle, parsePostmortem, scannedLinesOf } from './parse';
export { sectionSynonyms, foreignSectionSynonyms, matchStandardSection } from './section-titles';
export { isPlaceholderText, leadSpans } from './sections';
export { timelineSectionAt } from './section-extent';
export { fieldLabelSynonyms, foreignFieldLabelSynonyms, fieldSectionEquivalents, fieldCoversSection, matchFieldLabel } from './field-labels';
export { isDateLabel, readLabelledField } from './fields';
export { scanTimePrefix } from './timeprefix';
export { zoneAbbreviations } from './timeprefix-zone';
export type { TimeSpan } from './timeprefix';
export { scanLines } from './scan';
export { splitCells } from './cells';
export type { Cell } from './cells';
export type { ScannedLine, LineKind } from './scan';
export { splitLines } from './text';
