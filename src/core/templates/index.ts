/** Templates for new postmortems: built-in and workspace templates, substitution, snippets and file names. */
export * from './types';
export { builtInTemplates } from './builtins';
export { renderTemplate, escapeSnippetText, yamlScalar, type RenderedTemplate } from './render';
export { tokenizeTemplate, isBlankText, type TemplateToken } from './tokens';
export { parseWorkspaceTemplate, findTemplate, workspaceTemplateFolder, type ParsedTemplateFile } from './workspace';
export { slugify, postmortemFileName, uniqueFileName } from './naming';
export { templateVariables, formatStart, type IncidentInput } from './variables';
export { timestampStyleOf, formatTimestamp, defaultTimestampStyle, zoneForTimestamps, type TimestampStyle } from './timestamp';
export { boldLikeItsEntry, documentTimestamp, timestampAt, type DocumentTimestamp, type TimestampContext, type TimestampSample } from './now';
export { offsetStyleOf, formatOffsetStamp, blankOffsetStamp, offsetStampNear, type OffsetStyle, type OffsetSample } from './offset-stamp';
export { timelineInsertion, type TimelineInsertion } from './timeline-entry';
export { parseIncidentStart, type IncidentStart } from './start';
export { frontMatterSuggestions, frontMatterKeys, type Suggestion } from './frontmatter-completion';
