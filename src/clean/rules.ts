import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { VIEW_IN_BROWSER, YOU_RECEIVE_THIS } from './newsletter-lines.js';

/**
 * Boilerplate rules are data: a name, a pattern and what to do with a matching line or
 * paragraph. Users add their own with a JSON file (see `loadRules`). Order matters only
 * in that the first matching rule wins.
 *
 * - remove:       the text leaves the body and is recorded in `removed` with the rule's name
 * - related-link: the text becomes a link of kind "related" (group 1 of the pattern = its title)
 * - credit:       the text becomes a reporting credit
 * - appeal:       removed, and it opens an appeal block: the paragraphs after it are removed
 *                 too while they still read like the appeal (see `isAppealContinuation`)
 */
export type RuleAction = 'remove' | 'related-link' | 'credit' | 'appeal';

export interface BoilerplateRule {
  name: string;
  pattern: RegExp;
  action: RuleAction;
  /** The rule only applies to a line or paragraph of at most this many characters. */
  maxLength?: number;
  /**
   * The outlet's own voice: the rule applies only where this also matches the text outside
   * quotation marks, and only to a paragraph that reports no one's words ("said", "told"). An
   * appeal addresses the reader or speaks as the outlet; a report about donations quotes others.
   */
  ownVoice?: RegExp;
}

/**
 * Whom an appeal addresses: the reader ("you", or an imperative that opens it: "Donate now to
 * support independent journalism!"), or the outlet about itself ("we", "our journalism").
 */
const ADDRESSES_READER = /\b(?:you|your|we|our|us)\b|^\W*(?:please\s+)?(?:donate|subscribe|contribute|chip in|become a|support (?:independent|quality|local|public|nonprofit|non-profit))\b/i;

const NETWORK = '(?:facebook|twitter|x|whatsapp|linkedin|telegram|reddit|instagram|youtube|tiktok|flipboard|messenger|pinterest|bluesky|threads|mastodon|sms|e-?mail)';
/**
 * The words of share and follow buttons. A line of these words only, starting with a verb, is a
 * row of buttons: "Share on Facebook Share on Twitter Share on LinkedIn", "Share this article |
 * Share via Email | Copy link", "Tweet", "Follow @politico". One word at a time, each read one
 * way only: no backtracking blow-up on a long line.
 */
const SHARE_VERB = '(?:share|tweet|retweet|follow|like|print|e-?mail|copy|comments?)';
const SHARE_WORD = `(?:share|tweet|retweet|follow|like|print|copy|comments?|${NETWORK}|this|article|story|page|post|link|copied|the|on|via|to|with|us|@\\w+)`;
const SHARE_SEPARATOR = '(?:\\s*[,|:/·•-]\\s*|\\s+)';

export const DEFAULT_RULES: readonly BoilerplateRule[] = [
  {
    // The asks of appeals in their common phrasings ("please consider making a donation today",
    // "X is reader-funded", "support our journalism", "become a member"), said to the reader in
    // the outlet's voice: "Ms. Brainard has fueled the talk ... by donating $2,700" is news.
    name: 'donation-appeal',
    action: 'appeal',
    maxLength: 600,
    ownVoice: ADDRESSES_READER,
    pattern:
      /\b(we have a small favou?r to ask|(support|fund|funding|supporting) (us|our (work|journalism|newsroom|reporting|mission|journalists))|support (independent|quality|local|public[- ]interest|nonprofit|non-profit) ([\w-]+ )?journalism|(please )?consider (donating|contributing|supporting|subscribing|becoming a (member|supporter|subscriber|patron)|(making |giving )?a (\w+ )?(donation|contribution|gift))|please (donate|contribute)|(donate|contribute|give) (now|today|what you can)|(make|making|give|giving) a (one-off |one-time |monthly |recurring |regular |small |tax-deductible )?(donation|contribution|gift) (today|now|to (us|our|support))|become a (member|supporter|patron|paying subscriber|subscriber)|(your|reader|readers') support (keeps|helps|makes|means|allows|enables)|reader[- ](funded|supported|financed|powered)|(funded|supported|powered) by (our )?readers|chip in)\b/i,
  },
  {
    name: 'donation-appeal',
    action: 'appeal',
    maxLength: 80,
    pattern: /^([Ss]upport|[Dd]onate to|[Hh]elp) (the |The )?[A-Z][\w'&. ]{2,40}(!| from [€$£]\s?\d+([.,]\d+)?\.?)$/,
  },
  {
    // "Our live coverage is free for everyone. Support the Baltic Herald from €2.": the outlet
    // asks for a sum, to the reader.
    name: 'donation-appeal',
    action: 'appeal',
    maxLength: 300,
    ownVoice: ADDRESSES_READER,
    pattern: /\b(?:[Ss]upport|[Dd]onate to|[Ss]ubscribe to) (?:the |The )?\p{Lu}[\p{L}'&.-]*(?: \p{Lu}[\p{L}'&.-]*){0,4} (?:from|for(?: as little as| just| only)?) [€$£]\s?\d+(?:[.,]\d+)?\b/u,
  },
  {
    // The appeal's button, a line of its own: "Donate now", "Support us", "Become a member".
    name: 'donation-appeal',
    action: 'appeal',
    maxLength: 40,
    pattern: /^(donate|contribute|give|support us|chip in|become a (member|supporter|patron))( now| today| here)?[.!]?$/i,
  },
  {
    name: 'subscription-prompt',
    action: 'remove',
    maxLength: 300,
    pattern:
      /^(subscribe\b|subscribe (now|today|to (our|the))|already a subscriber|sign up (now|today|for (our|the|a) (free )?newsletter)|get (our|the) (free )?newsletter|want more stories like this|unlock (this|unlimited) (article|access))/i,
  },
  {
    name: 'newsletter-prompt',
    action: 'remove',
    maxLength: 250,
    // "..., said Jon Ralston, who runs a Nevada politics newsletter." is news: the outlet's voice only.
    ownVoice: /\S/,
    pattern: /\b(newsletter|in your inbox|enter your e-?mail|sign up to receive)\b/i,
  },
  {
    // The furniture of a newsletter: "View this email in your browser", "Forward this email to
    // a friend", "You are receiving this email because ...", "Unsubscribe | Manage preferences".
    name: 'email-furniture',
    action: 'remove',
    maxLength: 250,
    pattern: new RegExp(
      String.raw`^(?:${VIEW_IN_BROWSER}|view (?:this e-?mail |it )?online|(?:having )?trouble viewing this (?:e-?mail|newsletter)|forward this (?:e-?mail|newsletter|message) to a friend|(?:was this|did someone forward this) (?:e-?mail|newsletter) (?:forwarded )?to you|${YOU_RECEIVE_THIS}|unsubscribe\b|manage (?:your )?(?:e-?mail )?(?:preferences|subscriptions?)\b|update (?:your )?(?:e-?mail )?preferences\b)`,
      'i',
    ),
  },
  {
    // A web page's navigation, copied with the article: "Skip to content", "Menu", "Search".
    name: 'navigation',
    action: 'remove',
    maxLength: 40,
    pattern: /^(?:skip to (?:main )?(?:content|navigation)|skip navigation|jump to content|(?:main |open |close )?menu|search|toggle navigation|sign in|log ?in|home)$/i,
  },
  {
    name: 'cookie-prompt',
    action: 'remove',
    maxLength: 400,
    pattern: /\b(we use cookies|(this|our) (web)?site uses cookies|accept (all )?cookies|cookie (policy|settings|preferences)|by continuing to (browse|use) (this|our) site)\b/i,
  },
  {
    // "Read more: Oil majors face wave of climate lawsuits across Europe": a link to another
    // article, whatever the length of its headline (a headline, not a paragraph: at most 250).
    name: 'related-article',
    action: 'related-link',
    maxLength: 250,
    pattern: /^(?:read more|read next|more on this story|more on this topic)\s*(?:[:|–—]|-\s)\s*(\S.*)$/i,
  },
  {
    name: 'read-more',
    action: 'remove',
    maxLength: 80,
    pattern: /^(read more|continue reading|read the (full|whole) (story|article)|click here( to read more)?|show more|load more|more stories|see more)\b.{0,40}$/i,
  },
  {
    name: 'remind-me-later',
    action: 'remove',
    maxLength: 60,
    pattern: /^(remind me later|not ready to (support|donate|give) today\??|maybe later|no,? thanks|close( this)?( window)?)[.!]?$/i,
  },
  {
    name: 'payment-methods',
    action: 'remove',
    maxLength: 120,
    pattern: /^((pay|pai)ment methods?|(we accept|pay with) .*|(visa|mastercard|paypal|apple pay|google pay|amex|american express)([ ,/|]+(visa|mastercard|paypal|apple pay|google pay|amex|american express))*)[.:]?$/i,
  },
  {
    // A row of share buttons as text: "Share on Facebook Share on Twitter Share on LinkedIn",
    // "Share this article | Share via Email | Copy link", "Tweet", "Facebook Twitter WhatsApp".
    name: 'share-follow',
    action: 'remove',
    maxLength: 200,
    pattern: new RegExp(`^(?:${SHARE_VERB}(?:${SHARE_SEPARATOR}${SHARE_WORD})*|${NETWORK}(?:${SHARE_SEPARATOR}${NETWORK})+)[.!]?$|^follow (?:us |@\\w+ |(?:the )?\\w[\\w'&.-]*(?: \\w[\\w'&.-]*){0,4} )?on (?:twitter|x|facebook|instagram|telegram|youtube|tiktok|threads|bluesky|linkedin)\\b.*$`, 'i'),
  },
  {
    // "Tags: Shell, climate, courts, Netherlands", "Topics: ...", "Filed under: ...": a list of
    // short labels (four words at most each), no sentence.
    name: 'tags',
    action: 'remove',
    maxLength: 300,
    pattern: /^(?:tags?|tagged|topics?|filed under|categories|category|keywords|related topics)\s*:\s*[^\s.,;:|•·]+(?: [^\s.,;:|•·]+){0,3}(?:\s*[,;|•·]\s*[^\s.,;:|•·]+(?: [^\s.,;:|•·]+){0,3})*\.?$/i,
  },
  {
    // The footer WordPress feeds add to every item: "The post <title> appeared first on <site>."
    name: 'syndication',
    action: 'remove',
    maxLength: 500,
    pattern: /^the post .{1,400}? appeared first on [^.]{2,80}\.?$/i,
  },
  {
    name: 'advertisement',
    action: 'remove',
    maxLength: 40,
    pattern: /^(advertisement|advertising|sponsored( content)?|story continues below( advertisement)?|ad)$/i,
  },
  {
    name: 'copyright',
    action: 'remove',
    maxLength: 200,
    pattern: /^((©|\(c\)|copyright)\s*(\d{4})?.*|.*\ball rights reserved\.?)$/i,
  },
  {
    name: 'related-article',
    action: 'related-link',
    maxLength: 300,
    pattern: /^(?:related(?: articles?| stories?| content| coverage| reading)?|see also|read also|also read|more on this(?: story| topic)?|recommended|more from [\w ]{2,30})\s*[:–—-]\s*(.+)$/i,
  },
  {
    name: 'reporting-credit',
    action: 'credit',
    maxLength: 250,
    pattern: /\b(contributed (reporting|to this (report|article|story))|additional reporting by|(reporting|writing) by [A-Z].*(editing|edited) by|editing by [A-Z]|compiled by [A-Z])\b/i,
  },
  {
    // A caption ending on its credit, as papers print it: "A swimmer at the east beach last
    // July. Photograph: Declan Foyle/Lakeland Photo Agency".
    name: 'photo-credit',
    action: 'credit',
    maxLength: 300,
    pattern: /(?:^|[.!?]\s+)(?:Photograph|Photographs|Photo|Photos|Picture|Illustration|Composite)\s*:\s*\p{Lu}[^.!?:]{1,80}$/u,
  },
  {
    name: 'photo-credit',
    action: 'credit',
    maxLength: 200,
    pattern: /^(\(?(photo|image|picture|video)( credit)?s?\s*[:/]|.*\b(getty images|ap photo|afp photo|reuters\/[A-Z]\w+|shutterstock)\)?\.?$)/i,
  },
];

/** Words that keep an appeal going after its opening paragraph ("But we need your help ..."). */
const APPEAL_VOCABULARY =
  /\b(support|donat\w*|contribut\w*|subscri\w*|journalis\w*|independent|mission|help us|your help|thank you|monthly|make a (\w+ )?difference|impact)\b/gi;
const FIRST_PERSON_PLURAL = /\b(we|our|us|ours)\b/gi;

/**
 * A paragraph that follows an appeal continues it when it addresses the reader about the outlet
 * rather than reporting: appeal vocabulary, said in the outlet's "we", or a short UI leftover.
 * Written by hand: no library models this, and it keeps one rule from eating a whole article.
 */
export function isAppealContinuation(paragraph: string): boolean {
  if (paragraph.length <= 40 && /^\p{Ll}/u.test(paragraph)) return true; // UI leftovers: "paiment methods"
  const own = outsideQuotes(paragraph);
  const vocab = own.match(APPEAL_VOCABULARY)?.length ?? 0;
  const we = own.match(FIRST_PERSON_PLURAL)?.length ?? 0;
  return (vocab >= 1 && we >= 2) || vocab >= 3;
}

const UserRuleSchema = z.object({
  name: z.string().min(1),
  pattern: z.string().min(1),
  flags: z.string().regex(/^[imsu]*$/).default('i'),
  action: z.enum(['remove', 'related-link', 'credit', 'appeal']).default('remove'),
  maxLength: z.number().int().positive().optional(),
});
const UserRulesSchema = z.array(UserRuleSchema);

/** Reads user rules from a JSON file: `[{"name", "pattern", "flags"?, "action"?, "maxLength"?}]`. */
export function loadRules(path: string): BoilerplateRule[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new Error(`rules file ${path}: ${(err as Error).message}`);
  }
  const result = UserRulesSchema.safeParse(parsed);
  if (!result.success) {
    throw new Error(`rules file ${path}: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return result.data.map((r) => {
    try {
      return { name: r.name, action: r.action, maxLength: r.maxLength, pattern: new RegExp(r.pattern, r.flags) };
    } catch (err) {
      throw new Error(`rules file ${path}: rule "${r.name}": ${(err as Error).message}`);
    }
  });
}

/** The text without what it quotes: the words of others are no appeal of the outlet's. */
function outsideQuotes(text: string): string {
  return text.replace(/["“][^"”]*["”]/g, ' ');
}

/** A paragraph that reports someone's words: "..., the charity said", "told reporters", "according to". */
const REPORTED_SPEECH = /\b(?:said|says|told|according to)\b/i;

export function matchRule(text: string, rules: readonly BoilerplateRule[]): BoilerplateRule | undefined {
  let own: string | undefined;
  for (const rule of rules) {
    if (rule.maxLength !== undefined && text.length > rule.maxLength) continue;
    if (!rule.ownVoice) {
      if (rule.pattern.test(text)) return rule;
      continue;
    }
    own ??= outsideQuotes(text);
    if (rule.pattern.test(own) && rule.ownVoice.test(own) && !REPORTED_SPEECH.test(own)) return rule;
  }
  return undefined;
}
