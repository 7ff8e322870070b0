/**
 * The irregular verbs of English news, as base, past and past participle: what tells a past
 * clause (dates: "police took") and what makes "took", "taking" and "taken" one attribute
 * (quantities). Written by hand: no installed library conjugates English verbs.
 */
const IRREGULAR_VERBS = `
  be was been|have had had|do did done|say said said|make made made|go went gone|take took taken|come came come
  see saw seen|know knew known|get got got|give gave given|find found found|think thought thought|tell told told
  become became become|leave left left|feel felt felt|bring brought brought|begin began begun|keep kept kept
  hold held held|write wrote written|stand stood stood|hear heard heard|let let let|mean meant meant|set set set
  meet met met|run ran run|pay paid paid|sit sat sat|speak spoke spoken|lead led led|read read read|grow grew grown
  lose lost lost|fall fell fallen|send sent sent|build built built|understand understood understood|draw drew drawn
  break broke broken|spend spent spent|cut cut cut|rise rose risen|drive drove driven|buy bought bought|wear wore worn
  choose chose chosen|seek sought sought|throw threw thrown|catch caught caught|deal dealt dealt|win won won
  forget forgot forgotten|lay laid laid|sell sold sold|fight fought fought|bear bore borne|teach taught taught
  eat ate eaten|sing sang sung|strike struck struck|hang hung hung|shake shook shaken|ride rode ridden|feed fed fed
  shoot shot shot|fly flew flown|hide hid hidden|steal stole stolen|hit hit hit|put put put|cost cost cost|hurt hurt hurt
  quit quit quit|shut shut shut|split split split|spread spread spread|bet bet bet|bid bid bid|beat beat beaten
  bite bit bitten|blow blew blown|freeze froze frozen|swear swore sworn|tear tore torn|wake woke woken|sink sank sunk
  swim swam swum|lend lent lent|bend bent bent|flee fled fled|sleep slept slept|slide slid slid|stick stuck stuck
  sweep swept swept|swing swung swung|dig dug dug|bleed bled bled|breed bred bred|bind bound bound|light lit lit
  ring rang rung|forgive forgave forgiven|withdraw withdrew withdrawn|overthrow overthrew overthrown
  undertake undertook undertaken|undergo underwent undergone|oversee oversaw overseen|mistake mistook mistaken
  arise arose arisen|forbid forbade forbidden|weep wept wept|shrink shrank shrunk|spin spun spun|sting stung stung
  spring sprang sprung|cling clung clung|upset upset upset|die died died
  strive strove striven|wind wound wound|lie lay lain`
  .trim()
  .split(/\s*\|\s*|\n\s*/)
  .map((triple) => triple.split(' ') as [string, string, string]);

/** Their past forms ("said", "took"): a clause's verb among them is in the past (regular ones end in -ed). */
export const IRREGULAR_PAST: ReadonlySet<string> = new Set(IRREGULAR_VERBS.map(([, past]) => past));

/** Any form of an irregular verb (base, third person, past, participle) -> its past participle. */
export const IRREGULAR_FORMS: ReadonlyMap<string, string> = (() => {
  const forms = new Map<string, string>();
  for (const [base, past, pp] of IRREGULAR_VERBS) for (const form of [base, past, pp]) if (!forms.has(form)) forms.set(form, pp);
  for (const [form, base] of [['has', 'have'], ['does', 'do'], ['is', 'be'], ['are', 'be'], ['were', 'be'], ['dying', 'die'], ['lying', 'lie']] as const)
    forms.set(form, forms.get(base) ?? `${base}d`);
  return forms;
})();
