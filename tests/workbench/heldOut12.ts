/**
 * The twelfth held-out set (issue 22): selections from thirteen more public articles on North
 * Korean troops in Russia (October 2024 – October 2025), none among ../shared/sources,
 * heldOut.ts … heldOut11.ts or devSet.ts (and no repost of one of their articles; of a wire
 * story and its reposts only one rewrite was kept, and none of a wire story already used),
 * found with the library's page search and taken in the order the stored text gives them (not
 * for being easy or hard), every sentence with a figure up to where the stored text stops: a
 * Reuters report on the NIS's December count (The Asahi Shimbun), a Reuters report on the NIS's
 * November briefing (a repost), The Independent on the prisoners (March 2025), RBC-Ukraine on
 * Seoul's offer to take the prisoners, The Kyiv Independent on Syrskyi's year-end count,
 * JoongAng Daily (Yonhap) on the Pentagon's January briefing, a DW-style report on Rutte's
 * confirmation (a repost), KBS News on the first prisoner to ask to defect, Arirang (on
 * NewsLingo) on the JCS's count of the reinforcements, Reuters (on The Frontier Post) on the
 * JCS's January warning, KBS World Radio on the NIS's October count, an AP report on the NIS's
 * June briefing (a repost) and NewsBytes (on CNN) on Ukraine's estimate of a larger deployment.
 * What a reader takes from each was written down before the parser ever ran on them, by someone
 * who had not read the parser's code nor run any held-out, development or phrase test while
 * writing it; it is to be scored once, and the parser is not tuned on it. Only the short
 * selections are stored, with their article's address and date ('' when the stored page does
 * not print one). Where the words do not say whether troops were sent or are there, or no
 * measure of the vocabulary fits a figure (builders and deminers together, troops "introduced"
 * onto the battlefield, shipping containers, pieces of equipment, a possible total in Russia),
 * its measure is left out (not scored), with the reason beside it. A qualifier that opens a
 * sentence is written in lower case, as the approximator list gives it. Vague quantities follow
 * the earlier sets ("thousands" 2,000–9,000, "several hundred" 300–900). Dates, ages ("in his
 * twenties"), ordinals ("the first time"), "one of the soldiers" and "no prisoners" are not
 * figures; "two North Korean soldiers captured" are the captured, as the earlier sets took them.
 */
import { f } from './phrases';
import type { HeldOutRow } from './heldOut';

const ASAHI_REUTERS_100 = 'https://ajw-origin.potaufeu.asahi.com/ajw/articles/15558015';
const TURKIYESCOOP_10900 = 'https://turkiyescoop.com/?p=5754';
const INDEPENDENT_POWS =
  'https://www.independent.co.uk/asia/east-asia/north-korea-prisoners-of-war-ukraine-war-b2717109.html';
const RBC_POWS_OFFER =
  'https://newsukraine.rbc.ua/news/south-korea-to-offer-ukraine-opportunity-1736870519.html';
const KYIV_INDEPENDENT_SYRSKYI =
  'https://kyivindependent.com/russia-has-lost-over-38-000-troops-in-kursk-oblast-syrskyi-says/';
const JOONGANG_RYDER =
  'https://koreajoongangdaily.joins.com/news/2025-01-14/national/diplomacy/Pentagon-warns-of-increased-difficulty-for-Ukraine-as-North-Korean-troops-deploy-to-Russia/2221790';
const BRUSSELS_RUTTE =
  'https://24brussels.online/world/ukraine-updates-nato-says-north-korean-troops-in-russia/';
const KBS_DEFECT = 'https://news.kbs.co.kr/news/pc/view/view.do?ncd=8181439';
const ARIRANG_JCS = 'https://newslingo.site/news/281946';
const FRONTIER_REUTERS_JCS =
  'https://thefrontierpost.com/north-korea-suspected-of-preparing-to-send-more-troops-to-russia-seoul-says/';
const KBS_WORLD_3000 = 'http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=188648';
const SUPREMACY_AP_BUILDERS = 'https://supremacy.info/news/70558';
const NEWSBYTES_30000 =
  'https://www.newsbytesapp.com/news/world/north-korea-to-send-30000-troops-to-bolster-russias-defense/story';

export const HELD_OUT_12: HeldOutRow[] = [
  // Reuters on The Asahi Shimbun, 20 Dec 2024: the NIS's first count of the dead.
  {
    url: ASAHI_REUTERS_100,
    date: '2024-12-20',
    // A date.
    text: "in this undated photo released by North Korea's official Korean Central News Agency on Oct. 16, 2024",
    figures: [],
  },
  {
    url: ASAHI_REUTERS_100,
    date: '2024-12-20',
    text: 'At least 100 North Korean troops deployed to Russia have been killed with another 1,000 injured in combat against Ukrainian forces in intense fighting in the Kursk region',
    figures: [f(100, 100, 'at least', 'people', 'killed'), f(1000, 1000, '', 'people', 'wounded')],
  },
  {
    url: ASAHI_REUTERS_100,
    date: '2024-12-20',
    text: 'The discrepancy in the estimate of the troops killed from that made by a U.S. military official who cited several hundred casualties',
    figures: [f(300, 900, 'several hundred', 'people', 'casualties')],
  },
  // Left out before scoring: the lawmaker's quote on at least 100 deaths and the injured
  // approaching 1,000 is, in almost the same words, a row of the phrase table (a text
  // comparison found it); it is not unseen.

  {
    url: ASAHI_REUTERS_100,
    date: '2024-12-20',
    text: 'There are indications that the North is preparing for additional deployment',
    figures: [],
  },
  {
    url: ASAHI_REUTERS_100,
    date: '2024-12-20',
    // A date.
    text: 'a Russian region where Ukraine launched a cross-border incursion in August',
    figures: [],
  },
  {
    url: ASAHI_REUTERS_100,
    date: '2024-12-20',
    text: 'More than 10,000 North Korean troops have been deployed to help Russia in the war, according to U.S. and South Korean officials',
    figures: [f(10000, 10000, 'more than', 'troops', 'troops-sent')],
  },
  {
    url: ASAHI_REUTERS_100,
    date: '2024-12-20',
    // Shipping containers are not a count of shells or weapons: no measure; unscored.
    text: 'Pyongyang has also shipped more than 10,000 containers of artillery rounds, anti-tank rockets as well as mechanized howitzers and rocket launchers',
    figures: [f(10000, 10000, 'more than', null)],
  },
  // Reuters, reposted (no date printed), Nov 2024: the NIS's briefing on the troops in Kursk.
  {
    url: TURKIYESCOOP_10900,
    date: '',
    // Deployed to Kursk: sent (as the earlier sets took "deployed to Kursk").
    text: 'Around 10,900 North Korean troops have been deployed to Kursk as part of Russia‘s airborne unit and marines',
    figures: [f(10900, 10900, 'around', 'troops', 'troops-sent')],
  },
  {
    url: TURKIYESCOOP_10900,
    date: '',
    // A time.
    text: 'North Korean foreign minister Choe Son Hui’s meeting with Russian President Vladimir Putin during her visit to Moscow this month was unusual in terms of protocol',
    figures: [],
  },
  {
    url: TURKIYESCOOP_10900,
    date: '',
    text: 'The spy agency is still trying to determine the exact number of North Korean troop casualties',
    figures: [],
  },
  {
    url: TURKIYESCOOP_10900,
    date: '',
    // A possible total in Russia, neither troops there now nor further troops on top: no
    // measure fits; unscored.
    text: 'the number of North Korean troops stationed inside Russia could grow to 100,000',
    figures: [f(100000, 100000, '', 'troops')],
  },
  // The Independent (no date printed), Mar 2025: Seoul and Kyiv on the prisoners.
  {
    url: INDEPENDENT_POWS,
    date: '',
    text: 'Ukraine estimates that North Korea deployed nearly 11,000 soldiers to aid Russia’s war effort',
    figures: [f(11000, 11000, 'nearly', 'troops', 'troops-sent')],
  },
  {
    url: INDEPENDENT_POWS,
    date: '',
    text: 'Ukrainian president Volodymyr Zelensky said his forces had killed or wounded about 4,000 North Korean soldiers in Kursk',
    figures: [f(4000, 4000, 'about', 'people', 'killed-or-wounded')],
  },
  {
    url: INDEPENDENT_POWS,
    date: '',
    // A date.
    text: 'the Russian border region which Ukrainian forces entered last August in their only significant counterattack into Russian territory',
    figures: [],
  },
  {
    url: INDEPENDENT_POWS,
    date: '',
    text: 'In January, Mr Zelensky said his forces had captured two wounded North Korean soldiers from the Kursk battlefield',
    figures: [f(2, 2, '', 'people', 'captured')],
  },
  {
    url: INDEPENDENT_POWS,
    date: '',
    // "one of the soldiers" picks one of the two, not a count.
    text: 'He shared a video showing one of the soldiers expressing a desire to stay in Ukraine',
    figures: [],
  },
  // RBC-Ukraine (no date printed), Jan 2025: Seoul ready to take the prisoners.
  {
    url: RBC_POWS_OFFER,
    date: '',
    text: "commenting on Ukrainian President Volodymyr Zelenskyy's remarks about two North Korean soldiers captured in the Kursk region",
    figures: [f(2, 2, '', 'people', 'captured')],
  },
  {
    url: RBC_POWS_OFFER,
    date: '',
    // "no North Korean prisoners" is no count.
    text: 'no North Korean prisoners have yet expressed a desire to be transferred to South Korea',
    figures: [],
  },
  {
    url: RBC_POWS_OFFER,
    date: '',
    // A time; the first time is an ordinal.
    text: 'Last week, Ukrainian soldiers captured two North Korean military personnel for the first time',
    figures: [f(2, 2, '', 'people', 'captured')],
  },
  {
    url: RBC_POWS_OFFER,
    date: '',
    text: 'North Korea has sent around 11,000 soldiers to fight in Ukraine',
    figures: [f(11000, 11000, 'around', 'troops', 'troops-sent')],
  },
  {
    url: RBC_POWS_OFFER,
    date: '',
    text: 'Approximately 300 have already been killed, and around 2,700 have been wounded',
    figures: [
      f(300, 300, 'approximately', 'people', 'killed'),
      f(2700, 2700, 'around', 'people', 'wounded'),
    ],
  },
  // The Kyiv Independent, 1 Jan 2025: Syrskyi's count of Russia's losses in Kursk.
  {
    url: KYIV_INDEPENDENT_SYRSKYI,
    date: '2025-01-01',
    // The headline; troops "lost" as below.
    text: 'Russia has lost over 38,000 troops in Kursk Oblast, Syrskyi says',
    figures: [f(38000, 38000, 'over', 'people', 'ru-killed-or-wounded')],
  },
  {
    url: KYIV_INDEPENDENT_SYRSKYI,
    date: '2025-01-01',
    // A date.
    text: "Commander-in-Chief Oleksandr Syrskyi during filming of the documentary 'The Year', at an unspecified location in Ukraine, Feb. 10, 2023",
    figures: [],
  },
  {
    url: KYIV_INDEPENDENT_SYRSKYI,
    date: '2025-01-01',
    // Troops "lost" beside a separate count of those captured: Russia's killed or wounded.
    // Pieces of equipment: no measure; unscored.
    text: "The Russian army has lost over 38,000 troops and more than 1,000 pieces of equipment since the beginning of Ukraine's incursion into Russia's Kursk Oblast",
    figures: [
      f(38000, 38000, 'over', 'people', 'ru-killed-or-wounded'),
      f(1000, 1000, 'more than', null),
    ],
  },
  {
    url: KYIV_INDEPENDENT_SYRSKYI,
    date: '2025-01-01',
    text: 'Over 700 servicemen from the Russian military were captured during the Ukrainian incursion',
    figures: [f(700, 700, 'over', 'people', 'ru-captured')],
  },
  {
    url: KYIV_INDEPENDENT_SYRSKYI,
    date: '2025-01-01',
    text: "It doesn't matter whether they have Russian or North Korean passports",
    figures: [],
  },
  {
    url: KYIV_INDEPENDENT_SYRSKYI,
    date: '2025-01-01',
    // "Aug. 6" is a date.
    text: 'Ukraine began its surprise incursion into Kursk Oblast on Aug. 6, capturing about 1,300 square kilometers of territory',
    figures: [f(1300, 1300, 'about', 'km2', 'kursk-ground-seized')],
  },
  {
    url: KYIV_INDEPENDENT_SYRSKYI,
    date: '2025-01-01',
    text: 'Ukrainian forces have lost control of about half of the initially captured territory',
    figures: [f(50, 50, 'about', '%', 'kursk-share-retaken')],
  },
  {
    url: KYIV_INDEPENDENT_SYRSKYI,
    date: '2025-01-01',
    // Stationed in the region: present. "since August" is a time.
    text: 'Russia has also stationed approximately 12,000 North Korean soldiers in the region since August',
    figures: [f(12000, 12000, 'approximately', 'troops', 'troops-present')],
  },
  {
    url: KYIV_INDEPENDENT_SYRSKYI,
    date: '2025-01-01',
    // "Dec. 23" is a date.
    text: 'President Volodymyr Zelensky said on Dec. 23 that more than 3,000 North Korean soldiers have been killed or injured since their deployment in Kursk Oblast',
    figures: [f(3000, 3000, 'more than', 'people', 'killed-or-wounded')],
  },
  // JoongAng Daily (Yonhap), 14 Jan 2025: Ryder's briefing.
  {
    url: JOONGANG_RYDER,
    date: '2025-01-14',
    text: 'the deployment of North Korean troops to a Russian front-line region makes the fighting',
    figures: [],
  },
  {
    url: JOONGANG_RYDER,
    date: '2025-01-14',
    // Introduced onto the battlefield: the words do not say whether sent or there now;
    // unscored.
    text: 'Russia is known to be making incremental gains on the battlefield with the introduction of some 12,000 troops',
    figures: [f(12000, 12000, 'some', 'troops')],
  },
  {
    url: JOONGANG_RYDER,
    date: '2025-01-14',
    // As above: unscored.
    text: 'As evidenced by the fact that Russia was able to introduce 12,000 DPRK forces onto the battlefield',
    figures: [f(12000, 12000, '', 'troops')],
  },
  {
    url: JOONGANG_RYDER,
    date: '2025-01-14',
    text: 'Asked to comment on North Korean casualties, the spokesperson mentioned more than 1,000 casualties',
    figures: [f(1000, 1000, 'more than', 'people', 'casualties')],
  },
  {
    url: JOONGANG_RYDER,
    date: '2025-01-14',
    text: "South Korea's National Intelligence Service told lawmakers on Monday that at least 300 North Korean soldiers have been killed, with some 2,700 others injured",
    figures: [
      f(300, 300, 'at least', 'people', 'killed'),
      f(2700, 2700, 'some', 'people', 'wounded'),
    ],
  },
  // A repost (DW's wording; no date printed), 28 Oct 2024: Rutte confirms the deployment.
  {
    url: BRUSSELS_RUTTE,
    date: '',
    text: 'NATO’s Mark Rutte said the deployment of North Korean troops is a sign of “growing desperation” in the Kremlin after over 600,000 Russian forces have been killed or wounded in Ukraine',
    figures: [f(600000, 600000, 'over', 'people', 'ru-killed-or-wounded')],
  },
  {
    url: BRUSSELS_RUTTE,
    date: '',
    text: '“Today, I can confirm that North Korean troops have been sent to Russia, and that North Korean military units have been deployed to the Kursk region,” Rutte told reporters',
    figures: [],
  },
  {
    url: BRUSSELS_RUTTE,
    date: '',
    // A date.
    text: 'Ukrainian forces had launched launched in August a major offensive and captured territory in the southern Russian region',
    figures: [],
  },
  // Left out before scoring: Rutte's "Over 600,000 Russian soldiers have been killed or
  // wounded …" is a selection of the seventh set (the set's repeat check found it).

  {
    url: BRUSSELS_RUTTE,
    date: '',
    // A date.
    text: 'noting a joint security pact last signed by Moscow and Pyongyang in June',
    figures: [],
  },
  // KBS News, 20 Feb 2025: the first prisoner to ask to go to the South.
  {
    url: KBS_DEFECT,
    date: '2025-02-20',
    // An age; "One of" picks one, not a count; "the first time" is an ordinal.
    text: 'One of the North Korean soldiers in his twenties captured by Ukraine in Russia, has for the first time expressed a desire to defect to South Korea',
    figures: [],
  },
  {
    url: KBS_DEFECT,
    date: '2025-02-20',
    // A time.
    text: "One of the North Korean soldiers in his twenties captured by Ukraine in Russia's Kursk last month said that he wants to defect to South Korea",
    figures: [],
  },
  {
    url: KBS_DEFECT,
    date: '2025-02-20',
    text: 'The government is willing to accept all North Korean POWs if they want to defect to South Korea',
    figures: [],
  },
  // Arirang on NewsLingo, 27 Mar 2025: the JCS on the reinforcements.
  {
    url: ARIRANG_JCS,
    date: '2025-03-27',
    text: 'N. Korea sent at least 3,000 more troops to Russia earlier this year: JCS',
    figures: [f(3000, 3000, 'at least', 'troops', 'troops-additional')],
  },
  {
    url: ARIRANG_JCS,
    date: '2025-03-27',
    // "this past January and February" is a time.
    text: 'North Korea dispatched at least three-thousand additional soldiers to Russia this past January and February',
    figures: [f(3000, 3000, 'at least', 'troops', 'troops-additional')],
  },
  {
    url: ARIRANG_JCS,
    date: '2025-03-27',
    text: 'North Korea continues to supply Russia with critical ammunition including short-range ballistic missiles',
    figures: [],
  },
  {
    url: ARIRANG_JCS,
    date: '2025-03-27',
    text: "Japan's Diplomatic Bluebook for this year",
    figures: [],
  },
  // Reuters on The Frontier Post (its page prints 1 Jan 2025, kept as printed; the story is
  // of late January 2025):
  // the JCS on a further deployment.
  {
    url: FRONTIER_REUTERS_JCS,
    date: '2025-01-01',
    // A duration.
    text: 'As four months have passed for the dispatch of troops for the Russia-Ukraine war, and multiple casualties and captives have occurred',
    figures: [],
  },
  {
    url: FRONTIER_REUTERS_JCS,
    date: '2025-01-01',
    // "This month" is a time.
    text: 'This month, Ukrainian President Volodymyr Zelenskiy said two North Korean soldiers had been captured in Russia’s Kursk region',
    figures: [f(2, 2, '', 'people', 'captured')],
  },
  // Left out before scoring: Reuters' standing sentence on the 11,000 deployed, nearly word
  // for word a row of the fifth set (a text comparison found it); it is not unseen.

  {
    url: FRONTIER_REUTERS_JCS,
    date: '2025-01-01',
    text: 'More than 3,000 have been killed or wounded, according to Kyiv',
    figures: [f(3000, 3000, 'more than', 'people', 'killed-or-wounded')],
  },
  {
    url: FRONTIER_REUTERS_JCS,
    date: '2025-01-01',
    // A date.
    text: 'The escalating cooperation comes after Putin’s visit to Pyongyang in June 2024',
    figures: [],
  },
  // KBS World Radio (no date printed), 23 Oct 2024: the NIS on the first 3,000.
  {
    url: KBS_WORLD_3000,
    date: '',
    // Sent so far; the ten thousand by December is a projection.
    text: 'The National Intelligence Service(NIS) says North Korea sent some three-thousand troops to Russia so far, with the total likely to climb to around ten-thousand by December',
    figures: [
      f(3000, 3000, 'some', 'troops', 'troops-sent'),
      f(10000, 10000, 'around', 'troops', 'troops-sent-expected'),
    ],
  },
  {
    url: KBS_WORLD_3000,
    date: '',
    text: 'the head of the spy agency further presented credible intelligence that a total of ten-thousand troops will be deployed by December',
    figures: [f(10000, 10000, '', 'troops', 'troops-sent-expected')],
  },
  {
    url: KBS_WORLD_3000,
    date: '',
    text: 'Moscow was currently recruiting a large number of Korean-language translators within the Russian military',
    figures: [],
  },
  // AP, reposted (no date printed), Jun 2025: the NIS on the builders and deminers.
  {
    url: SUPREMACY_AP_BUILDERS,
    date: '',
    // Builders and deminers together: unscored (as the earlier sets did). "July or August" is
    // a time.
    text: "North Korea is expected to deploy thousands of military construction workers and deminers to Russia's Kursk region, potentially as early as July or August",
    figures: [f(2000, 9000, 'thousands', 'troops')],
  },
  {
    url: SUPREMACY_AP_BUILDERS,
    date: '',
    text: 'Kim agreed to send 1,000 sappers and 5,000 military construction workers to assist in rebuilding the war-affected area',
    figures: [
      f(1000, 1000, '', 'troops', 'sappers'),
      f(5000, 5000, '', 'troops', 'construction-workers'),
    ],
  },
  {
    url: SUPREMACY_AP_BUILDERS,
    date: '',
    // A duration.
    text: "the dispatch of combat troops last year occurred approximately one month after Shoigu's visit",
    figures: [],
  },
  {
    url: SUPREMACY_AP_BUILDERS,
    date: '',
    // A date.
    text: "Reports indicate that North Korean and Russian soldiers collaborated to repel a Ukrainian incursion into Russia's Kursk border region in April",
    figures: [],
  },
  {
    url: SUPREMACY_AP_BUILDERS,
    date: '',
    // Sent last fall, and more on top earlier this year; the hyphen prints no qualifier.
    text: 'South Korea, the U.S., and Ukraine estimate that approximately 10,000-12,000 troops were sent last fall, with an additional 3,000-4,000 deployed earlier this year',
    figures: [
      f(10000, 12000, 'approximately', 'troops', 'troops-sent'),
      f(3000, 4000, '', 'troops', 'troops-additional'),
    ],
  },
  // NewsBytes, 3 Jul 2025 (on CNN): Ukraine's intelligence on a larger deployment.
  {
    url: NEWSBYTES_30000,
    date: '2025-07-03',
    // Planned, on top of those sent: additional troops.
    text: 'North Korea is reportedly planning to send up to 30,000 additional troops to Russia',
    figures: [f(30000, 30000, 'up to', 'troops', 'troops-additional')],
  },
  {
    url: NEWSBYTES_30000,
    date: '2025-07-03',
    // "last November" is a date.
    text: 'This would be in addition to the initial deployment of 11,000 North Korean troops sent last November',
    figures: [f(11000, 11000, '', 'troops', 'troops-sent')],
  },
  {
    url: NEWSBYTES_30000,
    date: '2025-07-03',
    text: "A ship associated with last year's deployments was seen at a Russian port",
    figures: [],
  },
  {
    url: NEWSBYTES_30000,
    date: '2025-07-03',
    // "1st" is an ordinal.
    text: 'Thousands of soldiers killed or injured in 1st troop deployment',
    figures: [f(2000, 9000, 'thousands', 'people', 'killed-or-wounded')],
  },
  {
    url: NEWSBYTES_30000,
    date: '2025-07-03',
    // "in April" is a date; "first" an ordinal.
    text: "North Korea's first troop deployment, which was confirmed by Russian President Vladimir Putin in April, saw around 4,000 soldiers killed or injured",
    figures: [f(4000, 4000, 'around', 'people', 'killed-or-wounded')],
  },
];
