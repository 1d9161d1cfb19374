/**
 * The third held-out set (issue 22): figure phrases from twelve more public articles on North
 * Korean troops in Russia, none among ../shared/sources nor in heldOut.ts or heldOut2.ts,
 * picked in article order (not for being easy or hard) while another change to the parser was
 * under way. What a reader takes from each was written down before the parser ran on them,
 * by someone who had not read the parser's code; it is to be scored once, after that change
 * is merged, and the parser is not tuned on it. Only the short selections are stored, with
 * their article's address and date ('' when the stored page does not print one).
 */
import { f } from './phrases';
import type { HeldOutRow } from './heldOut';

const WAPO_SPOKESMAN =
  'https://spokesman.com/stories/2024/dec/16/north-korean-troops-suffer-heavy-casualties-in-rus/?amp-content=amp';
const URDUPOINT =
  'https://www.urdupoint.com/en/world/over-3000-north-korean-soldiers-killed-woun-1898337.html';
const KBS_JAN = 'http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=190275';
const UPI =
  'https://www.upi.com/Voices/2025/01/13/North-Korea-300-killed-Ukraine-NIS-Zelensky/2101736756939/';
const POLSKIE_RADIO =
  'https://polskieradio.pl/395/9766/Artykul/3469926,ukraine-captures-two-north-korean-soldiers-in-russia%E2%80%99s-kursk-region-seoul-confirms';
const FORCES_NEWS =
  'https://www.forcesnews.com/ukraine/north-korean-troops-pulled-russian-frontline-amid-heavy-losses';
const INKL = 'https://inkl.com/news/north-korean-troops-withdrawn-from-frontlines-in-russia';
const NEWS_GE =
  'https://ai.news.ge/uk-intelligence-north-korea-sent-over-half-of-its-11000-troops-to-kursk-to-help-russia-but-only-a-third-returned';
const CASTANET =
  'https://www.castanet.net/news/World/556643/Russian-media-says-North-Korea-to-send-military-construction-workers-and-deminers-to-Russia';
const DW =
  'https://amp.dw.com/en/north-korea-kim-jong-un-honors-troops-killed-in-russia/a-73105505';
const KBS_AUG = 'http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=195464';
const KOREA_HERALD = 'https://www.koreaherald.com/article/10559676';

export const HELD_OUT_3: HeldOutRow[] = [
  // The Washington Post, as printed by The Spokesman-Review (16 Dec 2024 in its address only).
  {
    url: WAPO_SPOKESMAN,
    date: '',
    text: 'As many as 30 have been “killed or wounded,”',
    figures: [f(30, 30, 'as many as', 'people', 'killed-or-wounded')],
  },
  { url: WAPO_SPOKESMAN, date: '', text: 'grinds toward a fourth year', figures: [] },
  {
    url: WAPO_SPOKESMAN,
    date: '',
    // Russia's deployment in the region, said by US officials: a count of those there.
    text: 'Russia has deployed some 8,000 North Koreans in the Kursk region',
    figures: [f(8000, 8000, 'some', 'troops', 'troops-present')],
  },
  {
    url: WAPO_SPOKESMAN,
    date: '',
    // Missing alone: no measure of the vocabulary is that.
    text: '“At least three North Korean personnel went missing”',
    figures: [f(3, 3, 'at least', 'people')],
  },
  // UrduPoint (APP), 23 Dec 2024.
  {
    url: URDUPOINT,
    date: '2024-12-23',
    text: 'Over 3,000 North Korean Soldiers Killed, Wounded In Kursk',
    figures: [f(3000, 3000, 'over', 'people', 'killed-or-wounded')],
  },
  {
    url: URDUPOINT,
    date: '2024-12-23',
    text: 'Published December 23, 2024 | 11:39 PM',
    figures: [],
  },
  { url: URDUPOINT, date: '2024-12-23', text: 'Pakistan Point News - 23rd Dec, 2024', figures: [] },
  {
    url: URDUPOINT,
    date: '2024-12-23',
    text: 'over 3,000 North Korean soldiers have been killed or wounded',
    figures: [f(3000, 3000, 'over', 'people', 'killed-or-wounded')],
  },
  {
    url: URDUPOINT,
    date: '2024-12-23',
    text: 'Pyongyang has sent thousands of troops to reinforce the Russian military',
    figures: [f(2000, 9000, 'thousands', 'troops', 'troops-sent')],
  },
  {
    url: URDUPOINT,
    date: '2024-12-23',
    text: 'the number of North Korean soldiers killed and wounded in the Kursk region has already exceeded 3,000',
    figures: [f(3000, 3000, 'exceeded', 'people', 'killed-or-wounded')],
  },
  {
    url: URDUPOINT,
    date: '2024-12-23',
    text: 'around 1,100 North Korean soldiers have been killed or wounded since entering combat in December',
    figures: [f(1100, 1100, 'around', 'people', 'killed-or-wounded')],
  },
  // KBS World, 13 Jan 2025.
  {
    url: KBS_JAN,
    date: '2025-01-13',
    text: 'some three-thousand North Korean troops have been killed or wounded',
    figures: [f(3000, 3000, 'some', 'people', 'killed-or-wounded')],
  },
  {
    url: KBS_JAN,
    date: '2025-01-13',
    text: 'some 300 North Korean soldiers have been killed and roughly 27-hundred wounded',
    figures: [
      f(300, 300, 'some', 'people', 'killed'),
      f(2700, 2700, 'roughly', 'people', 'wounded'),
    ],
  },
  {
    url: KBS_JAN,
    date: '2025-01-13',
    text: 'two North Korean soldiers who were recently captured by Ukrainian troops',
    figures: [f(2, 2, '', 'people', 'captured')],
  },
  // UPI, 13 Jan 2025.
  {
    url: UPI,
    date: '2025-01-13',
    text: 'At least 300 North Korean soldiers have been killed and 2,700 injured',
    figures: [f(300, 300, 'at least', 'people', 'killed'), f(2700, 2700, '', 'people', 'wounded')],
  },
  { url: UPI, date: '2025-01-13', text: 'SEOUL, Jan. 13 (UPI)', figures: [] },
  {
    url: UPI,
    date: '2025-01-13',
    text: 'At least 300 North Korean soldiers sent to aid Russia in its war against Ukraine have been killed and 2,700 have been injured',
    figures: [f(300, 300, 'at least', 'people', 'killed'), f(2700, 2700, '', 'people', 'wounded')],
  },
  {
    url: UPI,
    date: '2025-01-13',
    text: 'More than 12,000 North Korean soldiers have been deployed to Russia',
    figures: [f(12000, 12000, 'more than', 'troops', 'troops-sent')],
  },
  {
    url: UPI,
    date: '2025-01-13',
    text: 'two North Korean soldiers who were captured while fighting alongside Russian forces',
    figures: [f(2, 2, '', 'people', 'captured')],
  },
  // Polskie Radio (January 2025; the stored page prints no date).
  {
    url: POLSKIE_RADIO,
    date: '',
    text: 'at least 100 North Korean soldiers have died, and around 1,000 have been wounded',
    figures: [
      f(100, 100, 'at least', 'people', 'killed'),
      f(1000, 1000, 'around', 'people', 'wounded'),
    ],
  },
  {
    url: POLSKIE_RADIO,
    date: '',
    text: 'born in 1999 and 2005, have been serving in the North Korean military since 2016 and 2021',
    figures: [],
  },
  {
    url: POLSKIE_RADIO,
    date: '',
    text: 'estimates suggesting more than 10,000 soldiers have been deployed',
    figures: [f(10000, 10000, 'more than', 'troops', 'troops-sent')],
  },
  {
    url: POLSKIE_RADIO,
    date: '',
    text: 'Ukrainian control had decreased to about 800 square kilometers of Russian territory',
    figures: [f(800, 800, 'about', 'km2', 'kursk-ground-seized')],
  },
  // Forces News (late January 2025; the stored page prints no date).
  {
    url: FORCES_NEWS,
    date: '',
    text: 'more than a third of the 11,000 soldiers North Korea provided to Moscow have been killed or injured',
    figures: [
      f(33, 33, 'more than', '%', 'share-of-force-lost'),
      f(11000, 11000, '', 'troops', 'troops-sent'),
    ],
  },
  {
    url: FORCES_NEWS,
    date: '',
    text: "Of the 4,000 DPRK (Democratic People's Republic of Korea) soldiers who have become casualties, around 1,000 are reported to have been killed",
    figures: [
      f(4000, 4000, '', 'people', 'casualties'),
      f(1000, 1000, 'around', 'people', 'killed'),
    ],
  },
  {
    url: FORCES_NEWS,
    date: '',
    text: 'Hundreds have been killed by Ukrainian kamikaze drones',
    figures: [f(200, 900, 'hundreds', 'people', 'killed')],
  },
  { url: FORCES_NEWS, date: '', text: 'they were aged between 25 and 40', figures: [] },
  {
    url: FORCES_NEWS,
    date: '',
    text: "February will mark three years since Russia's full-scale invasion of Ukraine",
    figures: [],
  },
  // inkl (late January 2025; the stored page prints no date).
  {
    url: INKL,
    date: '',
    text: "have been absent from the frontlines in Russia's Kursk region for several weeks",
    figures: [],
  },
  {
    url: INKL,
    date: '',
    text: 'around 4,000 troops reported killed or injured out of the 12,000 initially deployed to Russia',
    figures: [
      f(4000, 4000, 'around', 'people', 'killed-or-wounded'),
      f(12000, 12000, '', 'troops', 'troops-sent'),
    ],
  },
  {
    url: INKL,
    date: '',
    // Russia's own troops in the area: no measure of the vocabulary (combined-force is both).
    text: 'the presence of 60,000 Russian troops and 12,000 North Koreans in the area',
    figures: [f(60000, 60000, '', 'troops'), f(12000, 12000, '', 'troops', 'troops-present')],
  },
  {
    url: INKL,
    date: '',
    // A share killed, not killed or wounded: share-of-force-lost is not quite it, so unscored.
    text: 'one-third of the North Korean troops reportedly killed',
    figures: [f(33, 33, '', '%')],
  },
  { url: INKL, date: '', text: 'mutual defense pledge from 1961', figures: [] },
  // news.ge, on the UK Ministry of Defence's update (June 2025; the page prints no date).
  {
    url: NEWS_GE,
    date: '',
    // Killed, wounded or missing: the measure of losses of any kind.
    text: 'over 6,000 North Korean soldiers have been killed, wounded, or gone missing',
    figures: [f(6000, 6000, 'over', 'people', 'casualties-all')],
  },
  {
    url: NEWS_GE,
    date: '',
    text: 'around half of the estimated 11,000 North Korean troops deployed to the area have become casualties',
    figures: [
      f(50, 50, 'around', '%', 'share-of-force-lost'),
      f(11000, 11000, 'estimated', 'troops', 'troops-sent'),
    ],
  },
  {
    url: NEWS_GE,
    date: '',
    text: 'nearly 6,000 soldiers have been killed or wounded, or are missing in action',
    figures: [f(6000, 6000, 'nearly', 'people', 'casualties-all')],
  },
  {
    url: NEWS_GE,
    date: '',
    text: 'In August 2024, Ukraine launched a rare cross-border operation into Kursk',
    figures: [],
  },
  // Castanet (AP), 17 Jun 2025.
  {
    url: CASTANET,
    date: '2025-06-17',
    text: 'attends the Security Council meeting in Moscow, Russia, Oct. 10, 2024',
    figures: [],
  },
  {
    url: CASTANET,
    date: '2025-06-17',
    // Builders and deminers together: no one measure is both, so unscored.
    text: 'North Korea will send thousands of military construction workers and deminers',
    figures: [f(2000, 9000, 'thousands', 'troops')],
  },
  {
    url: CASTANET,
    date: '2025-06-17',
    text: 'North Korea will dispatch 1,000 deminers as well 5,000 military construction workers to the Kursk region',
    figures: [
      f(1000, 1000, '', 'troops', 'sappers'),
      f(5000, 5000, '', 'troops', 'construction-workers'),
    ],
  },
  {
    url: CASTANET,
    date: '2025-06-17',
    text: 'North Korea has already sent thousands of troops and conventional weapons',
    figures: [f(2000, 9000, 'thousands', 'troops', 'troops-sent')],
  },
  // DW, 1 Jul 2025.
  {
    url: DW,
    date: '2025-07-01',
    text: 'marking the one-year anniversary of a military pact',
    figures: [],
  },
  {
    url: DW,
    date: '2025-07-01',
    text: 'North Korea has sent around 15,000 troops to Russia',
    figures: [f(15000, 15000, 'around', 'troops', 'troops-sent')],
  },
  {
    url: DW,
    date: '2025-07-01',
    text: 'took at least two prisoner',
    figures: [f(2, 2, 'at least', 'people', 'captured')],
  },
  {
    url: DW,
    date: '2025-07-01',
    text: 'around 600 North Korean soldiers have been killed and thousands injured',
    figures: [
      f(600, 600, 'around', 'people', 'killed'),
      f(2000, 9000, 'thousands', 'people', 'wounded'),
    ],
  },
  // KBS World, 22 Aug 2025.
  {
    url: KBS_AUG,
    date: '2025-08-22',
    // Coffins flown home: not a count of the dead of any measure, so unscored.
    text: 'an August 1 repatriation ceremony showing Kim receiving 20 flag-draped coffins',
    figures: [f(20, 20, '', null)],
  },
  {
    url: KBS_AUG,
    date: '2025-08-22',
    text: 'estimated North Korea’s death toll in the war at 600, with another four-thousand-100 injured',
    figures: [f(600, 600, '', 'people', 'killed'), f(4100, 4100, '', 'people', 'wounded')],
  },
  // The Korea Herald, 22 Aug 2025: North Korea's own disclosure.
  {
    url: KOREA_HERALD,
    date: '2025-08-22',
    text: 'publicly disclosed the names and portraits of 101 fallen troops',
    figures: [f(101, 101, '', 'people', 'killed-acknowledged')],
  },
  {
    url: KOREA_HERALD,
    date: '2025-08-22',
    text: 'a total of 101 portraits bearing the names of deceased soldiers were hung on the wall',
    figures: [f(101, 101, '', 'people', 'killed-acknowledged')],
  },
];
