import { describe, expect, it } from 'vitest';
import { detectLanguage } from './detect-language.js';

// Paragraphs written for this test, a few sentences each, as an article's opening would be.
const TEXTS: Record<string, string> = {
  en: 'Hundreds of refugees arrived at the border this week. Governments are discussing the elections and the security of the cities, and the neighbours help as they can.',
  fr: 'Des centaines de réfugiés sont arrivés cette semaine à la frontière. Les gouvernements discutent des élections et de la sécurité des villes, et les voisins aident comme ils peuvent.',
  de: 'Hunderte Flüchtlinge sind in dieser Woche an der Grenze angekommen. Die Regierungen beraten über die Wahlen und die Sicherheit der Städte, und die Nachbarn helfen, wo sie können.',
  ru: 'Сотни беженцев прибыли на границу на этой неделе. Правительства обсуждают выборы и безопасность городов, а соседи помогают, чем могут.',
  es: 'Cientos de refugiados llegaron esta semana a la frontera. Los gobiernos debaten sobre las elecciones y la seguridad de las ciudades, y los vecinos ayudan como pueden.',
  ar: 'وصل مئات اللاجئين إلى الحدود هذا الأسبوع. وتناقش الحكومات الانتخابات والأمن في المدن، ويساعد الجيران قدر استطاعتهم.',
  zh: '本周有数百名难民抵达边境。各国政府正在讨论选举和城市安全问题，邻居们也在尽力提供帮助。',
  it: 'Centinaia di rifugiati sono arrivati questa settimana al confine. I governi discutono delle elezioni e della sicurezza delle città, e i vicini aiutano come possono.',
};

describe('detecting an article’s language', () => {
  it.each(Object.entries(TEXTS))('tells %s', async (code, text) => {
    expect(await detectLanguage(text)).toBe(code);
  });

  it('tells terse technical English from other languages', async () => {
    expect(await detectLanguage('experimental investigation of the aerodynamics of a wing in a slipstream . an experimental study of a wing in a propeller slipstream was made in order to determine the spanwise distribution of the lift increase due to slipstream at different angles of attack of the wing and at different free stream to slipstream velocity ratios .')).toBe('en');
  });

  it('leaves a text too short or without words undetermined', async () => {
    expect(await detectLanguage('Reuters')).toBeNull();
    expect(await detectLanguage('12 345 678 — 2019-02-04 · 3.5 % · 42')).toBeNull();
  });

  it('reads only the start of a long article', async () => {
    expect(await detectLanguage(TEXTS.fr!.repeat(3) + TEXTS.de!.repeat(200))).toBe('fr');
  });
});
