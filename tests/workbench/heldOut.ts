/**
 * The held-out check (issue 22): figure phrases from public articles the workbench was never
 * built on (none is among ../shared/sources), with what a reader takes from each. Only the
 * short selections are stored, with their article's address and date, never the article.
 * Written down by reading the articles before the parser was run on them; the parser is not
 * tuned on them (docs/workbench.md gives the first score).
 */
import { f, type ExpectedFigure } from './phrases';

export interface HeldOutRow {
  /** The words an analyst selects. */
  text: string;
  url: string;
  /** The article's date as printed, or '' when the stored page does not print one. */
  date: string;
  figures: ExpectedFigure[];
}

const LBC =
  'https://www.lbcgroup.tv/news/world-news/824536/at-least-30-north-korean-soldiers-killed-and-wounded-in-russias-kursk/en';
const HNGN =
  'https://hngn.com/articles/264135/20241223/ukraine-claims-russia-gave-fake-documents-north-korean-soldiers-battlefield.htm';
const DAILYWRAP =
  'https://dailywrap.net/en-gb/north-korean-casualties-in-russia-ukraine-conflict-surge,7141027741468801a';
const ASIAE = 'https://cm.asiae.co.kr/en/article/2025061610463032015';
const VESTI = 'https://vesti.org.ua/en/news/kndr-nezabarom-napravit-pdkrplennya-v-ku-1';

export const HELD_OUT: HeldOutRow[] = [
  {
    url: LBC,
    date: '2024-12-16',
    text: 'its troops killed or wounded at least 30 North Korean soldiers',
    figures: [f(30, 30, 'at least', 'people', 'killed-or-wounded')],
  },
  {
    url: LBC,
    date: '2024-12-16',
    text: 'at least 30 soldiers were killed and wounded',
    figures: [f(30, 30, 'at least', 'people', 'killed-or-wounded')],
  },
  { url: LBC, date: '2024-12-16', text: 'On December 14 and 15', figures: [] },
  {
    url: HNGN,
    date: '2024-12-23',
    text: 'they had killed three North Korean soldiers',
    figures: [f(3, 3, '', 'people', 'killed')],
  },
  {
    url: HNGN,
    date: '2024-12-23',
    text: 'between 11,000 and 12,000 North Korean soldiers are currently in Russia',
    figures: [f(11000, 12000, 'between', 'troops', 'troops-present')],
  },
  {
    url: HNGN,
    date: '2024-12-23',
    text: '"hundreds" of casualties, both killed and wounded',
    figures: [f(200, 900, 'hundreds', 'people', 'killed-or-wounded')],
  },
  {
    url: HNGN,
    date: '2024-12-23',
    text: 'around 100 North Korean soldiers are believed to have been killed',
    figures: [f(100, 100, 'around', 'people', 'killed')],
  },
  {
    url: HNGN,
    date: '2024-12-23',
    text: 'with nearly 1,000 others injured since their deployment',
    figures: [f(1000, 1000, 'nearly', 'people', 'wounded')],
  },
  {
    url: HNGN,
    date: '2024-12-23',
    text: '"several hundred" casualties, both killed and wounded',
    figures: [f(300, 900, 'several hundred', 'people', 'killed-or-wounded')],
  },
  {
    url: HNGN,
    date: '2024-12-23',
    text: '50 North Korean soldiers were killed and 47 injured within just three days',
    figures: [f(50, 50, '', 'people', 'killed'), f(47, 47, '', 'people', 'wounded')],
  },
  {
    url: HNGN,
    date: '2024-12-23',
    text: 'alongside tens of thousands of Russian troops',
    figures: [f(20000, 90000, 'tens of thousands', 'troops')],
  },
  {
    url: DAILYWRAP,
    date: '',
    text: "over 4,000 North Korean soldiers fighting on Russia's side in the conflict with Ukraine have been killed or wounded",
    figures: [f(4000, 4000, 'over', 'people', 'killed-or-wounded')],
  },
  {
    url: DAILYWRAP,
    date: '',
    text: 'Earlier estimates mentioned 3,000 casualties',
    figures: [f(3000, 3000, '', 'people', 'casualties')],
  },
  {
    url: DAILYWRAP,
    date: '',
    text: 'nearly one-quarter of the 11,000 soldiers sent to Russia',
    figures: [
      f(25, 25, 'nearly', '%', 'share-of-force-lost'),
      f(11000, 11000, '', 'troops', 'troops-sent'),
    ],
  },
  {
    url: DAILYWRAP,
    date: '',
    text: 'North Korea sent an additional 3,000 to 4,000 soldiers',
    figures: [f(3000, 4000, 'to', 'troops', 'troops-additional')],
  },
  {
    url: DAILYWRAP,
    date: '',
    text: 'at least "3,000 soldiers" were sent to Russia',
    figures: [f(3000, 3000, 'at least', 'troops', 'troops-sent')],
  },
  {
    url: ASIAE,
    date: '2025-06-16',
    text: 'The number of North Korean military casualties deployed to the Russia-Ukraine war is estimated to have exceeded 6,000',
    figures: [f(6000, 6000, 'exceeded', 'people', 'casualties')],
  },
  {
    url: ASIAE,
    date: '2025-06-16',
    text: 'more than half of the approximately 11,000 North Korean troops deployed to Kursk',
    figures: [
      f(50, 50, 'more than', '%', 'share-of-force-lost'),
      f(11000, 11000, 'approximately', 'troops', 'troops-sent'),
    ],
  },
  { url: ASIAE, date: '2025-06-16', text: 'the June 4 visit by Sergei Shoigu', figures: [] },
  {
    url: VESTI,
    date: '',
    text: 'North Korea sent approximately 11,000 soldiers',
    figures: [f(11000, 11000, 'approximately', 'troops', 'troops-sent')],
  },
  {
    url: VESTI,
    date: '',
    text: 'about a third of the North Korean soldiers have been killed or wounded',
    figures: [f(33, 33, 'about', '%', 'share-of-force-lost')],
  },
  {
    url: VESTI,
    date: '',
    text: 'nearly half of the deployed soldiers have been either wounded or killed',
    figures: [f(50, 50, 'nearly', '%', 'share-of-force-lost')],
  },
  {
    url: VESTI,
    date: '',
    text: 'The North Korean armed forces, numbering 1.2 million',
    figures: [f(1200000, 1200000, '', 'troops')],
  },
  {
    url: VESTI,
    date: '',
    text: 'a conflict that has been ongoing for nearly three years',
    figures: [],
  },
  {
    url: VESTI,
    date: '',
    text: 'over 100 short-range ballistic missiles',
    figures: [f(100, 100, 'over', null)],
  },
];
