/**
 * The seventh held-out set (issue 22): selections from twelve more public articles on North
 * Korean troops in Russia (October 2024 – June 2025), none among ../shared/sources,
 * heldOut.ts … heldOut6.ts or devSet.ts (and no repost of one of their articles; of a wire
 * story and its reposts only one was kept), found with the library's page search and taken in
 * the order the stored text gives them (not for being easy or hard) while another change to
 * the parser was under way. What a reader takes from each was written down before the parser
 * ever ran on them, by someone who had not read the parser's code nor run any held-out,
 * development or phrase test while writing it; it is to be scored once, after that change is
 * merged, and the parser is not tuned on it. Only the short selections are stored, with their
 * article's address and date ('' when the stored page does not print one). Where a figure
 * could be troops sent, present or additional and the selection does not say which, its
 * measure is left out (not scored), with the reason beside it. A qualifier that opens a
 * sentence is written in lower case, as the approximator list gives it; "between" is not on
 * that list and so is no qualifier.
 */
import { f } from './phrases';
import type { HeldOutRow } from './heldOut';

const PRESSTRENDLINE = 'https://presstrendline.com/?p=26960';
const REPUBLIC_WORLD =
  'https://www.republicworld.com/amp/world-news/north-korean-soldiers-run-for-shelter-after-being-hunted-by-ukraine-drones';
const RFA = 'https://rfa.org/english/korea/2024/12/18/ukraine-soldier-interview-north-korea';
const NEWSER =
  'https://www.newser.com/story/362331/zelensky-ukraine-has-2-north-korean-soldiers.html';
const MUNICH_EYE =
  'https://themunicheye.com/ukrainian-president-confirms-north-korean-soldiers-captured-7597';
const DEVDISCOURSE_SWAP =
  'https://www.devdiscourse.com/article/politics/3222383-zelenskiy-proposes-swap-north-korean-troops-for-ukrainian-prisoners';
const YAHOO_BBC = 'https://ca.news.yahoo.com/zelensky-offers-exchange-north-korean-201835158.html';
const UPDAY =
  'https://www.upday.com/uk/about-4-700-north-korea-soldiers-killed-or-wounded-fighting-for-russia';
const UNN_APR =
  'https://unn.ua/en/news/about-600-north-korean-soldiers-died-in-battles-for-russia-in-ukraine-seoul';
const NY_SUN =
  'https://nys-website-next.vercel.app/article/kim-jong-un-to-send-more-troops-to-bolster-russian-forces-bogged-down-in-ukraine';

const ESPRESO =
  'https://global.espreso.tv/russia-ukraine-war-north-korean-troops-pull-back-from-kursk-due-to-heavy-losses-media';
const A2NEWS =
  'https://a2news.mediadesk.ai/english/rajoni-bota/bota/kemi-dy-jave-pa-i-pare-ushtaret-e-korese-se-veriut-u-terhoqen-n-i1139318';

export const HELD_OUT_7: HeldOutRow[] = [
  // Presstrendline (The Sun, on the Pentagon and NATO, late Oct 2024; no date printed).
  {
    url: PRESSTRENDLINE,
    date: '',
    text: 'KIM JONG-UN has sent Russia 10,000 troops to help them fight against Ukraine',
    figures: [f(10000, 10000, '', 'troops', 'troops-sent')],
  },
  {
    url: PRESSTRENDLINE,
    date: '',
    // Russia's own losses, killed and wounded (the NATO figure quoted further down).
    text: 'Putin has now suffered over 600,000 casualties as Ukraine fights to valiantly defend itself',
    figures: [f(600000, 600000, 'over', 'people', 'ru-killed-or-wounded')],
  },
  {
    url: PRESSTRENDLINE,
    date: '',
    // "several weeks" is a time, not a figure.
    text: 'Putin has been sent around 10,000 troops to be trained up before being deployed in the Kursk region in “the next several weeks,”',
    figures: [f(10000, 10000, 'around', 'troops', 'troops-sent')],
  },
  {
    url: PRESSTRENDLINE,
    date: '',
    text: 'Nato also confirmed North Korean soldiers have been verified as entering into Russia earlier today',
    figures: [],
  },
  {
    url: PRESSTRENDLINE,
    date: '',
    text: '“Over 600,000 Russian soldiers have been killed or wounded in Putin’s war',
    figures: [f(600000, 600000, 'over', 'people', 'ru-killed-or-wounded')],
  },
  {
    url: PRESSTRENDLINE,
    date: '',
    // Diplomats at a briefing: no quantity of the war.
    text: 'briefed the alliance’s 32 national ambassadors at Nato headquarters',
    figures: [],
  },
  // Republic World, 24 Dec 2024.
  {
    url: REPUBLIC_WORLD,
    date: '2024-12-24',
    // "three-day" is a time, not a figure.
    text: 'The video claims Ukrainian soldiers have killed 77 and wounded as many as 40 North Korean soldiers over a three-day period of fighting in the region',
    figures: [f(77, 77, '', 'people', 'killed'), f(40, 40, 'as many as', 'people', 'wounded')],
  },
  {
    url: REPUBLIC_WORLD,
    date: '2024-12-24',
    // "destroyed" soldiers are the killed; "One" crew and the "8th" regiment are no figures.
    text: 'One Ukrainian SOF FPV crew from 8th Regiment has destroyed 77 North Koreans over a period of three days in Kursk region',
    figures: [f(77, 77, '', 'people', 'killed')],
  },
  {
    url: REPUBLIC_WORLD,
    date: '2024-12-24',
    text: 'There are already over three thousand wounded and killed North Korean soldiers in the Kursk region',
    figures: [f(3000, 3000, 'over', 'people', 'killed-or-wounded')],
  },
  {
    url: REPUBLIC_WORLD,
    date: '2024-12-24',
    text: 'so far North Korean troops were involved only in the fighting in the Kursk region',
    figures: [],
  },
  {
    url: REPUBLIC_WORLD,
    date: '2024-12-24',
    // Russian drones launched at Ukraine: no quantity of the North Korean deployment, nor
    // munitions supplied.
    text: 'Last night, the Russians used more than a hundred attack drones against our country',
    figures: [],
  },
  // Radio Free Asia, 18 Dec 2024 (the date from the address).
  {
    url: RFA,
    date: '2024-12-18',
    text: 'Around 50 North Korean soldiers were killed in a battle against Ukrainian army drones in the Kursk region this week',
    figures: [f(50, 50, 'around', 'people', 'killed')],
  },
  {
    url: RFA,
    date: '2024-12-18',
    text: 'The video, shared by Ukraine’s 8th Special Operations Regiment on Facebook, showed a drone attack in the battle fought on Monday',
    figures: [],
  },
  {
    url: RFA,
    date: '2024-12-18',
    // One assault group seen by one soldier: neither the troops sent nor those present in
    // Russia; unscored.
    text: '“I think nearly 200 (North Korean soldiers) came to our position,”',
    figures: [f(200, 200, 'nearly', 'troops')],
  },
  // Newser (on the Washington Post and AP), 11 Jan 2025.
  {
    url: NEWSER,
    date: '2025-01-11',
    text: 'Ukraine has captured two wounded North Korean soldiers who were fighting along with Russian forces in Kursk',
    figures: [f(2, 2, '', 'people', 'captured')],
  },
  {
    url: NEWSER,
    date: '2025-01-11',
    text: 'since a force of thousands was deployed to Russia last fall',
    figures: [f(2000, 9000, 'thousands', 'troops', 'troops-sent')],
  },
  {
    url: NEWSER,
    date: '2025-01-11',
    // The two prisoners again, one by one: no new figure.
    text: "One man's jaw was bandaged, and the other had bandages around his hands and wrists",
    figures: [],
  },
  // The Munich Eye (Jan 2025; no date printed).
  {
    url: MUNICH_EYE,
    date: '',
    text: 'Ukrainian President Volodymyr Zelensky has confirmed the capture of two North Korean soldiers in the Russian region of Kursk',
    figures: [f(2, 2, '', 'people', 'captured')],
  },
  {
    url: MUNICH_EYE,
    date: '',
    text: 'one of the captured soldiers claimed during interrogation that he was unaware he was being sent to a war zone',
    figures: [],
  },
  {
    url: MUNICH_EYE,
    date: '',
    text: 'This incident marks not the first instance of Zelensky reporting the capture of North Korean soldiers',
    figures: [],
  },
  {
    url: MUNICH_EYE,
    date: '',
    text: 'Estimates suggest that North Korea has dispatched approximately 12,000 troops to Russia',
    figures: [f(12000, 12000, 'approximately', 'troops', 'troops-sent')],
  },
  // Devdiscourse (Reuters), on Zelensky's offer of a swap (Jan 2025; no date printed).
  {
    url: DEVDISCOURSE_SWAP,
    date: '',
    text: 'He confirmed the capture of two North Korean soldiers and indicated more captures are expected',
    figures: [f(2, 2, '', 'people', 'captured')],
  },
  {
    url: DEVDISCOURSE_SWAP,
    date: '',
    text: "Zelenskiy revealed on Saturday the capture of two North Korean soldiers in Russia's Kursk region, marking the first such capture",
    figures: [f(2, 2, '', 'people', 'captured')],
  },
  {
    url: DEVDISCOURSE_SWAP,
    date: '',
    text: 'Estimates suggest around 11,000 North Korean soldiers are supporting Russian forces in the region',
    figures: [f(11000, 11000, 'around', 'troops', 'troops-present')],
  },
  {
    url: DEVDISCOURSE_SWAP,
    date: '',
    // The two under interrogation are the two captured.
    text: 'A video posted by Zelenskiy shows the interrogation of two soldiers claiming to be from North Korea',
    figures: [f(2, 2, '', 'people', 'captured')],
  },
  // Yahoo News Canada (BBC), 12 Jan 2025.
  {
    url: YAHOO_BBC,
    date: '2025-01-12',
    text: 'he is willing to hand over two captured soldiers from North Korea back to their home country',
    figures: [f(2, 2, '', 'people', 'captured')],
  },
  {
    url: YAHOO_BBC,
    date: '2025-01-12',
    text: 'Ukraine said on Saturday that the men were captured on 9 January',
    figures: [],
  },
  {
    url: YAHOO_BBC,
    date: '2025-01-12',
    // The two men held in Kyiv are the two captured.
    text: 'The Security Service of Ukraine (SBU) said the two men are in Kyiv and receiving medical care',
    figures: [f(2, 2, '', 'people', 'captured')],
  },
  {
    url: YAHOO_BBC,
    date: '2025-01-12',
    text: 'one of the soldiers had a Russian military ID card issued in the name of another person',
    figures: [],
  },
  {
    url: YAHOO_BBC,
    date: '2025-01-12',
    text: "some of North Korea's combat units had one-week interoperability training",
    figures: [],
  },
  // Upday UK (on the NIS briefing), 30 Apr 2025.
  {
    url: UPDAY,
    date: '2025-04-30',
    text: 'An estimated 4,700 North Korean soldiers have been killed or wounded',
    figures: [f(4700, 4700, 'an estimated', 'people', 'killed-or-wounded')],
  },
  {
    url: UPDAY,
    date: '2025-04-30',
    text: 'The assessment came two days after North Korea confirmed for the first time',
    figures: [],
  },
  {
    url: UPDAY,
    date: '2025-04-30',
    text: 'North Korea had suffered 4,700 casualties, including 600 deaths',
    figures: [f(4700, 4700, '', 'people', 'casualties'), f(600, 600, '', 'people', 'killed')],
  },
  {
    url: UPDAY,
    date: '2025-04-30',
    text: '2,000 injured North Korean soldiers were repatriated to North Korea by air or train between January and March',
    figures: [f(2000, 2000, '', 'people', 'wounded-repatriated')],
  },
  {
    url: UPDAY,
    date: '2025-04-30',
    // "another" here is more wounded beside the dead, not more troops.
    text: 'about 300 North Korean soldiers had died and another 2,700 had been injured',
    figures: [f(300, 300, 'about', 'people', 'killed'), f(2700, 2700, '', 'people', 'wounded')],
  },
  {
    url: UPDAY,
    date: '2025-04-30',
    text: 'the South Korean military increased the estimated casualties to 4,000 last month',
    figures: [f(4000, 4000, '', 'people', 'casualties')],
  },
  // UNN (on Yonhap), 30 Apr 2025.
  {
    url: UNN_APR,
    date: '2025-04-30',
    text: 'About 600 North Korean soldiers are believed to have died fighting for Russia against Ukraine',
    figures: [f(600, 600, 'about', 'people', 'killed')],
  },
  {
    url: UNN_APR,
    date: '2025-04-30',
    text: 'more than 4,000 North Korean soldiers were also wounded',
    figures: [f(4000, 4000, 'more than', 'people', 'wounded')],
  },
  {
    url: UNN_APR,
    date: '2025-04-30',
    text: 'North Korea sent about 15,000 soldiers to Russia, and there were about 4,700 casualties, including about 600 deaths',
    figures: [
      f(15000, 15000, 'about', 'troops', 'troops-sent'),
      f(4700, 4700, 'about', 'people', 'casualties'),
      f(600, 600, 'about', 'people', 'killed'),
    ],
  },
  {
    url: UNN_APR,
    date: '2025-04-30',
    text: 'North Korea transferred its troops to Russia in two stages',
    figures: [],
  },
  {
    url: UNN_APR,
    date: '2025-04-30',
    text: 'at least 300 North Korean soldiers sent to Russia had been killed and about 2,700 wounded',
    figures: [
      f(300, 300, 'at least', 'people', 'killed'),
      f(2700, 2700, 'about', 'people', 'wounded'),
    ],
  },
  {
    url: UNN_APR,
    date: '2025-04-30',
    // Civilian labourers, not troops: no measure of the vocabulary; unscored.
    text: 'about 15,000 North Korean workers will be sent to Russia',
    figures: [f(15000, 15000, 'about', 'people')],
  },
  // The New York Sun (on the NIS and NHK, late Jun 2025; no date printed).
  {
    url: NY_SUN,
    date: '',
    // Soldiers and builders together, still to come: no one measure; unscored.
    text: 'the deployment of several thousand soldiers and military construction personnel near the Ukrainian border',
    figures: [f(3000, 9000, 'several thousand', 'troops')],
  },
  {
    url: NY_SUN,
    date: '',
    text: 'more than three years after Russian troops invaded the country in February 2022',
    figures: [],
  },
  {
    url: NY_SUN,
    date: '',
    text: 'when the Russian visited Pyongyang for the first anniversary on June 19 of the signing of a security pact',
    figures: [],
  },
  {
    url: NY_SUN,
    date: '',
    // Builders and sappers together (the 6,000 of Shoigu's visit): no one measure, unscored.
    text: 'Mr. Kim had decided to send 6,000 troops to help rebuild the western Russian region of Kursk',
    figures: [f(6000, 6000, '', 'troops')],
  },
  {
    url: NY_SUN,
    date: '',
    text: 'The force, said NHK, will include 1,000 sappers tasked with removing mines in the Kursk region',
    figures: [f(1000, 1000, '', 'troops', 'sappers')],
  },
  {
    url: NY_SUN,
    date: '',
    text: 'The remaining 5,000 were described as “military builders”',
    figures: [f(5000, 5000, '', 'troops', 'construction-workers')],
  },
  // Espreso (on the New York Times, late Jan 2025; no date printed).
  {
    url: ESPRESO,
    date: '',
    text: 'The North Korean troops have not been seen on the front line for about two weeks, officials said',
    figures: [],
  },
  {
    url: ESPRESO,
    date: '',
    // The year as printed (the troops came in 2024).
    text: 'In November 2023, about 11,000 North Korean soldiers arrived in Russia to fight against Ukraine',
    figures: [f(11000, 11000, 'about', 'troops', 'troops-sent')],
  },
  {
    url: ESPRESO,
    date: '',
    // Half the force gone: the share lost, though "half" stands before neither "of" nor "the".
    text: 'in three months, the number of North Koreans decreased by half',
    figures: [f(50, 50, '', '%', 'share-of-force-lost')],
  },
  // A2 News (AFP, late Jan 2025; no date printed).
  {
    url: A2NEWS,
    date: '',
    text: 'Over the past three weeks, we have not seen or detected any armed activity or clashes with the North Koreans',
    figures: [],
  },
  {
    url: A2NEWS,
    date: '',
    // Deployed to the region since October: the count sent so far.
    text: 'North Korea has deployed about 11,000 troops to the Kursk region since last October',
    figures: [f(11000, 11000, 'about', 'troops', 'troops-sent')],
  },
];
