import { newIndividualSignatory, newOrganisationSignatory } from '../../../core/signatories/signatory.ts';
import type { SerializedNode } from '../../../core/statement/editor-state.ts';
import type { Statement } from '../../../core/statement/schema.ts';
import { h, item, link, list, note, p, statementOf, text } from '../document/helpers.ts';

/**
 * A statement of the genre, for looking at: dateline, headline, lead naming the organisations,
 * a list of people at risk, calls, notes with sources, signatories. The facts are the 2023
 * archive's (shared/samples); the sentences are written for this test.
 */
export function sampleStatement(): Statement {
  const statement = statementOf(
    [
      p(
        text('The undersigned organisations, among them the Association for Human Rights in Central Asia (AHRCA) and the International Partnership for Human Rights (IPHR), are alarmed by the death of Allamurat HUDAYRAMOV in the custody of the Ministry of National Security of Turkmenistan'),
        note(p(text('Turkmen.news reported the death on 1 December 2023, citing relatives; see '), link('https://turkmen.news/', text('turkmen.news')), text('.'))),
        text('. His family was told of his death three days after he was summoned by an investigator in Mary on 27 November 2023.'),
      ),
      p(
        text('Photographs of the body show injuries to the head, marks of handcuffs on the wrists and bruises on the back and on the soles of the feet. Turkmenistan has no independent forensic service and no procedure for reacting urgently to allegations of torture'),
        note(p(text('Committee against Torture, concluding observations on the third periodic report of Turkmenistan, CAT/C/TKM/CO/3, paragraphs 12 to 15.'))),
        text(', and the authorities have pressed the relatives to keep silent.'),
      ),
      h('h2', text('People returned to Turkmenistan in 2023')),
      p(text('Those returned against their will in 2023 and whose fate is unknown include:')),
      list('bullet', [
        item(text('Farhat MEYMANKULYYEV (1992), extradited from Turkey on 19 May 2023;')),
        item(text('Rovshen KLYCHEV (1980), deported from Turkey on 12 July 2023;')),
        item(text('Rustam SEITKULYYEV (1977), extradited from Russia on 17 September 2023;'), note(p(text('The extradition was carried out despite a pending complaint; the Russian courts did not examine the risk of torture.')))),
        item(text('Serdar DURDULYEV (1989), deported from Turkey on 17 October 2023.')),
      ]),
      p(
        text('Ashyrbay BEKIEV, forcibly returned earlier, was sentenced to 23 years in prison. Article 3 of the Convention against Torture forbids returning anyone to a State where there are substantial grounds for believing that he would be in danger of torture'),
        note(
          p(text('Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment, article 3(1). Both Turkey and the Russian Federation are parties to the Convention, and both have been asked by the Committee to stop removals to States where torture is systematic.')),
          p(text('See also the Committee\'s general comment No. 4 (2017) on the implementation of article 3 in the context of article 22.')),
        ),
        text('.'),
      ),
      p(text('Власти Туркменистана должны допустить независимых экспертов к расследованию гибели Алламурата Худайрамова и сообщить родственникам о судьбе возвращённых граждан.'), note(p(text('Русский текст призыва направлен в посольство Туркменистана.')))),
      h('h2', text('We call on')),
      list('number', [
        item(text('the authorities of Turkmenistan to open an independent and effective investigation into the death and to bring those responsible to justice;')),
        item(text('Turkey and the Russian Federation to stop deportations and extraditions to Turkmenistan;')),
        item(text('the UN Special Rapporteur on torture to request a visit to Turkmenistan.')),
      ]),
    ],
    { title: 'Turkmenistan: a prisoner died in custody of the security service', date: '2023-12-20', places: ['Vienna', 'Warsaw'] },
  );
  statement.signatories = [
    newOrganisationSignatory('o1', { status: 'confirmed', fullName: 'Association for Human Rights in Central Asia', abbreviation: 'AHRCA' }),
    newOrganisationSignatory('o2', { status: 'confirmed', fullName: 'International Partnership for Human Rights', abbreviation: 'IPHR' }),
    newOrganisationSignatory('o3', { status: 'confirmed', fullName: 'Helsinki Foundation for Human Rights', country: 'PL' }),
    newIndividualSignatory('i1', { status: 'confirmed', givenName: 'Reyimberdy', familyName: 'Kurbanov', role: 'researcher on Turkmenistan' }),
    newIndividualSignatory('i2', { status: 'confirmed', givenName: 'Dursoltan', familyName: 'Taganova', role: 'human rights activist' }),
    newIndividualSignatory('i3', { status: 'confirmed', givenName: 'Umit', familyName: 'Hallyyev', role: 'independent journalist' }),
  ];
  statement.meta.signatorySettings = { order: 'organisations-first', style: 'one-line-per-signer', familyNameCapitals: true };
  return statement;
}

/** Words of a note body: many, so some notes run over several lines or pages. */
const filler = (n: number, seed: number) =>
  Array.from({ length: n }, (_, i) => ['the', 'court', 'refused', 'to', 'examine', 'evidence', 'of', 'torture', 'presented', 'by', 'counsel', 'в', 'колонии', 'строгого', 'режима'][(i * 7 + seed) % 15]).join(' ');

/**
 * Many paragraphs, each note starting with a marker ("Source 12 says") a test can find on a
 * page; every seventh note is long (a hundred and sixty words) and the ninth longer than a page; each
 * ends with "End of source 12".
 */
export function manyNotesStatement(paragraphs = 60): Statement {
  const blocks: SerializedNode[] = [];
  let n = 0;
  for (let i = 0; i < paragraphs; i++) {
    if (i % 15 === 0) blocks.push(h('h2', text(`Part ${i / 15 + 1} of the findings`)));
    const children: SerializedNode[] = [text(`${filler(30 + (i % 5) * 12, i)} `)];
    for (let k = 0; k < 1 + (i % 3); k++) {
      n++;
      const words = n === 9 ? 1600 : n % 7 === 0 ? 160 : 8 + (n % 4) * 6;
      children.push(note(p(text(`Source ${n} says ${filler(words, n)}.`)), p(text(`End of source ${n}.`))));
      children.push(text(` ${filler(12, i + k)} `));
    }
    blocks.push(p(...children));
  }
  return statementOf(blocks, { title: 'A long statement with many notes', date: '2024-06-26', places: ['Bishkek'] });
}

/** Every letter the fonts must cover, by alphabet. */
export const COVERAGE: Readonly<Record<string, string>> = {
  english: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz',
  russian: 'АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюя',
  kazakhKyrgyzTajikCyrillic: 'әғқңөұүһіҳҷӣӯӘҒҚҢӨҰҮҺІҲҶӢӮ',
  uzbekTurkmenTurkishLatin: 'ʻňşžýäğıçöüŇŞŽÝÄĞİÇÖÜ',
  punctuation: '«»„“”‘’–—№…',
};

export function coverageStatement(): Statement {
  const blocks = Object.entries(COVERAGE).flatMap(([name, letters]) => [
    p(text(`${name}: `), text(letters)),
    p(text(letters, 1)),
    p(text(letters, 2)),
    p(text(letters, 3)),
  ]);
  blocks.push(p(text('Uzbek: Oʻzbekiston, gʻalaba. Turkmen: Türkmenistanyň, şäher, žurnal, ýaşlar. Turkish: ağır, İstanbul, ılık, çocuk, gözaltı, ölüm, üye.')));
  blocks.push(p(text('Kazakh: Қазақстан, әділет, ұлттық, құқық, өтініш. Tajik: Тоҷикистон, ҳуқуқ, ӯ, ӣ. Kyrgyz: Кыргызстан, өкмөт, үй, ң.')));
  return statementOf(blocks, { title: 'Letters of the region', date: '2024-06-26' });
}
