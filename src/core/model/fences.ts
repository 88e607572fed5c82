/** Fenced code blocks: the line that opens one (```` ```bash ````, `~~~`) and the line that closes it. */

const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;

/** The fence a line opens (```` ```bash ````, `~~~`): its run of backticks or tildes and its info string, else undefined. */
export function openingFence(line: string): { run: string; info: string } | undefined {
  const m = FENCE.exec(line);
  // a backtick in the info string of a backtick fence makes it inline code, not a fence
  return m && !(m[1][0] === '`' && m[2].includes('`')) ? { run: m[1], info: m[2].trim() } : undefined;
}

/** True when `line` closes the fence opened by `run`: the same character, at least as many, and nothing after. */
export function closesFence(line: string, run: string): boolean {
  const m = FENCE.exec(line);
  return m !== null && m[1][0] === run[0] && m[1].length >= run.length && m[2].trim() === '';
}
