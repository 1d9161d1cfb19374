/**
 * The fourth held-out set (issue 22): selections from fourteen more public articles on North
 * Korean troops in Russia, none among ../shared/sources, heldOut.ts, heldOut2.ts, heldOut3.ts
 * or devSet.ts (and no repost of one of their articles), found with the library's page search
 * and taken in article order (not for being easy or hard) while another change to the parser
 * was under way. What a reader takes from each was written down before the parser ever ran on
 * them, by someone who had not read the parser's code nor run any held-out, development or
 * phrase test while writing it; it is to be scored once, after that change is merged, and the
 * parser is not tuned on it. Only the short selections are stored, with their article's
 * address and date ('' when the stored page does not print one).
 */
import { f } from './phrases';
import type { HeldOutRow } from './heldOut';

const UNITED24 =
  'https://united24media.com/latest-news/entire-north-korean-contingent-in-kursk-could-be-wiped-out-by-spring-isw-predicts-5164';
const BABEL =
  'https://babel.ua/en/news/115074-south-korean-intelligence-north-korean-soldiers-have-not-been-participating-in-the-fighting-in-kursk-since-mid-january';
const KOREA_HERALD_DEC = 'https://www.koreaherald.com/view.php?ud=20241220050016';
const KOREA_HERALD_POWS = 'https://stg-m.koreaherald.com/article/10433044';
const BSS_AFP = 'https://www.bssnews.net/international/327373';
const AL_JAZEERA =
  'https://www.aljazeera.com/news/2025/8/22/north-koreas-kim-jong-un-hails-troops-killed-in-heroic-war-with-ukraine?traffic_source=rss';
const TASS = 'https://tass.com/world/2009511';
const DAILY8 = 'https://www.daily8.com/en/article/27aa51cf16f2d209bba23aeaa9ad2f90';
const NEXTSHARK = 'https://nextshark.com/500-north-korean-soldiers-killed-ukraine-war';
const TIME_NEWS = 'https://time.news/north-korean-soldiers-cause-serious-concern-in-russia';
const DEVDISCOURSE =
  'https://www.devdiscourse.com/article/law-order/3247750-vanishing-act-north-korean-troops-retreat-from-kursk-battlefield';
const RBC =
  'https://newsukraine.rbc.ua/news/pentagon-expects-increase-in-north-korean-1734663799.html';
const SAUDI_GAZETTE =
  'https://saudigazette.com.sa/article/648182/World/Ukraine-says-North-Korean-troops-suffering-heavy-losses-in-Kursk-region-fighting';
const CALIBER =
  'https://caliber.az/en/post/us-military-estimates-several-hundred-north-korean-casualties-in-ukraine-war';

export const HELD_OUT_4: HeldOutRow[] = [
  // United24 Media, on ISW's report of 16 Jan 2025 (the stored page prints no date).
  {
    url: UNITED24,
    date: '',
    // Deployed *in* the region: those there (as "deployed some 8,000 … in the Kursk region"
    // of the third set), not a count sent.
    text: 'Approximately 12,000 North Korean soldiers deployed in Russia’s Kursk region',
    figures: [f(12000, 12000, 'approximately', 'troops', 'troops-present')],
  },
  {
    url: UNITED24,
    date: '',
    text: 'reported that 3,800 North Korean soldiers had been killed or wounded in the region',
    figures: [f(3800, 3800, '', 'people', 'killed-or-wounded')],
  },
  {
    url: UNITED24,
    date: '',
    text: 'more intensive combat operations beginning in December 2024',
    figures: [],
  },
  {
    url: UNITED24,
    date: '',
    text: 'suffering losses of approximately 92 soldiers per day',
    figures: [f(92, 92, 'approximately', 'casualties/day', 'casualties-per-day')],
  },
  {
    url: UNITED24,
    date: '',
    // A duration with its measure in the clause ("eliminated" at this rate): weeks to wipe out.
    text: 'the entire North Korean contingent in Kursk could be eliminated within 12 weeks',
    figures: [f(12, 12, 'within', 'weeks', 'time-to-wipe-out-weeks')],
  },
  {
    url: UNITED24,
    date: '',
    text: 'South Korea’s National Intelligence Service reported on January 13',
    figures: [],
  },
  {
    url: UNITED24,
    date: '',
    text: '300 North Korean soldiers have been killed in action, while 2,700 have been wounded',
    figures: [f(300, 300, '', 'people', 'killed'), f(2700, 2700, '', 'people', 'wounded')],
  },
  {
    url: UNITED24,
    date: '',
    text: 'Russia’s Victory Day parade in Moscow on May 9',
    figures: [],
  },
  // Babel, 4 Feb 2025 (thousands grouped by spaces).
  {
    url: BABEL,
    date: '2025-02-04',
    text: 'have not been participating in the fighting in Kursk since mid-January 2025',
    figures: [],
  },
  {
    url: BABEL,
    date: '2025-02-04',
    text: 'North Korea is estimated to have sent about 11 000 troops to fight against Ukraine',
    figures: [f(11000, 11000, 'about', 'troops', 'troops-sent')],
  },
  {
    url: BABEL,
    date: '2025-02-04',
    text: '300 of them are now believed to be dead and about 2 700 wounded',
    figures: [f(300, 300, '', 'people', 'killed'), f(2700, 2700, 'about', 'people', 'wounded')],
  },
  {
    url: BABEL,
    date: '2025-02-04',
    text: 'North Korea would send reinforcements to Russia in two months',
    figures: [],
  },
  {
    url: BABEL,
    date: '2025-02-04',
    text: 'Ukrainian intelligence reported on October 24, 2024',
    figures: [],
  },
  {
    url: BABEL,
    date: '2025-02-04',
    // Those at the front; officers and generals are parts of the force no measure counts.
    text: 'There are approximately 12 000 soldiers, including 500 officers and three generals',
    figures: [
      f(12000, 12000, 'approximately', 'troops', 'troops-present'),
      f(500, 500, '', 'troops'),
      f(3, 3, '', 'troops'),
    ],
  },
  {
    url: BABEL,
    date: '2025-02-04',
    // The article does not say the group is Russian and North Korean together (its source,
    // the New York Times, does): combined force or Russia's own, so unscored.
    text: 'Russia has assembled a group of 50 000 soldiers for an offensive in the Kursk region',
    figures: [f(50000, 50000, '', 'troops')],
  },
  {
    url: BABEL,
    date: '2025-02-04',
    text: 'more than 3 000 soldiers from the DPRK have already been killed or wounded',
    figures: [f(3000, 3000, 'more than', 'people', 'killed-or-wounded')],
  },
  {
    url: BABEL,
    date: '2025-02-04',
    text: '300 soldiers have been killed in the war and about 2 700 have been wounded',
    figures: [f(300, 300, '', 'people', 'killed'), f(2700, 2700, 'about', 'people', 'wounded')],
  },
  {
    url: BABEL,
    date: '2025-02-04',
    text: 'Zelensky first reported on December 27, 2024',
    figures: [],
  },
  // The Korea Herald (Yonhap), 20 Dec 2024: the Pentagon's and the NIS's figures.
  {
    url: KOREA_HERALD_DEC,
    date: '2024-12-20',
    // Only "casualties" in the selection (what they include is said later): casualties.
    text: 'North Korea has suffered "several hundred" troop casualties',
    figures: [f(300, 900, 'several hundred', 'people', 'casualties')],
  },
  {
    url: KOREA_HERALD_DEC,
    date: '2024-12-20',
    // "dispatched" describes the dead, it is no count of troops sent.
    text: 'at least 100 North Korean troops, who were dispatched to Russia, were killed in action (KIA)',
    figures: [f(100, 100, 'at least', 'people', 'killed')],
  },
  {
    url: KOREA_HERALD_DEC,
    date: '2024-12-20',
    // "estimated to reach" is an estimate of today's count, not a modal of growth.
    text: 'the number of injured North Korean troops estimated to reach some 1,000',
    figures: [f(1000, 1000, 'some', 'people', 'wounded')],
  },
  {
    url: KOREA_HERALD_DEC,
    date: '2024-12-20',
    text: 'several hundred casualties that would range from killed in action to wounded',
    figures: [f(300, 900, 'several hundred', 'people', 'killed-or-wounded')],
  },
  // The Korea Herald, on a lawmaker's visit to the two prisoners (March 2025; the stored
  // page prints no date).
  {
    url: KOREA_HERALD_POWS,
    date: '',
    text: 'met with the two North Korean soldiers who were captured by Ukrainian authorities',
    figures: [f(2, 2, '', 'people', 'captured')],
  },
  {
    url: KOREA_HERALD_POWS,
    date: '',
    text: 'on Feb. 25 and spoke with them for about an hour and 10 minutes',
    figures: [],
  },
  { url: KOREA_HERALD_POWS, date: '', text: 'a sniper surnamed Ri born in 1999', figures: [] },
  {
    url: KOREA_HERALD_POWS,
    date: '',
    text: 'North Korean casualties in the war are believed to be around 4,000',
    figures: [f(4000, 4000, 'around', 'people', 'casualties')],
  },
  // BSS (AFP), 2 Nov 2025.
  { url: BSS_AFP, date: '2025-11-02', text: 'SEOUL, Nov 2, 2025 (BSS/AFP)', figures: [] },
  {
    url: BSS_AFP,
    date: '2025-11-02',
    text: 'Two North Korean prisoners of war held in Ukraine have pleaded to live in South Korea',
    figures: [f(2, 2, '', 'people', 'captured')],
  },
  {
    url: BSS_AFP,
    date: '2025-11-02',
    text: 'Around 10,000 North Korean troops were sent in 2024 to fight for Russia',
    figures: [f(10000, 10000, 'around', 'troops', 'troops-sent')],
  },
  {
    url: BSS_AFP,
    date: '2025-11-02',
    text: 'The two (POWs) asked the producer',
    figures: [f(2, 2, '', 'people', 'captured')],
  },
  { url: BSS_AFP, date: '2025-11-02', text: 'The interview took place on October 28', figures: [] },
  // Al Jazeera, 22 Aug 2025.
  {
    url: AL_JAZEERA,
    date: '2025-08-22',
    text: 'Pyongyang sent more than 10,000 soldiers to Russia’s Kursk region in 2024',
    figures: [f(10000, 10000, 'more than', 'troops', 'troops-sent')],
  },
  {
    url: AL_JAZEERA,
    date: '2025-08-22',
    text: 'About 600 of those North Korean soldiers were killed and thousands were wounded',
    figures: [
      f(600, 600, 'about', 'people', 'killed'),
      f(2000, 9000, 'thousands', 'people', 'wounded'),
    ],
  },
  // TASS (the dateline prints "August 30" without its year: 2025 by the events).
  { url: TASS, date: '', text: 'SEOUL, August 30. /TASS/.', figures: [] },
  {
    url: TASS,
    date: '',
    // North Korea's own memorial wall of its dead: the count it acknowledges.
    text: 'a memorial wall stood behind him, displaying portraits of 101 individuals',
    figures: [f(101, 101, '', 'people', 'killed-acknowledged')],
  },
  // Daily8 (Reuters, on Shoigu in Pyongyang, June 2025; the stored page prints no date).
  {
    url: DAILY8,
    date: '',
    // Builders and sappers called troops: no one measure is both, so unscored.
    text: 'North Korea to send thousands of troops to Russia to help rebuild Kursk',
    figures: [f(2000, 9000, 'thousands', 'troops')],
  },
  {
    url: DAILY8,
    date: '',
    // Builders and sappers together: unscored (as in the third set).
    text: 'North Korea will send thousands of military construction workers and sappers',
    figures: [f(2000, 9000, 'thousands', 'troops')],
  },
  {
    url: DAILY8,
    date: '',
    text: 'their second such encounter in just two weeks',
    figures: [],
  },
  { url: DAILY8, date: '', text: 'the first direct train since 2020', figures: [] },
  {
    url: DAILY8,
    date: '',
    text: 'for the first time in more than 30 years',
    figures: [],
  },
  { url: DAILY8, date: '', text: 'the talks had lasted more than two hours', figures: [] },
  {
    url: DAILY8,
    date: '',
    // Troops that helped expel Ukraine: sent or present is not said, so unscored.
    text: 'helped by thousands of North Korean troops',
    figures: [f(2000, 9000, 'thousands', 'troops')],
  },
  {
    url: DAILY8,
    date: '',
    text: 'send one thousand sappers to Russia to demine Russian territory',
    figures: [f(1000, 1000, '', 'troops', 'sappers')],
  },
  {
    url: DAILY8,
    date: '',
    text: 'five thousand military construction workers to rebuild infrastructure facilities',
    figures: [f(5000, 5000, '', 'troops', 'construction-workers')],
  },
  // NextShark (late 2024; the stored page prints no date).
  {
    url: NEXTSHARK,
    date: '',
    text: '500 North Korean soldiers reported killed in Ukraine war',
    figures: [f(500, 500, '', 'people', 'killed')],
  },
  {
    url: NEXTSHARK,
    date: '',
    text: 'about 500 North Korean soldiers were killed in a Storm Shadow missile strike',
    figures: [f(500, 500, 'about', 'people', 'killed')],
  },
  {
    url: NEXTSHARK,
    date: '',
    text: 'North Korea is believed to have sent over 10,000 troops to Russia',
    figures: [f(10000, 10000, 'over', 'troops', 'troops-sent')],
  },
  {
    url: NEXTSHARK,
    date: '',
    // "several" without a scale word is no quantity the rule gives a range.
    text: 'A separate strike injured a North Korean general and killed several officers',
    figures: [],
  },
  // time.news (October 2024; the stored page prints no date).
  {
    url: TIME_NEWS,
    date: '',
    // A count of places, not people: a figure no measure takes (like the third set's coffins).
    text: 'North Korean soldiers are trained at five training sites in eastern Russia',
    figures: [f(5, 5, '', null)],
  },
  {
    url: TIME_NEWS,
    date: '',
    text: 'The number of North Korean soldiers stationed in Russia is currently about 12,000, including 500 officers, including three Pyongyang generals',
    figures: [
      f(12000, 12000, 'about', 'troops', 'troops-present'),
      f(500, 500, '', 'troops'),
      f(3, 3, '', 'troops'),
    ],
  },
  // Devdiscourse (Reuters), 31 Jan 2025.
  {
    url: DEVDISCOURSE,
    date: '2025-01-31',
    text: "the absence of North Korean troops on the battlefield in Russia's Kursk region for nearly three weeks",
    figures: [],
  },
  {
    url: DEVDISCOURSE,
    date: '2025-01-31',
    text: 'approximately 11,000 North Korean soldiers have been positioned in Kursk to support Moscow',
    figures: [f(11000, 11000, 'approximately', 'troops', 'troops-present')],
  },
  // RBC-Ukraine, on the Pentagon's briefing (December 2024; the stored page prints no date).
  {
    url: RBC,
    date: '',
    text: 'the death of at least 100 North Korean soldiers in battles with Ukrainian Defense Forces',
    figures: [f(100, 100, 'at least', 'people', 'killed')],
  },
  {
    url: RBC,
    date: '',
    text: 'the current figure likely involves several hundred killed or wounded',
    figures: [f(300, 900, 'several hundred', 'people', 'killed-or-wounded')],
  },
  {
    url: RBC,
    date: '',
    text: 'several hundred casualties, right, which would range from killed in action to wounded',
    figures: [f(300, 900, 'several hundred', 'people', 'killed-or-wounded')],
  },
  {
    url: RBC,
    date: '',
    text: 'North Korea had deployed over ten thousand of its soldiers to Russia',
    figures: [f(10000, 10000, 'over', 'troops', 'troops-sent')],
  },
  // Saudi Gazette (AP, December 2024; the stored page prints no date).
  {
    url: SAUDI_GAZETTE,
    date: '',
    // "killed and wounded" together, one figure: killed or wounded.
    text: '3,000 North Korean troops have been killed and wounded in the fighting in Kursk',
    figures: [f(3000, 3000, '', 'people', 'killed-or-wounded')],
  },
  {
    url: SAUDI_GAZETTE,
    date: '',
    text: 'Pyongyang had sent between 10,000 and 12,000 soldiers to Russia',
    figures: [f(10000, 12000, '', 'troops', 'troops-sent')],
  },
  // Caliber.az, on the New York Times' Pentagon source (December 2024; no date printed).
  {
    url: CALIBER,
    date: '',
    text: 'US military estimates "several hundred" North Korean casualties',
    figures: [f(300, 900, 'several hundred', 'people', 'casualties')],
  },
  {
    url: CALIBER,
    date: '',
    // "may have killed" is the past, not a projection.
    text: 'may have killed or wounded "several hundred" North Korean soldiers',
    figures: [f(300, 900, 'several hundred', 'people', 'killed-or-wounded')],
  },
  {
    url: CALIBER,
    date: '',
    text: 'a combined force of 50,000 Russian and North Korean troops',
    figures: [f(50000, 50000, '', 'troops', 'combined-force')],
  },
  {
    url: CALIBER,
    date: '',
    text: 'at least 30 North Korean soldiers were killed or wounded',
    figures: [f(30, 30, 'at least', 'people', 'killed-or-wounded')],
  },
];
