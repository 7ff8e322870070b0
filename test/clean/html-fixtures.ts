/** Small hand-written pages for the HTML cleaning tests (invented text, no dataset content). */

/** Eight paragraphs of an invented local-news story: enough prose for Readability to pick. */
export const STORY = [
  'The city council of Eastbrook voted on Tuesday to approve a new transport budget that expands bus service across the northern districts, officials said after a meeting that ran late into the evening.',
  'The plan adds four new routes and raises the frequency of the busiest line to one bus every ten minutes during the morning and evening peaks, according to a summary published by the council.',
  'Supporters said the change was overdue. Residents of the northern districts have complained for years that buses were crowded, late and too rare to rely on for getting to work or school on time.',
  'Opponents argued that the cost, estimated at 14 million dollars over three years, would force the council to cut spending elsewhere or raise local taxes before the next election in the spring.',
  'Mayor Linda Okafor defended the budget in a statement, saying that better buses would reduce traffic in the city centre and help small businesses that depend on customers arriving from the suburbs.',
  'The transport department expects the first new routes to open in September, once drivers have been hired and trained. A public consultation on the exact stops will run through the summer months.',
  'Council member Peter Walsh, who voted against the plan, said he would ask for an independent review of the cost estimates, which he called optimistic given the rising price of fuel and new vehicles.',
  'The vote passed by seven votes to four. A final reading of the budget is scheduled for next month, when the council is also expected to discuss a separate proposal for new cycle lanes along the river.',
];

export function paragraphs(list: string[] = STORY): string {
  return list.map((p) => `<p>${p}</p>`).join('\n');
}

export interface PageParts {
  head?: string;
  before?: string;
  /** Inside the <article>, before the paragraphs. */
  lead?: string;
  body?: string;
  /** Inside the <article>, after the paragraphs. */
  tail?: string;
  after?: string;
}

export function page(parts: PageParts = {}): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Eastbrook approves bus budget | Eastbrook Herald</title>${parts.head ?? ''}</head>
<body>${parts.before ?? ''}<main><article>${parts.lead ?? ''}<div class="article-body">${parts.body ?? paragraphs()}</div>${parts.tail ?? ''}</article></main>${parts.after ?? ''}</body></html>`;
}

export const PAGE_URL = 'https://www.eastbrook-herald.example/news/2024/03/05/bus-budget';
