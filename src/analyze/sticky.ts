/**
 * The matches of `sticky` (a pattern with the y flag) at `positions` (ascending), as a global
 * search over `text` finds them: each from the end of the last one on. The dates' rules and the
 * quantities' numbers try their patterns only where a match may begin.
 */
export function stickyMatches(sticky: RegExp, text: string, positions: readonly number[]): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  let next = 0;
  for (let k = 0; k < positions.length; k++) {
    const at = positions[k];
    if (at < next) continue;
    sticky.lastIndex = at;
    const match = sticky.exec(text);
    if (!match) continue;
    next = at + (match[0].length || 1);
    matches.push(match);
  }
  return matches;
}
