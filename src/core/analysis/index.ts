/** The analysis: the model with times resolved and metrics computed. */
export type * from './types';
export { analyze } from './analyze';
export { computeMetrics, minutesBetween } from './metrics';
export type { MarkerKind } from './markers';
