/**
 * The labels that name each standard field (`Start`, `Outage start time`, `Début`, `Dauer`), in English, French, German
 * and Spanish, and what a label names: a field (`matchFieldLabel`), a field with its value's zone (`Start (UTC)`), or
 * the standard section a field stands for (`fieldCoversSection`).
 */
import { memoized } from '../cache';
import type { Field, StandardFieldId, StandardSectionId } from './types';
import { matchStandardSection, MAX_CACHED } from './section-titles';
import { labelKeys, normalizeLabel } from './text';
import { lookupZone } from '../time/zones';

/** Labels (normalised: lower case, no punctuation) that name each standard field. */
export const fieldLabelSynonyms: Record<StandardFieldId, readonly string[]> = {
  start: ['start', 'start time', 'outage start', 'outage start time', 'incident start', 'incident start time', 'impact start', 'impact start time', 'began', 'began at', 'started', 'started at', 'start of outage', 'start of impact', 'outage began', 'date and time', 'date time', 'when did it start', 'start date time', 'start date and time', 'impact started', 'impact started at'],
  end: ['end', 'end time', 'outage end', 'outage end time', 'incident end', 'incident end time', 'impact end', 'impact end time', 'ended', 'ended at', 'end of outage', 'end of impact', 'outage ended', 'recovered at', 'end date time', 'end date and time', 'impact ended', 'impact ended at'],
  detected: ['detected', 'detected at', 'detection time', 'time detected', 'time of detection', 'when was issue detected', 'when was the issue detected', 'when was the incident detected', 'first detected', 'alerted at', 'reported at', 'first reported', 'first reported at', 'time reported', 'incident reported at', 'declared at', 'incident declared', 'incident declared at'],
  mitigated: ['mitigated', 'mitigated at', 'mitigation time', 'time mitigated', 'time of mitigation'],
  resolved: ['resolved', 'resolved at', 'resolution time', 'time resolved', 'time of resolution', 'fixed at', 'closed at'],
  duration: ['duration', 'outage duration', 'total duration', 'length', 'incident duration', 'impact duration', 'outage length', 'total outage time', 'downtime', 'total downtime', 'outage window', 'impact window', 'incident window', 'downtime window', 'outage period', 'impact period', 'period', 'incident period', 'time period', 'affected period', 'start end', 'start and end', 'start end time', 'start and end time', 'start and end times'],
  severity: ['severity', 'sev', 'severity level', 'incident severity', 'impact level'],
  status: ['status', 'incident status', 'document status', 'postmortem status', 'report status'],
  whatOccurred: ['what occurred', 'what happened', 'summary', 'incident summary', 'overview', 'description', 'issue summary'],
  impact: ['impact', 'what clients and users experienced', 'what users experienced', 'what customers experienced', 'customer impact', 'user impact', 'business impact', 'impact on users', 'impact on customers'],
  usersAffected: ['percentage of users affected', 'users affected', 'affected users', 'customers affected', 'affected customers', 'percentage of customers affected', 'number of users affected', 'number of customers affected'],
  rootCause: ['root cause', 'root causes', 'root cause of the problem', 'cause', 'underlying cause', 'detailed explanation of what caused the problem', 'detailed explination of what caused the problem'],
  detection: ['how was issue detected', 'how was the issue detected', 'how was the incident detected', 'how was it detected', 'detection', 'detection method', 'detected by'],
  resolution: ['how was the incident resolved', 'how was the issue resolved', 'how was it resolved', 'resolution', 'fix', 'how it was fixed', 'detailed explanation of how the problem was fixed', 'detailed explination of how the problem was fixed'],
  owner: ['owner', 'incident owner', 'postmortem owner', 'incident commander', 'ic', 'incident lead', 'dri'],
  timezone: ['time zone', 'timezone', 'all times', 'times in', 'zone'],
};

/**
 * The same labels in French, German and Spanish, as people write them: matching drops accents and apostrophes
 * (`Debut`, `Duree` and `Duracion` match too). French puts a space before the colon (`- **Début :** 14h05`): the
 * label is read without it.
 */
export const foreignFieldLabelSynonyms: Partial<Record<StandardFieldId, readonly string[]>> = {
  start: [
    'début', 'début de l’incident', 'début de la panne', 'début de l’impact', 'début de l’interruption', 'heure de début', 'date de début', 'date et heure de début',
    'beginn', 'beginn der störung', 'beginn des ausfalls', 'beginn des vorfalls', 'störungsbeginn', 'ausfallbeginn', 'startzeit', 'startzeitpunkt', 'beginnzeit',
    'inicio', 'inicio del incidente', 'inicio de la caída', 'inicio del impacto', 'inicio de la interrupción', 'hora de inicio', 'fecha de inicio', 'fecha y hora de inicio', 'comienzo',
  ],
  end: [
    'fin', 'fin de l’incident', 'fin de la panne', 'fin de l’impact', 'fin de l’interruption', 'heure de fin', 'date de fin', 'date et heure de fin',
    'ende', 'ende der störung', 'ende des ausfalls', 'ende des vorfalls', 'störungsende', 'ausfallende', 'endzeit', 'endzeitpunkt',
    'fin del incidente', 'fin de la caída', 'fin del impacto', 'fin de la interrupción', 'hora de fin', 'hora de finalización', 'fecha de fin', 'fecha y hora de fin',
  ],
  detected: [
    'détecté', 'détecté à', 'détecté le', 'heure de détection', 'date de détection',
    'erkannt', 'erkannt um', 'entdeckt', 'zeitpunkt der erkennung', 'erkennungszeit',
    'detectado', 'detectado a las', 'hora de detección', 'fecha de detección',
  ],
  mitigated: [
    'atténué', 'atténué à', 'mitigé', 'heure d’atténuation', 'heure de mitigation',
    'eingedämmt', 'eingedämmt um', 'mitigiert', 'zeitpunkt der eindämmung',
    'mitigado', 'mitigado a las', 'hora de mitigación',
  ],
  resolved: [
    'résolu', 'résolu à', 'résolu le', 'heure de résolution', 'date de résolution', 'rétabli', 'rétabli à', 'clos le', 'clôturé le',
    'behoben', 'behoben um', 'gelöst', 'gelöst um', 'zeitpunkt der behebung', 'behebungszeit',
    'resuelto', 'resuelto a las', 'hora de resolución', 'fecha de resolución', 'restablecido', 'cerrado',
  ],
  duration: [
    'durée', 'durée de l’incident', 'durée de la panne', 'durée de l’impact', 'durée totale', 'durée d’indisponibilité', 'durée de l’interruption',
    'dauer', 'gesamtdauer', 'ausfalldauer', 'störungsdauer', 'dauer der störung', 'dauer des ausfalls',
    'duración', 'duración total', 'duración del incidente', 'duración de la caída', 'duración del impacto', 'tiempo de inactividad',
  ],
  severity: ['sévérité', 'gravité', 'niveau de sévérité', 'niveau de gravité', 'criticité', 'schweregrad', 'schwere', 'severidad', 'nivel de severidad', 'gravedad'],
  status: ['statut', 'état', 'état de l’incident', 'statut de l’incident', 'estado', 'estado del incidente'],
  whatOccurred: ['résumé', 'zusammenfassung', 'resumen', 'que s’est-il passé', 'was ist passiert', 'qué pasó', 'qué ocurrió'],
  impact: ['impacts', 'incidence', 'auswirkung', 'auswirkungen', 'impacto', 'impacto en usuarios', 'impacto en los usuarios'],
  usersAffected: ['utilisateurs affectés', 'utilisateurs impactés', 'betroffene nutzer', 'betroffene kunden', 'usuarios afectados', 'clientes afectados'],
  rootCause: ['cause racine', 'causes racines', 'cause profonde', 'causes profondes', 'ursache', 'grundursache', 'causa raíz', 'causa'],
  detection: ['détection', 'erkennung', 'detección'],
  resolution: ['résolution', 'behebung', 'lösung', 'resolución', 'solución'],
  owner: ['responsable de l’incident', 'responsable', 'verantwortlich', 'verantwortliche', 'verantwortlicher', 'incident manager'],
  timezone: ['fuseau horaire', 'zeitzone', 'zona horaria'],
};

const labelIndex = new Map<string, StandardFieldId>();
for (const table of [fieldLabelSynonyms, foreignFieldLabelSynonyms]) {
  for (const [id, names] of Object.entries(table) as [StandardFieldId, readonly string[]][]) {
    for (const name of names) for (const key of labelKeys(name)) labelIndex.set(key, id);
  }
}

/** The standard field a label names (`Outage **start** time` -> `start`), if any. */
export function matchFieldLabel(label: string): StandardFieldId | undefined {
  return labelMatches(label);
}

// Documents repeat labels: each distinct one is normalised once. Normalising turns markup characters into spaces, so
// `**start**` needs no separate stripping.
const labelMatches = memoized((label: string) => labelIndex.get(normalizeLabel(label)) ?? zonedLabel(label)?.key, MAX_CACHED);

/** A label ending in a parenthetical: `Start (UTC)`, `End (America/New_York)`. */
const PARENTHESIZED_END = /^(.+?)\s*\(\s*([^()]{1,40}?)\s*\)$/;

/**
 * A field label followed by the zone its value is in (`Start (UTC)`, `End (PST)`): the field's key and the zone as
 * written. Only a parenthetical that names a zone is left out (`Start (approx)` stays unknown).
 */
export const zonedLabel = memoized((label: string): { key: StandardFieldId; zone: string } | undefined => {
  if (!label.endsWith(')')) return undefined;
  const m = PARENTHESIZED_END.exec(label);
  const key = m ? labelIndex.get(normalizeLabel(m[1])) : undefined;
  return m && key && lookupZone(m[2]) ? { key, zone: m[2] } : undefined;
}, MAX_CACHED);

/**
 * Fields whose value covers a standard section: a document that states `What clients and users experienced: ...`
 * has said what the Impact section would say. Rules that require a section accept such a field instead.
 */
export const fieldSectionEquivalents: Partial<Record<StandardFieldId, StandardSectionId>> = {
  whatOccurred: 'summary',
  impact: 'impact',
  usersAffected: 'impact',
  rootCause: 'rootCause',
  detection: 'detection',
  resolution: 'resolution',
};

/**
 * Section names that, as a label, usually name something else: `- Response: 503 Service Unavailable` is a reply in a
 * request log, not how the incident was resolved. As headings they still name their section.
 */
const NOT_SECTION_LABELS: ReadonlySet<string> = new Set(['response']);

/**
 * The standard section a label names as a field (`**Trigger:**`, `Timeline:`), if any; kept per label (a document
 * repeats a few labels, and every check asks for each field's).
 */
export const sectionOfLabel = memoized((label: string): StandardSectionId | undefined => (NOT_SECTION_LABELS.has(normalizeLabel(label)) ? undefined : matchStandardSection(label)), MAX_CACHED);

/**
 * The standard section a field stands for: through `fieldSectionEquivalents` for its key, else when its label
 * names a section (`**Trigger:** ...`, `**Lessons learned:** ...`, `Timeline: [doc](...)`). A field covers its
 * section when it has a value, or content under it (`contentLine`: a list nested under `- **Impact**:`); a label with
 * nothing after it or under it covers nothing.
 */
export function fieldCoversSection(field: Field): StandardSectionId | undefined {
  if (field.value.trim() === '' && field.contentLine === undefined) return undefined;
  return (field.key && fieldSectionEquivalents[field.key]) || sectionOfLabel(field.label);
}
