/**
 * Which outlet published the report, when metadata does not say: what the text says of itself
 * ("Support The Moscow Times!", "(Reuters) -", "HAMBURG (dpa) -", "© 2022 The Associated
 * Press", "by Energy Times Staff"), else the host of the article's own URL.
 */
const NEWS_AGENCY =
  '(?:Reuters|AP|AFP|Bloomberg|UPI|CNN|BBC|dpa|DPA|Xinhua|Kyodo|Yonhap|TASS|Interfax|ANSA|EFE|PTI|IANS|ANI|Bernama|Antara|Anadolu|AA|Sputnik|RIA Novosti|KUNA|WAFA|IRNA|WAM|SPA|Lusa|Belga|PAP|CTK|MTI|BTA|NTB|TT|Ritzau|STT|CNA|JTA|RNS|CNS|AAP|NZPA|KNA|APA|ATS|KCNA|SANA|MENA|QNA|Petra|APS|MAP|TAP|NAN|Prensa Latina|Notimex|Telam|Agencia Brasil)';

/** Words in brackets after a dateline that are no agency: "WASHINGTON (UPDATED) -". */
const NOT_AN_AGENCY = /^(?:updated?|update \d+|corrected|correction|lead|file|photos?|video|eds?|repeat|refile|recasts?|adds|breaking|exclusive|analysis|opinion|live|urgent|flash)$/i;

const SELF_NAMING: readonly RegExp[] = [
  /\b(?:support|donate to|subscribe to)\s+((?:the\s+)?[A-Z][\w'&.-]*(?:\s+[A-Z][\w'&.-]*){0,4})\s*!/i,
  // A dateline names the agency that filed it: "LONDON (Reuters) -", "MALATYA, Turkey (AP) —",
  // "HAMBURG, Feb 3, 2025 (dpa) -", "NEW DELHI (IANS) -": a place, maybe a region and a date,
  // then the agency in brackets and a dash. After a place in capitals, any name of one to three
  // words; after a place in other letters ("Washington (CNN) —"), only an agency known as one.
  /^\p{Lu}{2,}[\p{L} .,'’-]{0,40}(?:,[^(]{0,30})?\s*\((\p{L}[\p{L}\p{N}&.'’-]{1,19}(?: [\p{L}\p{N}&.'’-]+){0,2})\)\s*[-–—]/u,
  new RegExp(`^\\p{Lu}[\\p{L} .,'’-]{1,40}(?:,[^(]{0,30})?\\s*\\((${NEWS_AGENCY})\\)\\s*[-–—]`, 'u'),
  // "© 2026 Reuters. All rights reserved.": the name ends with its sentence; a full stop inside
  // it only joins initials ("U.S. News", "A.P.").
  /(?:(?:©|\([cC]\)|[Cc]opyright|COPYRIGHT)\s*)+(?:\d{4}\s*)?((?:[Tt]he\s+)?[A-Z][\w'&-]*(?:\.[A-Z][\w'&-]*)*(?:(?<=\b[A-Z])\.)?(?:\s+(?:&\s+)?[A-Z][\w'&-]*(?:\.[A-Z][\w'&-]*)*(?:(?<=\b[A-Z])\.)?){0,4})/,
  // A staff byline names the outlet: "By Energy Times Staff", "Posted on March 12, 2025 by
  // Energy Times Staff", "by CNN Wire Staff": capitalised words before "Staff" at the line's end.
  /\b[Bb]y\s+((?:[Tt]he\s+)?\p{Lu}[\p{L}\p{N}'’&.-]*(?:\s+(?:of\s+|&\s+)?\p{Lu}[\p{L}\p{N}'’&.-]*){0,4}?)(?:\s+[Ww]ire)?\s+(?:[Ss]taff(?: [Rr]eport)?|STAFF|[Nn]ewsroom|[Nn]ews [Dd]esk|[Ee]ditorial [Ss]taff)\.?$/u,
];

export function outletFromText(texts: readonly string[]): string | null {
  for (const text of texts) {
    for (const pattern of SELF_NAMING) {
      const m = pattern.exec(text);
      if (m && !NOT_AN_AGENCY.test(m[1])) return m[1].replace(/^the\s/i, 'The ').replace(/[.,]+$/, '').trim();
    }
  }
  return null;
}

export function outletFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const host = new URL(url).hostname.replace(/^(www|m|amp|mobile|edition)\./, '');
    return host || null;
  } catch {
    return null;
  }
}
