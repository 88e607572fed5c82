/**
 * The outage's duration as the document states it ("**Duration:** 45 minutes"). It stands for the duration when the
 * start or the end is not written (PM003 still asks for it), and PM012 compares it with end - start when both are.
 */
import type { Field, PostmortemModel } from '../model/types';
import { findDuration, HEDGE_SRC, type DurationMatch } from '../time';
import type { Range } from '../types';
import { valueWindowSpan } from './windows';

/**
 * A duration that says it counts from the detection: "~15 minutes (discovery to resolution)", "30 minutes from detection
 * to recovery". It measures another span than start to end: it is neither the outage's duration nor a contradiction of it.
 */
export const FROM_DETECTION = /(?:\(\s*(?:time\s+)?(?:from\s+)?|\bfrom\s+)(?:the\s+)?(?:detection|discovery|first\s+(?:alert|page|report)|alert|page|acknowledg(?:e?ment|ing))\s*(?:to|until|till|through|[-–—→])\s*\w/i;

/**
 * Text that ends in a word that makes the duration after it approximate ("about 4.5 hours", "~45 minutes"): the words
 * a duration read in text takes (`HEDGE_SRC`), a word of them whole (not "handover").
 */
export const HEDGED = new RegExp(`(?:\\b|(?=[~≈]))${HEDGE_SRC}\\s*$`, 'i');

/**
 * A duration found in `value` as written, with the hedge right before it (`~45 minutes`, `about 45 minutes`, `just over
 * 2 hours`), for messages: its own text when none is there.
 */
export function durationAsWritten(value: string, found: DurationMatch): string {
  const hedge = HEDGED.exec(value.slice(0, found.start));
  return hedge ? value.slice(hedge.index, found.end) : found.text;
}

/** A duration as stated: its minutes, its text, where it is written, and whether a word before it makes it approximate. */
export interface StatedDuration {
  minutes: number;
  text: string;
  range: Range;
  hedged: boolean;
}

/**
 * The first duration a Duration field states, unless the field counts from the detection; not an hour of the window it
 * writes (`Durée : 14h-16h`, `de 14h à 16h`: see `valueWindowSpan`).
 */
export function durationOfField(field: Field): DurationMatch | undefined {
  if (field.key !== 'duration' || FROM_DETECTION.test(field.value)) return undefined;
  // only a value with an `h` can write its window's hours as durations
  return findDuration(field.value, field.value.includes('h') || field.value.includes('H') ? valueWindowSpan(field.value) : undefined);
}

/** The outage's stated duration: the first duration of the first Duration field that states one (see `durationOfField`). */
export function statedDuration(model: PostmortemModel): StatedDuration | undefined {
  for (const field of model.fields) {
    const found = durationOfField(field);
    if (!found) continue;
    const { line, column } = field.valueRange.start;
    const range = { start: { line, column: column + found.start }, end: { line, column: column + found.end } };
    return { minutes: found.minutes, text: found.text, range, hedged: HEDGED.test(field.value.slice(0, found.start)) };
  }
  return undefined;
}
