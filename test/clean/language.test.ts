import { describe, expect, it } from 'vitest';
import { languageWarning } from '../../src/clean/language.js';
import { cleanText } from '../../src/clean/text.js';

const ENGLISH =
  'Flash floods tore through towns in eastern Spain on Tuesday, killing at least 51 people, regional authorities said, as a year of rain fell in eight hours in some areas. The prime minister said the army would help with rescues, and more than 1,000 soldiers were deployed.';

describe('the language of a report', () => {
  it('says nothing of an English report, even a short stub of a headline and a link', () => {
    expect(languageWarning(ENGLISH)).toBeNull();
    expect(languageWarning('http://query.nytimes.com/gst/fullpage.html?res=9402E6D71239F937A157\nPHILADELPHIA 76ERS Fired Jim O\'Brien, coach. Named Maurice Cheeks coach.')).toBeNull();
  });

  it('names the language of a report in another, and says its reading may be poor', () => {
    const french =
      "Emmanuel Macron a nommé jeudi Michel Barnier au poste de Premier ministre, près de deux mois après des élections législatives anticipées. « C'est un moment grave », a déclaré M. Barnier lors de la passation de pouvoirs à Matignon, où il a promis de répondre aux colères du pays.";
    expect(languageWarning(french)).toMatch(/^the text looks like French, not English: .*may be missed or wrong$/);
    const german = 'Der Bundeskanzler sagte am Dienstag in Berlin, die Regierung werde die Hilfen für die Opfer der Flut deutlich erhöhen. Die Länder hatten zuvor mehr Geld für den Wiederaufbau der zerstörten Straßen und Brücken gefordert.';
    expect(languageWarning(german)).toMatch(/looks like German/);
  });

  it('names the script of a text too short to tell its language, when it is not Latin', () => {
    expect(languageWarning('Президент Казахстана Касым-Жомарт Токаев победил на выборах.')).toMatch(/^the text is written in Cyrillic script, not English/);
    expect(languageWarning('東京で地震があった。')).toMatch(/written in (Han|Hiragana) script/);
    expect(languageWarning('Le président a parlé.')).toBeNull(); // Latin and short: no verdict
  });

  it('reaches the cleaned report', () => {
    expect(cleanText(ENGLISH).warnings).toBeUndefined();
  });
});
