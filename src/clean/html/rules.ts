/**
 * Named text patterns for page furniture that survives inside the article container. Each rule
 * applies only to a block of at most `maxWords` words (furniture is short; an article sentence
 * that happens to say "subscribe" is long), and says where the block goes: `remove`d, into
 * `credits`, or into links as `related`.
 *
 * Written by hand: no library carries such a list. Kept language-general where cheap (a few
 * frequent non-English labels), but the patterns are English-first like the rest of Storyline.
 */
export type RuleTarget = 'remove' | 'credit' | 'related';

export interface TextRule {
  name: string;
  target: RuleTarget;
  maxWords: number;
  pattern: RegExp;
}

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';

/** A paywall's prompt where the article stops: "This article is for subscribers only". */
export const PAYWALL_PROMPT =
  /^(this (article|story|content|page) is (only )?(for|available (only )?to|exclusive(ly)? (for|to)|reserved for) (paying |premium |digital )?(subscribers|members)( only)?|(subscribe|log in|sign in|register) to (continue|keep) reading( this (article|story))?|to (continue|keep) reading,? (please )?(subscribe|log in|sign in)|you('ve| have) (reached|used) (your|all your|the) (limit of )?free (articles?|stories)( for this month)?|(for )?subscribers only|(the rest of )?this (article|story) is (locked|behind (a|our) paywall))[.!:]?$/i;

export const TEXT_RULES: TextRule[] = [
  { name: 'skip-link', target: 'remove', maxWords: 6, pattern: /^(skip to (main )?(content|navigation)|jump to (content|navigation)|back to top)\b/i },
  {
    name: 'ad-label',
    target: 'remove',
    maxWords: 6,
    pattern: /^(advert(isement)?s?|ads?|sponsored( content| by .*)?|paid (content|post|partner content)|promoted( content)?|anzeige|werbung|publicidad|publicidade|publicité|pubblicità|iklan|reklama|реклама|広告|广告|(story|article) continues (below|after (this )?advertisement)|continue reading (below|the main story)|advertisement - scroll to continue)[.:]?$/i,
  },
  { name: 'js-required', target: 'remove', maxWords: 14, pattern: /\b(requires|enable|turn on|needs?) javascript\b|\bjavascript (is )?(required|disabled)\b|your browser does not support/i },
  {
    name: 'cookie-prompt',
    target: 'remove',
    maxWords: 60,
    pattern: /\b(uses|use of|we use|accept|consent to|about) cookies\b|\bcookie (policy|settings|preferences)\b|\bby (continuing|using) (to (use|browse) )?(this|our) (site|website)\b/i,
  },
  {
    name: 'share-prompt',
    target: 'remove',
    maxWords: 12,
    pattern: /^(share|share this( article| story| post)?|share (on|via) \w+|tweet( this)?|email( this)?|print( this)?( article| page)?|pin it|whatsapp|facebook|twitter|linkedin|reddit|copy link|copied!?|like this (story|article)\?.*share.*|follow (us|me)( on .*)?|(sharing|share) is caring.*)[.!:]?$/i,
  },
  { name: 'paywall', target: 'remove', maxWords: 20, pattern: PAYWALL_PROMPT },
  // A row of share buttons read as text: "Share Tweet Pin Email", "ShareTweetPinEmail", "Facebook | X | Email".
  {
    name: 'share-row',
    target: 'remove',
    maxWords: 12,
    pattern: /^(?:(?:share|tweet|pinterest|pin|e-?mail|print|save|facebook|twitter|x|whatsapp|linkedin|reddit|telegram|messenger|flipboard|copy link|sms)[\s|·•,/]*){2,}$/i,
  },
  {
    name: 'newsletter-appeal',
    target: 'remove',
    maxWords: 45,
    pattern: /\b(sign up (for|to)|subscribe (to|now|today|for)|newsletters?\b.*\b(sign|subscri|inbox|deliver)|delivered (straight |right |directly )?to your inbox|in your inbox|breaking news (emails|alerts)|get (the|our) (latest|best|top) .{0,60}\b(inbox|newsletter|delivered))/i,
  },
  { name: 'subscribe-label', target: 'remove', maxWords: 3, pattern: /^(subscribe( now)?|sign (in|up)|log ?in|register|newsletter|my account|already a subscriber\??)[.!]?$/i },
  {
    name: 'donation-appeal',
    target: 'remove',
    maxWords: 60,
    pattern: /\b(donate (now|today)?|make a (donation|contribution)|support (our|independent|quality|local) journalism|become a (member|patron|supporter|subscriber)|contribute (to|now)\b.*\bjournalism|your support (helps|makes|keeps))/iu,
  },
  // Case-sensitive on purpose: "Support The Moscow Times!", not "support the team!".
  { name: 'support-appeal', target: 'remove', maxWords: 8, pattern: /^[Ss]upport (the |The )?\p{Lu}[\p{L}' ]{1,40}!$/u },
  {
    name: 'comments-prompt',
    target: 'remove',
    maxWords: 14,
    pattern: /^((\d+\s+)?comments?( \(\d+\))?|(post|leave|add|write|view|show|read) (a |your |all |the )?comments?( \(\+?\)| \(\d+\))?|tell us what you think.*|join the (conversation|discussion).*|comments are closed.*|be the first to comment.*|commenting (has been )?disabled.*|atenção: comentários.*)[.!:]?$/i,
  },
  {
    name: 'read-more',
    target: 'related',
    maxWords: 30,
    pattern: /^\[?(read more|read next|read also|also read|see also|see more|more( on this)?|related( articles?| stories| posts?| coverage| content| reading| links?| video| story)?|more (from|on|about) .{1,60}|also on \S+|recommended( reading)?|you (may|might) (also )?(like|enjoy|be interested)|more great .{1,40} stories|don'?t miss|trending( now)?|most (read|popular|viewed)|popular (now|this week|today)|recent (articles|posts|stories)|latest (news|articles|stories)|what to read next|further reading|editor'?s picks?)\s*(:|…|\.\.\.|-|–|\||$)/i,
  },
  { name: 'continue-reading', target: 'remove', maxWords: 8, pattern: /^(continue reading|read (the )?(full|whole|rest of the) (story|article)|click (here )?to (read|continue|expand)|load more|show more|view (more|all))\b.*$/i },
  { name: 'call-to-action', target: 'remove', maxWords: 25, pattern: /\b(click(ing)? here|tap here|download (our|the) app|get .{1,30} on the go)\b/i },
  {
    name: 'gallery-ui',
    target: 'remove',
    maxWords: 6,
    pattern: /^((image|photo|picture|slide|foto) \d+ (of|\/) ?\d*( \/ \d+)?|\d+ (of|\/) \d+|caption|close|expand|enlarge|full ?screen|hide caption|toggle caption|play( video)?|pause|next|previous|prev|back to (gallery|article)|view (gallery|slideshow)|loading\.*|watch( video| now)?|listen( to this article)?|\d+:\d\d)[.:]?$/i,
  },
  {
    name: 'photo-credit',
    target: 'credit',
    maxWords: 40,
    pattern: /^(\(?(photo|photos|image|images|picture|pictures|foto|fotos|фото|imagen|bild|illustration|credit|credits|photograph|photography)( credit)?\s*(:|…|\.\.\.|\)|\/|by\b)|\[사진|©|\(c\)\s|copyright\b)|\b(getty images|shutterstock|istock(photo)?|ap photo|afp photo|afp via getty|reuters\/|epa-efe|alamy|pool photo|file photo)\b|\((ap|afp|reuters|epa|getty|bloomberg)[^)]{0,60}\)\s*$/i,
  },
  {
    name: 'reporting-credit',
    target: 'credit',
    maxWords: 60,
    pattern: /^\(?\s*((additional |contributed |with )?reporting (by|from)|writing by|editing by|edited by|compiled by|produced by|research by|with (additional )?reporting|[\p{Lu}][\p{L}.'-]+( [\p{Lu}][\p{L}.'-]+){0,3} (contributed|also contributed) (reporting|to this (report|story|article)))|\b(contributed (reporting|to this (report|story|article)))\b/iu,
  },
  { name: 'republished', target: 'credit', maxWords: 30, pattern: /^(this (article|story|post) (was |is )?(originally |first )?(published|appeared)|originally (published|appeared)|republished (with permission )?from)\b/i },
  { name: 'agency-wire', target: 'credit', maxWords: 4, pattern: /^(with|from)? ?(\w+ )?(wires|wire services|wire reports|news services|staff and agencies)\.?$/i },
  {
    name: 'contact-line',
    target: 'remove',
    maxWords: 40,
    pattern: /^(have a (news )?tip|got a (news )?tip|contact (the )?(author|reporter|writer)|email the author|view author archive|send (us )?(a |your )?(tip|story|news))\b|\b(can|may) be (reached|contacted) at\b|\bfollow (him|her|them|me) on (twitter|facebook|instagram)\b/i,
  },
  {
    name: 'disclosure',
    target: 'remove',
    maxWords: 45,
    pattern: /\baffiliate (and\/or referral )?links?\b|\bwe may (earn|receive|get) (a )?(small )?(commission|share)|\b(commission|compensation) (from|on) (purchases|links)|\bdisclosure (page|policy)\b/i,
  },
  { name: 'copyright', target: 'remove', maxWords: 30, pattern: /^(©|\(c\)|copyright\b|all rights reserved)|\ball rights reserved\b|무단전재|무단 전재/i },
  {
    name: 'timestamp',
    target: 'remove',
    maxWords: 14,
    pattern: new RegExp(`^(first )?(published|updated|posted|last updated|last modified|modified|created|date)\\b(?=.*(\\d|\\bago\\b)).{0,80}$|^(${MONTH} \\d{1,2},? \\d{4}|\\d{1,2} ${MONTH},? \\d{4})( (at |\\| |- |, )?\\d{1,2}[:.]\\d\\d ?([ap]\\.?m\\.?)?( [a-z]{2,4})?)?$`, 'i'),
  },
  { name: 'reading-time', target: 'remove', maxWords: 8, pattern: /^(\d+\s*(min|mins|minutes?|minuto?s?)( read| de leitura)?|(reading time|tempo de leitura|lesezeit|temps de lecture)\s*:?.*)$/i },
  { name: 'byline', target: 'remove', maxWords: 12, pattern: /^([Bb]y|BY|[Ww]ritten by|[Ww]ords by|[Ss]tory by|[Vv]on|[Pp]or|[Pp]ar|[Dd]i|[Dd]oor|[Aa]v)\s+[\p{Lu}@](?!.*[.!?]$)/u },
  { name: 'bare-url', target: 'related', maxWords: 80, pattern: /^(https?:\/\/|www\.)\S+$/i },
  { name: 'separator', target: 'remove', maxWords: 0, pattern: /^[\s_*=~\-–—•·.|#]+$/ },
];

/** Headings (or short lines) that open a block of related links, not article text. Whole-line
 * matches only: "More trouble ahead" or "Recent developments" are article subheads. */
export const RELATED_HEADING =
  /^(you (may|might) (also )?(like|enjoy|be interested in)( these)?|related( articles| stories| posts| content| coverage| links| reading| videos?| news)?|more( stories| news| articles| videos| headlines)?|see also|also (read|see)|read (more|next|also)|recommended( for you| reading| stories| articles)?|trending( now| stories| news)?|most (read|popular|viewed|shared)|popular (now|today|this week|stories|posts|articles)|recent (articles|posts|stories|news)|latest (news|articles|stories|posts|videos|headlines)|top (stories|news|headlines)|editor'?s picks?|what to read next|further reading|around the web|from (the|our) (web|partners)|sponsored( stories| content| links)?|promoted( stories| content)?|(don'?t|do not) miss( this)?|in case you missed it|more (from|on|about|in) \S+( \S+){0,4}|more great \S+( \S+){0,2} stories|also on \S+)\s*(:|…|\.\.\.|!|\.)?$/i;

/** The heading that opens the readers' comments under an article: "Comments (214)", "12 comments", "Join the conversation". */
export const COMMENTS_HEADING = /^((\d+\s+)?(reader'?s'?\s+)?comments?(\s*\(\d+\))?|\d+\s+(responses|replies)|join the (conversation|discussion)|have your say)\s*:?$/i;

/** "About Acme Corp." heading that opens a press release's boilerplate, or the author box. */
export const ABOUT_HEADING = /^(ABOUT|[Aa]bout) (the author|us|[\p{Lu}\p{N}][\p{L}\p{N}&.,' -]{0,60})[:.]?$/u;

export function matchRule(text: string, words: number): TextRule | null {
  for (const rule of TEXT_RULES) {
    if (words > rule.maxWords) continue;
    if (rule.pattern.test(text)) return rule;
  }
  return null;
}
