/**
 * The phrase table: figure phrases from the six reports in ../shared (seed + sources) and other
 * common forms, each with the figures a reader takes from it. Used by the parser's table test
 * and by bench/workbench-parsers.mjs, which runs a library parser over the same rows.
 * `from` names the text a phrase comes from ('common' = a usual form, not from the reports).
 */
export interface ExpectedFigure {
  low: number;
  high: number;
  qualifier: string;
  unit: string | null;
}

export interface PhraseRow {
  text: string;
  from: 'seed' | 'pravda' | 'euromaidan' | 'unn' | 'ukrinform' | 'millenniumpost' | 'common';
  figures: ExpectedFigure[];
}

const f = (low: number, high: number, qualifier: string, unit: string | null): ExpectedFigure => ({
  low,
  high,
  qualifier,
  unit,
});

export const PHRASES: PhraseRow[] = [
  // The seed report.
  {
    from: 'seed',
    text: 'As many as 12,000 North Korean soldiers are in Russia',
    figures: [f(12000, 12000, 'as many as', 'troops')],
  },
  {
    from: 'seed',
    text: 'estimating the number at more than 1,000.',
    figures: [f(1000, 1000, 'more than', null)],
  },
  {
    from: 'seed',
    text: 'the North sent more than 1,000 additional troops to Russia',
    figures: [f(1000, 1000, 'more than', 'troops')],
  },
  {
    from: 'seed',
    text: 'about 4,000 North Korean troops in Russia had been killed or wounded',
    figures: [f(4000, 4000, 'about', 'people')],
  },
  {
    from: 'seed',
    text: 'an additional 20,000 to 25,000 North Korean soldiers could be sent',
    figures: [f(20000, 25000, 'to', 'troops')],
  },
  {
    from: 'seed',
    text: 'had suffered about 92 casualties a day since early December 2024',
    figures: [f(92, 92, 'about', 'casualties/day')],
  },
  {
    from: 'seed',
    text: 'with up to half of their forces in Russia’s Kursk wounded or killed',
    figures: [f(50, 50, 'up to', '%')],
  },
  {
    from: 'seed',
    text: 'casualty rates among North Korean troops have been significant, possibly reaching 50%',
    figures: [f(50, 50, 'possibly', '%')],
  },
  {
    from: 'seed',
    text: 'could be wiped out within three months',
    figures: [f(3, 3, 'within', 'months')],
  },
  {
    from: 'seed',
    text: 'North Korean casualty rate in Kursk may be as high as 50%',
    figures: [f(50, 50, 'as high as', '%')],
  },
  {
    from: 'seed',
    text: 'North Korea ready to send 25,000 more troops to Russia',
    figures: [f(25000, 25000, '', 'troops')],
  },
  { from: 'seed', text: 'It did not say how many North Koreans were trapped.', figures: [] },
  // Ukrainska Pravda, 19 Dec 2024.
  {
    from: 'pravda',
    text: '100 North Korean soldiers fighting on the side of Russia have been killed',
    figures: [f(100, 100, '', 'people')],
  },
  {
    from: 'pravda',
    text: 'and about 1,000 other soldiers wounded',
    figures: [f(1000, 1000, 'about', 'people')],
  },
  {
    from: 'pravda',
    text: 'there have been at least 100 deaths and the injured are approaching 1,000',
    figures: [f(100, 100, 'at least', 'people'), f(1000, 1000, 'approaching', null)],
  },
  { from: 'pravda', text: 'killed or wounded "several hundred" soldiers', figures: [] },
  {
    from: 'pravda',
    text: 'a 50,000-strong group of Russian and North Korean troops',
    figures: [f(50000, 50000, '', 'troops')],
  },
  { from: 'pravda', text: 'On 15 December, the Ukrainian military posted photos', figures: [] },
  // Euromaidan Press, 17 Jan 2025.
  {
    from: 'euromaidan',
    text: 'the entire North Korean contingent of approximately 12,000 troops',
    figures: [f(12000, 12000, 'approximately', 'troops')],
  },
  {
    from: 'euromaidan',
    text: 'North Korean forces have already suffered 3,800 casualties in Kursk Oblast',
    figures: [f(3800, 3800, '', 'people')],
  },
  {
    from: 'euromaidan',
    text: '300 North Korean soldiers have been killed and 2,700 wounded in action',
    figures: [f(300, 300, '', 'people'), f(2700, 2700, '', 'people')],
  },
  {
    from: 'euromaidan',
    text: 'sustained approximately 92 casualties per day since beginning significant combat operations',
    figures: [f(92, 92, 'approximately', 'casualties/day')],
  },
  {
    from: 'euromaidan',
    text: 'the entire contingent of roughly 12,000 North Korean personnel in Kursk Oblast',
    figures: [f(12000, 12000, 'roughly', 'troops')],
  },
  {
    from: 'euromaidan',
    text: 'could be killed or wounded within about 12 weeks, by mid-April 2025',
    figures: [f(12, 12, 'about', null)],
  },
  { from: 'euromaidan', text: 'reported on 5 November 2024 that North Korean troops', figures: [] },
  // UNN, 23 Jan 2025.
  {
    from: 'unn',
    text: 'about a thousand North Korean soldiers who took part in the war against Ukraine were killed',
    figures: [f(1000, 1000, 'about', 'people')],
  },
  {
    from: 'unn',
    text: 'was about four thousand, of whom about a thousand were killed',
    figures: [f(4000, 4000, 'about', null), f(1000, 1000, 'about', 'people')],
  },
  {
    from: 'unn',
    text: 'about 11,000 military personnel have been sent to help Russia',
    figures: [f(11000, 11000, 'about', 'troops')],
  },
  {
    from: 'unn',
    text: 'the 12,000-strong contingent of North Korean troops',
    figures: [f(12000, 12000, '', 'troops')],
  },
  {
    from: 'unn',
    text: 'Daily losses amount to about 92 soldiers',
    figures: [f(92, 92, 'about', 'casualties/day')],
  },
  // Ukrinform via MENAFN, 26 Apr 2025.
  {
    from: 'ukrinform',
    text: 'North Korean forces have suffered more than 4,500 casualties',
    figures: [f(4500, 4500, 'more than', 'people')],
  },
  {
    from: 'ukrinform',
    text: 'losses of the North Korean army in the Kursk sector amount to over 4,500 killed and wounded',
    figures: [f(4500, 4500, 'over', 'people')],
  },
  {
    from: 'ukrinform',
    text: '62,400 personnel, including 25,200 irrecoverable (killed) and 36,200 sanitary (wounded) casualties',
    figures: [
      f(62400, 62400, '', 'troops'),
      f(25200, 25200, '', 'people'),
      f(36200, 36200, '', 'people'),
    ],
  },
  {
    from: 'ukrinform',
    text: '983 Russian soldiers had been taken prisoner',
    figures: [f(983, 983, '', 'troops')],
  },
  // Millennium Post, 30 Apr 2025.
  {
    from: 'millenniumpost',
    text: 'An estimated 4,700 North Korean soldiers have been killed or wounded',
    figures: [f(4700, 4700, 'an estimated', 'people')],
  },
  {
    from: 'millenniumpost',
    text: 'North Korea had suffered 4,700 casualties, including 600 deaths',
    figures: [f(4700, 4700, '', 'people'), f(600, 600, '', 'people')],
  },
  {
    from: 'millenniumpost',
    text: '2,000 injured North Korean soldiers were repatriated',
    figures: [f(2000, 2000, '', 'people')],
  },
  {
    from: 'millenniumpost',
    text: 'about 300 North Korean soldiers had died and another 2,700 had been injured',
    figures: [f(300, 300, 'about', 'people'), f(2700, 2700, '', 'people')],
  },
  {
    from: 'millenniumpost',
    text: 'More than 4000 North Korean soldiers fought against Ukraine forces',
    figures: [f(4000, 4000, 'more than', 'troops')],
  },
  // Common forms.
  {
    from: 'common',
    text: 'between 10,000 and 12,000 troops',
    figures: [f(10000, 12000, 'between', 'troops')],
  },
  { from: 'common', text: 'some 1,500–2,000 soldiers', figures: [f(1500, 2000, 'some', 'troops')] },
  { from: 'common', text: 'nearly 40 per cent of the force', figures: [f(40, 40, 'nearly', '%')] },
  {
    from: 'common',
    text: 'fewer than 500 casualties',
    figures: [f(500, 500, 'fewer than', 'people')],
  },
  { from: 'common', text: 'at most 2,000 troops', figures: [f(2000, 2000, 'at most', 'troops')] },
  {
    from: 'common',
    text: 'around 1.5 million soldiers',
    figures: [f(1500000, 1500000, 'around', 'troops')],
  },
  {
    from: 'common',
    text: 'almost a quarter of the contingent',
    figures: [f(25, 25, 'almost', '%')],
  },
  { from: 'common', text: 'up to 3,000 killed', figures: [f(3000, 3000, 'up to', 'people')] },
  {
    from: 'common',
    text: 'about 100 casualties daily',
    figures: [f(100, 100, 'about', 'casualties/day')],
  },
  { from: 'common', text: 'in 2024 about 700 troops', figures: [f(700, 700, 'about', 'troops')] },
];
