/** FNV-1a, 32 bits: a fast, well-spread hash of short strings (not for security). */
export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

/** FNV-1a of text[from, to), without slicing the string. */
export function fnv1aRange(text: string, from: number, to: number): number {
  let h = FNV_OFFSET;
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}

/** FNV-1a of a whole string. */
export function fnv1a(text: string): number {
  return fnv1aRange(text, 0, text.length);
}
