import { describe, expect, it } from 'vitest';
import type { Quantity } from '../../src/types.js';
import type { AnalysisDoc } from '../../src/analyze/doc.js';
import { tokenize } from '../../src/analyze/tokens.js';
import { findDates } from '../../src/analyze/dates/index.js';
import { findQuantities } from '../../src/analyze/quantities/index.js';
import { parseNumber } from '../../src/analyze/quantities/numbers.js';

function quantities(body: string): Quantity[] {
  const doc: AnalysisDoc = { title: null, body, published: '2019-06-10', sentences: [], entities: [], quotes: [], quantities: [], dates: [] };
  tokenize(doc);
  findDates(doc);
  findQuantities(doc);
  return doc.quantities;
}

const values = (body: string) => quantities(body).map((q) => [q.text, q.value, q.kind, q.unit]);

describe('metres and millions', () => {
  it('"400m" before a race, alone or before a place is metres', () => {
    expect(values('She won the 400m hurdles and the 200m, then the 1,500m.')).toEqual([
      ['400m', 400, 'measure', 'm'],
      ['200m', 200, 'measure', 'm'],
      ['1,500m', 1500, 'measure', 'm'],
    ]);
    expect(values('The climber fell about 600m from a ridge.')).toEqual([['about 600m', 600, 'measure', 'm']]);
  });
  it('"m" after a currency, before a currency word or a plural noun, or with money before it is millions', () => {
    expect(values('The club paid £5m, and $2m went to charity.').map((v) => v[1])).toEqual([5e6, 2e6]);
    expect(values('They escaped with 11m euros of jewellery.')).toEqual([['11m euros', 11e6, 'money', 'EUR']]);
    expect(values('The virus has attacked over 2m users.')).toMatchObject([['over 2m users', 2e6, 'count', 'users']]);
    expect(values('Revenue rose to £40m from 35m.').map((v) => v[1])).toEqual([40e6, 35e6]);
  });
  it('"MM" in capitals is millions', () => {
    expect(values('He is seeking $21MM per year.')).toEqual([['$21MM', 21e6, 'money', 'USD']]);
  });
});

describe('units glued to the number', () => {
  it('distances, speeds and weights', () => {
    expect(values('Police chased him for 48km at up to 193km/h; he carried 3kg of gold.')).toEqual([
      ['48km', 48, 'measure', 'km'],
      ['up to 193km/h', 193, 'measure', 'km/h'],
      ['3kg', 3, 'measure', 'kg'],
    ]);
  });
  it('"44.8C" and "104F" are temperatures in a report about the weather, below zero with a minus', () => {
    expect(values('The heatwave goes on: Seville recorded 44.8C, Phoenix 104F, and Oslo -3C.')).toEqual([
      ['44.8C', 44.8, 'measure', 'celsius'],
      ['104F', 104, 'measure', 'fahrenheit'],
      ['-3C', -3, 'measure', 'celsius'],
    ]);
    expect(values('He sat in seat 14C.')).toEqual([]);
  });
  it('"degrees Celsius" and "degrees Fahrenheit" name their scale', () => {
    expect(values('Temperatures reached 46.2 degrees Celsius (115 degrees Fahrenheit) and minus 15 degrees Celsius in the mountains.')).toEqual([
      ['46.2 degrees Celsius', 46.2, 'measure', 'celsius'],
      ['115 degrees Fahrenheit', 115, 'measure', 'fahrenheit'],
      ['minus 15 degrees Celsius', -15, 'measure', 'celsius'],
    ]);
  });
  it('"000" of a thousands group split by a space is no number of its own', () => {
    expect(values('The man fell about 2, 000ft.').filter((v) => v[1] === 0)).toEqual([]);
  });
});

describe('scaled decimals are the number written', () => {
  it('4.1 million is 4,100,000, not 4099999.9999999995', () => {
    expect(parseNumber('4.1 million')).toBe(4_100_000);
    expect(values('Hackers stole about 4.1 million accounts and $8.3 million.').map((v) => v[1])).toEqual([4_100_000, 8_300_000]);
  });
});

describe('currencies by name', () => {
  it('amounts in the world\'s currency names are money in their ISO code', () => {
    expect(values('Revenue was 28.4 trillion won, and the ministry set aside 45 million meticais and 300 Kenyan shillings.')).toEqual([
      ['28.4 trillion won', 28.4e12, 'money', 'KRW'],
      ['45 million meticais', 45e6, 'money', 'MZN'],
      ['300 Kenyan shillings', 300, 'money', 'KES'],
    ]);
    expect(values('The win is worth 3.5 million Australian dollars.')).toEqual([['3.5 million Australian dollars', 3.5e6, 'money', 'AUD']]);
  });
  it('a name several countries use is money in that name; a name that is also a word needs its country', () => {
    expect(values('Workers earn 163 pesos a day.')).toEqual([['163 pesos', 163, 'money', 'pesos']]);
    expect(values('He sold 100,000 pounds of cheese for 40 Egyptian pounds.').map((v) => v[3])).toEqual(['pounds', 'EGP']);
  });
  it('"won" is a currency only after a large amount', () => {
    expect(values('The next one won\'t come soon; the party 19 won was not counted.').filter((v) => v[2] === 'money')).toEqual([]);
  });
});

describe('times of races and matches', () => {
  it('a duration in two units is one, in the smaller unit', () => {
    expect(values('He set the fastest lap, 1 minute 34.486 seconds. The match lasted two hours and 51 minutes.')).toEqual([
      ['1 minute 34.486 seconds', 94.486, 'duration', 'seconds'],
      ['two hours and 51 minutes', 171, 'duration', 'minutes'],
    ]);
  });
  it('"26:31.40" and "3:58.22" are race times, not clocks nor counts', () => {
    expect(values('Gebremedhin ran 26:31.40 and Welteji won in 3:58.22.')).toEqual([
      ['26:31.40', 1591.4, 'duration', 'seconds'],
      ['3:58.22', 238.22, 'duration', 'seconds'],
    ]);
  });
  it('"ten second-innings wickets" counts wickets, not seconds', () => {
    expect(values('India lead with all ten second-innings wickets in hand.')).toEqual([['ten second-innings wickets', 10, 'count', 'wickets']]);
    expect(values('He was given a sentence of 12 years-instead of 27 years.').map((v) => v[2])).toEqual(['duration', 'duration']);
  });
});
