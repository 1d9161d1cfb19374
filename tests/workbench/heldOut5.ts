/**
 * The fifth held-out set (issue 22): selections from fifteen more public articles on North
 * Korean troops in Russia, none among ../shared/sources, heldOut.ts … heldOut4.ts or
 * devSet.ts (and no repost of one of their articles: an AP story whose wording is already in
 * the phrase table was found and left out), found with the library's page search and taken in
 * the order the stored text gives them (not for being easy or hard) while another change to
 * the parser was under way. What a reader takes from each was written down before the parser
 * ever ran on them, by someone who had not read the parser's code nor run any held-out,
 * development or phrase test while writing it; it is to be scored once, after that change is
 * merged, and the parser is not tuned on it. Only the short selections are stored, with their
 * article's address and date ('' when the stored page does not print one).
 */
import { f } from './phrases';
import type { HeldOutRow } from './heldOut';

const CHOSUN_FEB = 'https://biz.chosun.com/en/en-policy/2025/02/27/IXTHCHXTTBHHVMOHXQCMPW753Y';
const FASTNEWS =
  'https://fastnews.site/north-korea-has-sent-more-troops-to-russia-south-korea-says-conflict-news';
const KBS = 'http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=194255';
const CHOSUN_JUN = 'https://prod.biz.chosun.com/en/en-policy/2025/06/26/IOPK5BP4PJD55JYPQTGELGTSZY';
const VIJESTI =
  'https://en.vijesti.me/world-a/globus/747394/North-Korea-has-sent-more-troops-to-Russia--South-Korea-claims';
const UNITED24_DEMINING =
  'https://united24media.com/latest-news/north-korean-engineers-begin-massive-demining-effort-in-russias-kursk-battle-zone-13431';
const CENSOR =
  'https://censor.net/en/news/3558413/north-korea-to-send-sappers-and-military-builders-to-russia';
const FREESPOKE_AP =
  'https://freespoke.com/story/Q4TYVVb5p0Z20MF7iEwZb/north-korea-is-reportedly-sending-more-troops-to-russia-to-fight-ukraine-after-suffering-heavy-casualties/all';
const NEWSMINIMALIST =
  'https://www.newsminimalist.com/articles/north-korea-sends-more-troops-to-support-russia-in-ukraine-ad23b602';
const MENAFN_KUNA =
  'https://menafn.com/1109022821/Seoul-Military-North-Korea-Deploys-More-Troops-To-Russia';
const EPOCH_TIMES =
  'https://theepochtimes.com/world/north-korea-preparing-to-send-more-troops-to-russia-after-suffering-casualties-south-korean-military-5798197';
const POLITICO = 'https://www.politico.eu/article/north-korea-sent-troops-fight-russia-ukraine/';
const INKL = 'https://inkl.com/news/north-korean-soldiers-in-russia-resort-to-drastic-measures';
const DEVDISCOURSE_KIRBY =
  'https://www.devdiscourse.com/article/law-order/3208534-north-korean-casualties-in-russias-war-against-ukraine-surge';
const NEXUSNEWS = 'https://nexusnews.pro/?p=22098';

export const HELD_OUT_5: HeldOutRow[] = [
  // Chosun Biz, on the NIS's notice of 27 Feb 2025 (the stored page prints only "the 27th").
  {
    url: CHOSUN_FEB,
    date: '',
    text: 'North Korea appears to have made additional troop deployments to support the Russian military',
    figures: [],
  },
  {
    url: CHOSUN_FEB,
    date: '',
    text: 'The National Intelligence Service said on the 27th',
    figures: [],
  },
  {
    url: CHOSUN_FEB,
    date: '',
    text: 'reintegrated into the Kursk front after a month-long lull, beginning the first week of February',
    figures: [],
  },
  {
    url: CHOSUN_FEB,
    date: '',
    text: 'The scale of the additional deployment is said to be estimated at more than 1,000 troops',
    figures: [f(1000, 1000, 'more than', 'troops', 'troops-additional')],
  },
  {
    url: CHOSUN_FEB,
    date: '',
    // The article means the additional deployment, but the selection says only "deployed to
    // Russia": additional or sent is not in these words, so the measure is not scored.
    text: 'the scale of the troops deployed to Russia exceeds 1,000',
    figures: [f(1000, 1000, 'exceeds', 'troops')],
  },
  {
    url: CHOSUN_FEB,
    date: '',
    text: 'Last October, North Korea dispatched approximately 11,000 troops to Russia',
    figures: [f(11000, 11000, 'approximately', 'troops', 'troops-sent')],
  },
  {
    url: CHOSUN_FEB,
    date: '',
    text: 'It is reported that around 4,000 casualties have occurred',
    figures: [f(4000, 4000, 'around', 'people', 'casualties')],
  },
  // fastnews.site (a rewrite of Al Jazeera, Feb 2025; the stored page prints no date).
  {
    url: FASTNEWS,
    date: '',
    text: 'redeployed troops to the front in the Kursk Russia region in early February following a one-month lull',
    figures: [],
  },
  {
    url: FASTNEWS,
    date: '',
    text: 'Pyongyang had sent around 11,000 soldiers to Russia',
    figures: [f(11000, 11000, 'around', 'troops', 'troops-sent')],
  },
  {
    url: FASTNEWS,
    date: '',
    text: 'the NIS estimated that 300 North Korean soldiers were killed and 2,700 others injured in combat',
    figures: [f(300, 300, '', 'people', 'killed'), f(2700, 2700, '', 'people', 'wounded')],
  },
  {
    url: FASTNEWS,
    date: '',
    text: 'estimated the number of North Koreans killed or injured at 4,000',
    figures: [f(4000, 4000, '', 'people', 'killed-or-wounded')],
  },
  {
    url: FASTNEWS,
    date: '',
    text: 'since he held rare consecutive heights in 2023 and last June',
    figures: [],
  },
  // KBS World, 4 Jul 2025 (on CNN's report of a Ukrainian assessment).
  {
    url: KBS,
    date: '2025-07-04',
    // A deployment still to come ("is expected to send"), as "could be sent" in the phrase
    // table: possible further troops, not troops already sent in addition.
    text: 'North Korea is expected to send an additional 25-thousand to 30-thousand troops to Russia',
    figures: [f(25000, 30000, 'to', 'troops', 'troops-possible-further')],
  },
  {
    url: KBS,
    date: '2025-07-04',
    // "triple" is 300 % by the vague-quantity rule; no measure of the vocabulary is a growth
    // factor of the force, so the measure is not scored.
    text: 'The deployment would triple the number of North Korean soldiers already sent',
    figures: [f(300, 300, '', '%')],
  },
  {
    url: KBS,
    date: '2025-07-04',
    text: 'following the dispatch of 11-thousand troops last fall',
    figures: [f(11000, 11000, '', 'troops', 'troops-sent')],
  },
  {
    url: KBS,
    date: '2025-07-04',
    // Builders and sappers together (the 6,000 of Shoigu's visit): no one measure, unscored.
    text: 'North Korea would send six-thousand personnel to undertake reconstruction work',
    figures: [f(6000, 6000, '', 'troops')],
  },
  {
    url: KBS,
    date: '2025-07-04',
    text: 'additional troop deployments could begin as early as July',
    figures: [],
  },
  // Chosun Biz, on the NIS at the National Assembly, 26 Jun 2025 (the page prints "the 26th").
  {
    url: CHOSUN_JUN,
    date: '',
    text: 'the timing expected as early as July to August of this year',
    figures: [],
  },
  {
    url: CHOSUN_JUN,
    date: '',
    text: 'attending the Intelligence Committee in the National Assembly on the 26th',
    figures: [],
  },
  {
    url: CHOSUN_JUN,
    date: '',
    text: 'Secretary Shoigu visited North Korea on the 17th',
    figures: [],
  },
  {
    url: CHOSUN_JUN,
    date: '',
    // Engineers and builders together: unscored, as the third and fourth sets do.
    text: 'agreed to send 6,000 North Korean engineering and military construction personnel to the Kursk region',
    figures: [f(6000, 6000, '', 'troops')],
  },
  {
    url: CHOSUN_JUN,
    date: '',
    text: 'when North Korea sent over 11,000 combat troops to Russia',
    figures: [f(11000, 11000, 'over', 'troops', 'troops-sent')],
  },
  {
    url: CHOSUN_JUN,
    date: '',
    // A lead time, no measure an analyst records.
    text: "the preparation period between Secretary Shoigu's visit and the actual dispatch was about a month",
    figures: [],
  },
  {
    url: CHOSUN_JUN,
    date: '',
    text: 'North Korea has supported more than 10 million artillery shells, missiles, and long-range artillery systems to Russia',
    figures: [f(10000000, 10000000, 'more than', 'munitions', 'munitions-supplied')],
  },
  // Vijesti (English edition, on the BBC, Feb 2025; no date printed). Thousands grouped by dots.
  {
    url: VIJESTI,
    date: '',
    text: 'the exact number of additional troops sent was unknown, but South Korean media said they believed it was at least 1.000',
    figures: [f(1000, 1000, 'at least', 'troops', 'troops-additional')],
  },
  {
    url: VIJESTI,
    date: '',
    text: 'redeployed to the Kursk front line in early February "after about a month of lulls."',
    figures: [],
  },
  {
    url: VIJESTI,
    date: '',
    text: 'at least 1.000 of the 11.000 troops sent from North Korea had died in the past three months',
    figures: [
      f(1000, 1000, 'at least', 'people', 'killed'),
      f(11000, 11000, '', 'troops', 'troops-sent'),
    ],
  },
  {
    url: VIJESTI,
    date: '',
    // Ground Ukraine still holds, not what it took: no measure is the remainder, unscored.
    text: 'they still occupy hundreds of square kilometers of Russian territory',
    figures: [f(200, 900, 'hundreds', 'km2')],
  },
  {
    url: VIJESTI,
    date: '',
    text: 'The first reports of North Korean soldiers arrived in October',
    figures: [],
  },
  // United24 Media, on the Moscow Times and Krasnaya Zvezda (Nov 2025; no date printed).
  {
    url: UNITED24_DEMINING,
    date: '',
    text: 'The Moscow Times reported on November 14',
    figures: [],
  },
  {
    url: UNITED24_DEMINING,
    date: '',
    text: 'where Ukrainian forces fought Russian troops for more than six months',
    figures: [],
  },
  {
    url: UNITED24_DEMINING,
    date: '',
    text: 'taking control of over 1,000 square kilometers',
    figures: [f(1000, 1000, 'over', 'km2', 'kursk-ground-seized')],
  },
  {
    url: UNITED24_DEMINING,
    date: '',
    text: 'North Korea sent roughly 10,000 military personnel to Russia in 2024',
    figures: [f(10000, 10000, 'roughly', 'troops', 'troops-sent')],
  },
  {
    url: UNITED24_DEMINING,
    date: '',
    // The 6,000 are sappers and builders together (unscored); the 1,000 are the sappers.
    text: 'agreed to send an additional 6,000 personnel for demining and reconstruction, including 1,000 sappers',
    figures: [f(6000, 6000, '', 'troops'), f(1000, 1000, '', 'troops', 'sappers')],
  },
  {
    url: UNITED24_DEMINING,
    date: '',
    text: 'about 5,000 North Korean construction troops had been moving into Russia in successive groups',
    figures: [f(5000, 5000, 'about', 'troops', 'construction-workers')],
  },
  {
    url: UNITED24_DEMINING,
    date: '',
    text: 'demining the border areas will take more than a year',
    figures: [],
  },
  // Censor.NET, 17 Jun 2025 (citing Interfax on Shoigu).
  {
    url: CENSOR,
    date: '2025-06-17',
    text: 'North Korea will send 1,000 sappers and 5,000 military construction personnel to Russia',
    figures: [
      f(1000, 1000, '', 'troops', 'sappers'),
      f(5000, 5000, '', 'troops', 'construction-workers'),
    ],
  },
  // Freespoke (AP, 24 Jan 2025; the stored page prints no date).
  {
    url: FREESPOKE_AP,
    date: '',
    text: 'last October it sent about 10,000-12,000 troops to Russia',
    figures: [f(10000, 12000, 'about', 'troops', 'troops-sent')],
  },
  // News Minimalist (on the NIS, Feb 2025; no date printed).
  {
    url: NEWSMINIMALIST,
    date: '',
    text: 'The National Intelligence Service is investigating the exact number of additional troops sent',
    figures: [],
  },
  {
    url: NEWSMINIMALIST,
    date: '',
    // The article's reinforcements of January and February: additional troops, though the
    // selection says "deployed" without "additional".
    text: 'between 1,000 and 3,000 North Korean soldiers were deployed to Kursk in January and February',
    figures: [f(1000, 3000, '', 'troops', 'troops-additional')],
  },
  // MENAFN (KUNA, on Yonhap), 23 Dec 2024.
  { url: MENAFN_KUNA, date: '2024-12-23', text: 'TOKYO, Dec 23 (KUNA)', figures: [] },
  {
    url: MENAFN_KUNA,
    date: '2024-12-23',
    text: 'North Korea is believed to have sent thousands of troops to fight for Russia',
    figures: [f(2000, 9000, 'thousands', 'troops', 'troops-sent')],
  },
  {
    url: MENAFN_KUNA,
    date: '2024-12-23',
    text: 'the number of casualties estimated to be around 1,100',
    figures: [f(1100, 1100, 'around', 'people', 'casualties')],
  },
  {
    url: MENAFN_KUNA,
    date: '2024-12-23',
    // Calibres, not quantities.
    text: 'supplying 240 mm rocket launchers and 170 mm self-propelled artillery',
    figures: [],
  },
  // The Epoch Times (Jan 2025; the stored page prints no date).
  {
    url: EPOCH_TIMES,
    date: '',
    // Sent to the region last autumn (a dispatch, said of Pyongyang), not those there now.
    text: 'Pyongyang deployed around 11,000 soldiers to support Moscow’s forces in Russia’s western Kursk region last Autumn',
    figures: [f(11000, 11000, 'around', 'troops', 'troops-sent')],
  },
  {
    url: EPOCH_TIMES,
    date: '',
    text: 'following Russian President Vladimir Putin’s visit to Pyongyang in June 2024',
    figures: [],
  },
  {
    url: EPOCH_TIMES,
    date: '',
    text: 'more than 3,000 North Korean soldiers have been killed or wounded so far',
    figures: [f(3000, 3000, 'more than', 'people', 'killed-or-wounded')],
  },
  {
    url: EPOCH_TIMES,
    date: '',
    text: 'around 300 North Korean soldiers had died and another 2,700 had been injured',
    figures: [f(300, 300, 'around', 'people', 'killed'), f(2700, 2700, '', 'people', 'wounded')],
  },
  { url: EPOCH_TIMES, date: '', text: 'he met with Kim three times overall', figures: [] },
  // Politico Europe, 28 Apr 2025.
  {
    url: POLITICO,
    date: '2025-04-28',
    text: 'The report comes just two days after Valery Gerasimov',
    figures: [],
  },
  {
    url: POLITICO,
    date: '2025-04-28',
    text: 'North Korea dispatched approximately 10,000 to 12,000 troops to Russia last fall',
    figures: [f(10000, 12000, 'approximately', 'troops', 'troops-sent')],
  },
  {
    url: POLITICO,
    date: '2025-04-28',
    text: 'about 4,000 North Korean soldiers had been killed or wounded',
    figures: [f(4000, 4000, 'about', 'people', 'killed-or-wounded')],
  },
  {
    url: POLITICO,
    date: '2025-04-28',
    text: 'a lower estimate of around 1,200 casualties',
    figures: [f(1200, 1200, 'around', 'people', 'casualties')],
  },
  // inkl (Jan 2025; no date printed).
  {
    url: INKL,
    date: '',
    // "a dozen" is 12 (the phrase table's rule), "more than" before it.
    text: 'discovered more than a dozen North Korean soldiers who had been killed in action',
    figures: [f(12, 12, 'more than', 'people', 'killed')],
  },
  {
    url: INKL,
    date: '',
    text: 'confirmed the capture of two North Korean prisoners of war',
    figures: [f(2, 2, '', 'people', 'captured')],
  },
  {
    url: INKL,
    date: '',
    text: 'as many as 12,000 North Korean soldiers have been deployed to Russia',
    figures: [f(12000, 12000, 'as many as', 'troops', 'troops-sent')],
  },
  {
    url: INKL,
    date: '',
    text: 'around 3,000 North Korean soldiers have been casualties since entering the conflict in mid-November',
    figures: [f(3000, 3000, 'around', 'people', 'casualties')],
  },
  // Devdiscourse, on John Kirby (Dec 2024; no date printed).
  {
    url: DEVDISCOURSE_KIRBY,
    date: '',
    text: 'a thousand reported killed or injured in a week',
    figures: [f(1000, 1000, '', 'people', 'killed-or-wounded')],
  },
  {
    url: DEVDISCOURSE_KIRBY,
    date: '',
    text: 'witnessed a thousand North Korean troops either killed or wounded',
    figures: [f(1000, 1000, '', 'people', 'killed-or-wounded')],
  },
  // Nexus News (Jan 2025; no date printed).
  {
    url: NEXUSNEWS,
    date: '',
    text: 'he met Kim Jong Un three times during his first term',
    figures: [],
  },
  {
    url: NEXUSNEWS,
    date: '',
    text: 'reported 300 dead and over 2,700 injured among North Korean soldiers',
    figures: [f(300, 300, '', 'people', 'killed'), f(2700, 2700, 'over', 'people', 'wounded')],
  },
  {
    url: NEXUSNEWS,
    date: '',
    // As printed, a death toll (other reports give 4,000 as killed or wounded): killed.
    text: 'earlier estimates placing the death toll at around 4,000',
    figures: [f(4000, 4000, 'around', 'people', 'killed')],
  },
];
