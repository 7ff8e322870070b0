/**
 * Mojibake: UTF-8 text that some system along the way decoded as Windows-1252 (or Latin-1) and
 * stored again, sometimes twice, so that "Dáte" reads "DÃ¡te", "don’t" reads "donâ€™t" and "£5"
 * reads "Â£5". Each such run is a UTF-8 lead byte's character followed by the right number of
 * continuation bytes' characters, and turned back into those bytes it decodes as UTF-8; a run
 * that does not decode is left as it is. Written by hand: no npm library repairs it (Python's
 * ftfy does, with more heuristics); this is its core case, the one scraped and pasted news shows.
 */

/** Each byte 0x80-0xFF as Windows-1252 shows it (its five unassigned bytes as Latin-1 does, as C1 controls). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
const BYTE_OF = new Map<string, number>();
for (let b = 0x80; b <= 0xff; b++) BYTE_OF.set(b < 0xa0 ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b), b);

/** A continuation byte's character (0x80-0xBF). */
const CONT = `[${[...BYTE_OF].filter(([, b]) => b <= 0xbf).map(([c]) => escape(c)).join('')}]`;
/** A lead byte's character (0xC2-0xF4) and the continuations it needs. */
const RUN = new RegExp(`[\\u00C2-\\u00DF]${CONT}|[\\u00E0-\\u00EF]${CONT}{2}|[\\u00F0-\\u00F4]${CONT}{3}`, 'g');

function escape(c: string): string {
  return /[\]\\^-]/.test(c) ? `\\${c}` : c;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The text with its mojibake runs decoded as the UTF-8 they were, layer after layer ("Ã¢â‚¬â„¢",
 * decoded twice, is "’"); text without them comes back unchanged.
 */
export function repairMojibake(text: string): string {
  for (let layer = 0; layer < 3; layer++) {
    const repaired = repairLayer(text);
    if (repaired === text) break;
    text = repaired;
  }
  return text;
}

function repairLayer(text: string): string {
  // Fast path: every run starts with one of these characters.
  if (!/[\u00C2-\u00F4]/.test(text)) return text;
  return text.replace(RUN, (run) => {
    const bytes = Uint8Array.from(run, (c) => BYTE_OF.get(c) ?? 0);
    try {
      const decoded = utf8.decode(bytes);
      // "é’”" (in "café’”") decodes to a CJK character: an accented letter before two quotes, not mojibake.
      return /[\u3000-\u9FFF]/.test(decoded) && run[0] !== 'â' ? run : decoded;
    } catch {
      return run;
    }
  });
}
