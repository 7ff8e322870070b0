/**
 * Lines that only a newsletter has, as pattern sources shared by the boilerplate rule that
 * removes them (rules.ts, 'email-furniture') and the reader of pasted e-mails (email.ts), which
 * also uses them to tell a newsletter and where its footer starts.
 */

/** "View this email in your browser": the first line of a newsletter pasted without its headers. */
export const VIEW_IN_BROWSER = String.raw`view (?:this|the|it) (?:e-?mail |newsletter )?(?:in|on) (?:your|a) (?:web )?browser`;

/** "You are receiving this email because ...": where a mailing's footer starts, with "Unsubscribe". */
export const YOU_RECEIVE_THIS = String.raw`you (?:are receiving|received|were sent|have received) this (?:e-?mail|newsletter|message)`;
