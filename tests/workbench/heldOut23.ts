/**
 * The twenty-third held-out set (issue 22): selections from fourteen more public articles on
 * North Korean troops in Russia's war against Ukraine, October 2024 to June 2025, from sites whose
 * domain name (after any "www.", "m.", "en.", "english." prefix) starts with a letter from n to z
 * (the twenty-second set, written at the same time by another writer, takes the other letters):
 * - Red Censor (AP): a defector of the "Storm Corps" on the young soldiers sent, October 2024;
 * - News Hoth (Al Jazeera): the Pentagon's 10,000, October 2024;
 * - News Finale (Fox News on Reuters): soldiers who blow themselves up rather than be taken, and
 *   the first two prisoners, January 2025;
 * - RMX News: Zelensky's 3,000 and Kirby's "human waves", December 2024;
 * - News 247: the North Koreans in the fall of the Kursk salient, March 2025;
 * - 112.ua (TV UA edition): Seoul's Defense Ministry on 200 long-range guns, February 2025;
 * - WION (a video's text): North Korean artillery and a strike on Sumy;
 * - OODA Loop (The New York Times): several thousand arrive in Kursk, October 2024;
 * - KBS World: Budanov on the first group heading to Kursk, October 2024;
 * - Real News Wire Network: Zelensky on the North Koreans back at the front, February 2025;
 * - The Moscow Times (AFP): the same, February 2025;
 * - Politico Europe: the Kremlin's first acknowledgement, April 2025;
 * - SOFX: Gerasimov's claim of all of Kursk, April 2025;
 * - Redlib (a Reddit front end, quoting a Korean outlet): Shoigu's 6,000 builders and
 *   engineers and a total of 21,000, June 2025.
 * They were found with the library's page search (English pages only; queries on casualties,
 * deployments, intelligence estimates, prisoners, withdrawals, ceremonies, weapons and the
 * engineers) and taken in the order the search gave them, not for being easy or hard, every
 * sentence with a number up to where the stored text stops. None is among ../shared/sources, the
 * addresses used by the earlier sets or the twenty-second set's list, and none is a repost or
 * rewrite of one of their articles. Passed over: pages in other languages; every page of the n–z
 * letters already used (Spokesman-Review, Tribune South Africa, NK News on July, The News SG,
 * Newschatspot, United24 twice, The Star, The Politician, Swedenherald, Phnewlook, Vesti, Voz, RFA,
 * the NK News Shoigu story, KBS World's 195464, the Korean site of the shared sources); RBC-Ukraine's
 * Reuters story of 19 December 2024 (the shared Ukrainska Pravda retells it); Vista News 24 (a
 * garbled rewrite of the AP story the shared Millennium Post prints); KBS World's 192754 (a
 * second KBS report of the briefing a shared source covers: in doubt, passed over); TDPel Media
 * (a rewrite of Pravda.ru's story, used); the New York Times' story of the troops taken off the
 * front as retold by Meduza, KBS World (190646), The Defense News and RBC-Ukraine (Espreso's
 * retelling was used by set 7); Newsportalnp's retelling of The Times on shells (Swedenherald's
 * retelling was used); AFP's story of the 2,000 dead (Standard Media, 8pm News and mirrors: the
 * shared Moscow Times story of that day is its rewrite); AP's story of the builders "as early as
 * July or August" (uat.apnews.com; a repost was used by set 12); of Reuters' story on the soldiers
 * who blow themselves up only Fox's retelling, first in the search, was kept (Timeline Daily,
 * The Buzzing Hub, HIC and News Finale's second address of the same page were passed over); The
 * Moscow Times' retelling of the BBC's 1,000 dead (the shared UNN source retells the same report);
 * amp.newser.com (its name starts with "a" under the prefix rule); NK News on Gerasimov (its
 * stored text carries no number); a search-engine page of headlines; webjosh.com (used by the
 * development set).
 * What a reader takes from each was written down before the parser ever ran on them, by someone
 * who had not read the parser's code nor run any held-out, development or phrase test while
 * writing it; it is to be scored once, and the parser is not tuned on it. Only the short
 * selections are stored, with their article's address and date ('' when the stored page does not
 * print one).
 * Conventions, as in the earlier sets: vague quantities read "thousands" 2,000–9,000, "several
 * thousand" 3,000–9,000, "hundreds" 200–900, "several" 3–9, "more than a dozen" 12. A count
 * stated as a claim is a figure, also when the article said it before; a number that only points
 * back inside a noun phrase ("some of the 10,000 North Korean soldiers sent", "one of the
 * soldiers") is not. Guns supplied are munitions supplied. Where the words do not decide a measure
 * (the dead of both armies together; men per unit; a share of soldiers' pay; an area in square
 * miles) the measure is left out (not scored), with the reason beside it. Dates, years, ages,
 * durations ("three weeks", "nearly eight months"), ordinals ("the first group"), counts of
 * occasions or places ("twice", "several operations", "dozens of border settlements"), money, a
 * telephone number, unit and aircraft names ("the 11th Army", "Su-35S") and a distance are not
 * figures.
 */
import { f } from './phrases';
import type { HeldOutRow } from './heldOut';

const REDCENSOR_AP_DEFECTOR = 'https://redcensor.com/?p=38158';
const NEWSHOTH_PENTAGON =
  'https://newshoth.com/world/pentagon-claims-north-korea-dispatched-10-000-troops-to-assist-russian-combat-effort-in-ukraine';
const NEWSFINALE_SUICIDE =
  'https://newsfinale.com/us/north-korean-soldiers-in-russia-resort-to-suicide-amid-capture-of-first-pows-by-ukraine';
const RMX_HUMAN_WAVES =
  'https://rmx.news/ukraine/north-koreans-serve-as-human-waves-as-putin-determined-to-retake-kursk';
const NEWS247_KURSK = 'https://news-247.top/n/1861050';
const TV112_ARTILLERY =
  'https://tv-ua.112.ua/en/seul-kndr-postavila-rosii-artilerijski-sistemi-ta-boepripasi-54633';
const WION_SUMY =
  'https://www.wionews.com/videos/north-korea-dispatched-long-range-artillery-to-russia-report-8967020';
const OODALOOP_ARRIVE =
  'https://www.oodaloop.com/briefs/2024/10/28/north-korean-troops-assemble-in-russias-kursk-region-u-s-officials-say/';
const KBS_BUDANOV = 'http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=188628';
const REALNEWSWIRE_BACK = 'https://realnewswirenetwork.com/?p=5476';
const MOSCOWTIMES_BACK =
  'https://www.themoscowtimes.com/2025/02/07/zelensky-says-north-korean-troops-back-on-russian-front-line-a87915';
const POLITICO_KREMLIN =
  'https://www.politico.eu/article/kremlin-claims-complete-liberation-kursk-admits-north-korea-assistance-ukraine-war/';
const SOFX_GERASIMOV =
  'https://www.sofx.com/russia-confirms-presence-of-north-korean-troops-in-ukraine-claims-retaking-kursk-region/';
const REDLIB_SHOIGU = 'https://redlib.privhub.space/r/Ukraine';

export const HELD_OUT_23: HeldOutRow[] = [
  // Red Censor (AP; no date printed): a defector on the young soldiers sent.
  {
    url: REDCENSOR_AP_DEFECTOR,
    date: '',
    text: 'North Korea has reportedly dispatched thousands of young soldiers to Russia to assist in the fight against Ukraine, including elite special forces personnel.',
    figures: [f(2000, 9000, 'thousands', 'troops', 'troops-sent')],
  },
  {
    url: REDCENSOR_AP_DEFECTOR,
    date: '',
    // A year; "Storm Corps" is a unit's name.
    text: 'Lee Woong-gil, who served in the North Korean special forces “Storm Corps” and defected to South Korea in 2007, added.',
    figures: [],
  },
  {
    url: REDCENSOR_AP_DEFECTOR,
    date: '',
    // "the coming weeks" is a time.
    text: 'This week, the Pentagon announced that North Korea has sent around 10,000 soldiers to Russia, who could potentially engage in combat with Ukraine in the coming weeks.',
    figures: [f(10000, 10000, 'around', 'troops', 'troops-sent')],
  },
  {
    url: REDCENSOR_AP_DEFECTOR,
    date: '',
    // Those of the 10,000 moved up to the front line: there now, a part of those sent.
    // Unsure: "have been deployed to" may also be read as sent.
    text: 'The South Korean presidential office disclosed that over 3,000 North Korean soldiers have been deployed to the western front line of Russia.',
    figures: [f(3000, 3000, 'over', 'troops', 'troops-present')],
  },
  {
    url: REDCENSOR_AP_DEFECTOR,
    date: '',
    // A unit's name.
    text: 'The North Korean “Storm Corps,” also known as the 11th Army, is one of Kim Jong-un’s elite forces.',
    figures: [],
  },
  {
    url: REDCENSOR_AP_DEFECTOR,
    date: '',
    // Years.
    text: 'Lee Woong-gil, who served in the “Storm Corps” from 1998 to 2003, recalled that despite relatively better treatment in his unit, many still suffered from malnutrition and contracted tuberculosis.',
    figures: [],
  },
  {
    url: REDCENSOR_AP_DEFECTOR,
    date: '',
    // Money.
    text: 'This defector mentioned that the average monthly salary for ordinary North Korean workers and soldiers is less than $1, forcing many to engage in capitalist market activities to make a living.',
    figures: [],
  },
  {
    url: REDCENSOR_AP_DEFECTOR,
    date: '',
    // Money.
    text: 'It is estimated that Russia will cover all expenses related to the deployment of the North Korean troops, including their salaries, with observers estimating a minimum monthly salary of $2,000 per person.',
    figures: [],
  },
  {
    url: REDCENSOR_AP_DEFECTOR,
    date: '',
    // The share of the soldiers' pay (kept by the state, the stored text stops here): a share,
    // but of money, no measure fits; unscored.
    text: 'around 90% to 95% of the allowances',
    figures: [f(90, 95, 'around', '%')],
  },
  // News Hoth (Al Jazeera; no date printed): the Pentagon's 10,000.
  {
    url: NEWSHOTH_PENTAGON,
    date: '',
    // The headline, as printed.
    text: 'Pentagon claims North Korea dispatched 10,000 troops to assist Russian combat effort in Ukraine.',
    figures: [f(10000, 10000, '', 'troops', 'troops-sent')],
  },
  {
    url: NEWSHOTH_PENTAGON,
    date: '',
    text: 'an estimated 10,000 North Korean troops have been sent to Russia to train and fight against Ukraine',
    figures: [f(10000, 10000, 'an estimated', 'troops', 'troops-sent')],
  },
  {
    url: NEWSHOTH_PENTAGON,
    date: '',
    // The earlier US count of those sent (to train in Russia). "some of the 10,000 ... sent"
    // points back at the 10,000 already counted.
    text: 'From an initial US estimate of 3,000 troops last week, some of the 10,000 North Korean soldiers sent to eastern Russia for training have advanced to the Ukrainian border, Pentagon spokesman Sabrina Singh said on Monday.',
    figures: [f(3000, 3000, '', 'troops', 'troops-sent')],
  },
  // News Finale (Fox News on Reuters; no date printed): death rather than capture.
  {
    url: NEWSFINALE_SUICIDE,
    date: '',
    // A helpline's telephone numbers.
    text: 'If you or someone you know is having thoughts of suicide, please contact the Suicide & Crisis Lifeline at 988 or 1-800-273-TALK (8255).',
    figures: [],
  },
  {
    url: NEWSFINALE_SUICIDE,
    date: '',
    // The dead found after one battle ("one who was still alive" is one man's story).
    text: 'Following a battle this week, Ukrainian special forces reportedly scoured the snowy terrain where more than a dozen North Korean soldiers lay slain before they came upon one who was still alive.',
    figures: [f(12, 12, 'more than', 'people', 'killed')],
  },
  {
    url: NEWSFINALE_SUICIDE,
    date: '',
    // The first time this article numbers the prisoners.
    text: 'In a Sunday post on X, Zelenskyy shared a video of the two captured North Korean soldiers receiving medical attention and being questioned about what they knew before they found themselves embroiled in the front-line-fight.',
    figures: [f(2, 2, '', 'people', 'captured')],
  },
  {
    url: NEWSFINALE_SUICIDE,
    date: '',
    // "One of the soldiers" points back at the two.
    text: 'One of the soldiers said he did not know he was going to war against Ukraine to aid Russia, and instead believed he and his troops were being sent for training exercises.',
    figures: [],
  },
  {
    url: NEWSFINALE_SUICIDE,
    date: '',
    // A date and a duration.
    text: 'However, by Jan. 3, one of the soldiers found himself in an active operation and witnessed North Korean soldiers dying before he hid in a dugout for two days.',
    figures: [],
  },
  {
    url: NEWSFINALE_SUICIDE,
    date: '',
    text: 'He was found on Jan. 5.',
    figures: [],
  },
  // RMX News (no date printed): Zelensky's 3,000 and the "human waves".
  {
    url: RMX_HUMAN_WAVES,
    date: '',
    text: 'According to Ukrainian President Volodymyr Zelensky, at least 3,000 North Korean soldiers were killed or wounded in the Kursk region of Russia, where Ukraine invaded this past August.',
    figures: [f(3000, 3000, 'at least', 'people', 'killed-or-wounded')],
  },
  {
    url: RMX_HUMAN_WAVES,
    date: '',
    // Those storming positions now: there. Unsure: the words do not say sent or present
    // outright.
    text: 'aside from the thousands of North Korean soldiers storming Ukrainian positions, Moscow is deploying its best military equipment to ensure Russian victories in Kursk',
    figures: [f(2000, 9000, 'thousands', 'troops', 'troops-present')],
  },
  {
    url: RMX_HUMAN_WAVES,
    date: '',
    // An aircraft's name; "several operations" counts occasions.
    text: 'Recent video from the Russian Ministry of Defense shows the highly maneuverable Su-35S carrying out several operations in the area.',
    figures: [],
  },
  // News 247 (no date printed): the fall of the salient, March 2025.
  {
    url: NEWS247_KURSK,
    date: '',
    // Men per unit on each side, a ratio, not a force's size: no measure; unscored.
    text: 'Oleksii, the commander of a Ukrainian communications unit fighting in Kursk, told The New York Times that they are outnumbered by six men against 50 North Koreans in each unit.',
    figures: [f(6, 6, '', 'troops'), f(50, 50, '', 'troops')],
  },
  {
    url: NEWS247_KURSK,
    date: '',
    // Deployed in Russia in all: the count sent. "since January" is a time.
    text: 'It is estimated that around 12,000 North Koreans have been deployed in Russia since January.',
    figures: [f(12000, 12000, 'around', 'troops', 'troops-sent')],
  },
  {
    url: NEWS247_KURSK,
    date: '',
    text: 'More than 300 of them have been killed and over 2,700 injured as of January.',
    figures: [
      f(300, 300, 'more than', 'people', 'killed'),
      f(2700, 2700, 'over', 'people', 'wounded'),
    ],
  },
  {
    url: NEWS247_KURSK,
    date: '',
    // The ground Ukraine took, but in square miles (the vocabulary's is km2): unscored.
    text: "They had secured a bridgehead of 200 square miles surrounding Sudzha town of Russia last year, taking Putin's troops by surprise.",
    figures: [f(200, 200, '', 'mi2')],
  },
  {
    url: NEWS247_KURSK,
    date: '',
    text: 'The Pyongyang troops have helped Moscow take back more than 60 per cent of the land occupied by Kyiv.',
    figures: [f(60, 60, 'more than', '%', 'kursk-share-retaken')],
  },
  {
    url: NEWS247_KURSK,
    date: '',
    text: 'Ukraine had earlier killed several North Korean soldiers and could only capture two of them alive.',
    figures: [f(3, 9, 'several', 'people', 'killed'), f(2, 2, '', 'people', 'captured')],
  },
  {
    url: NEWS247_KURSK,
    date: '',
    // A year.
    text: 'Ryu Seong-hyeon, a former sergeant in the North Korean military who defected to South Korea in 2019, told ABC News that the soldiers have been told that their families would be executed if they are caught alive.',
    figures: [],
  },
  // 112.ua, TV UA edition (no date printed): Seoul's Defense Ministry on the guns.
  {
    url: TV112_ARTILLERY,
    date: '',
    // Guns provided to Russia: weapons supplied (as set 20 took the same 200).
    text: 'The South Korean Ministry of Defense reported that North Korea provided Russia with 200 units of long-range artillery and is likely planning to send more troops and weapons to support the Russian war against Ukraine.',
    figures: [f(200, 200, '', 'munitions', 'munitions-supplied')],
  },
  {
    url: TV112_ARTILLERY,
    date: '',
    text: '(North Korea - ed.) has provided about 11,000 servicemen, missiles, 200 units of long-range artillery, and a significant amount of ammunition',
    figures: [
      f(11000, 11000, 'about', 'troops', 'troops-sent'),
      f(200, 200, '', 'munitions', 'munitions-supplied'),
    ],
  },
  {
    url: TV112_ARTILLERY,
    date: '',
    // "double the pace" is a rate of weapons work, no count.
    text: 'The ministry also reported that they expect North Korea to double the pace of development of sophisticated weapons this year, such as nuclear submarines, spy satellites, and solid-fuel intercontinental ballistic missiles.',
    figures: [],
  },
  // WION (a video's text; no date printed).
  {
    url: WION_SUMY,
    date: '',
    // A distance; "one of its deadliest strikes" counts no one.
    text: "Russia launched one of its deadliest strikes on Ukraine's Sumy city which is located just 25 kilometers away from Russian border.",
    figures: [],
  },
  // OODA Loop (The New York Times), 28 October 2024: several thousand in Kursk.
  {
    url: OODALOOP_ARRIVE,
    date: '2024-10-28',
    // Arrived in Kursk and about to fight: there now (as set 16 read the same words).
    text: 'Several thousand North Korean soldiers have arrived in Russia’s western Kursk region, where they are expected to participate in a coming counteroffensive against Ukraine.',
    figures: [f(3000, 9000, 'several thousand', 'troops', 'troops-present')],
  },
  // KBS World (October 2024, as printed): Budanov on the first group.
  {
    url: KBS_BUDANOV,
    date: '2024-10',
    // An ordinal; "as early as Wednesday" is a time.
    text: 'The head of Ukraine’s intelligence authorities said the first group of North Korean troops is expected to arrive in Russia’s Kursk region as early as Wednesday to support Russia’s war against Ukraine.',
    figures: [],
  },
  // Real News Wire Network (no date printed): back at the front, February 2025.
  {
    url: REALNEWSWIRE_BACK,
    date: '',
    // "enemy soldiers": Russians and North Koreans together: no one party's measure; unscored.
    text: 'According to Zelenskyy, “hundreds” of enemy soldiers have been killed in the ongoing clashes.',
    figures: [f(200, 900, 'hundreds', 'people')],
  },
  {
    url: REALNEWSWIRE_BACK,
    date: '',
    text: 'Reports suggest that Pyongyang dispatched over 10,000 soldiers last year to support Russia’s military efforts in Ukraine.',
    figures: [f(10000, 10000, 'over', 'troops', 'troops-sent')],
  },
  {
    url: REALNEWSWIRE_BACK,
    date: '',
    // A year.
    text: 'The battle for Toretsk is part of a broader struggle for dominance in the resource-rich Donbas region, which has been a focal point of the conflict since 2014.',
    figures: [],
  },
  // The Moscow Times (AFP), 7 February 2025: back at the front.
  {
    url: MOSCOWTIMES_BACK,
    date: '2025-02-07',
    text: 'More than 10,000 soldiers from the reclusive state were sent to Russia last year to help it fight back a shock Ukrainian offensive into the border region, according to South Korean and Western intelligence.',
    figures: [f(10000, 10000, 'more than', 'troops', 'troops-sent')],
  },
  {
    url: MOSCOWTIMES_BACK,
    date: '2025-02-07',
    // A duration.
    text: 'A Ukrainian military spokesman told AFP last Friday that Kyiv had not encountered activity or clashes with North Korean troops for three weeks.',
    figures: [],
  },
  {
    url: MOSCOWTIMES_BACK,
    date: '2025-02-07',
    // The "destroyed" of both armies together: no one party's measure; unscored.
    text: 'We are talking about hundreds of Russian and North Korean soldiers',
    figures: [f(200, 900, 'hundreds', 'people')],
  },
  {
    url: MOSCOWTIMES_BACK,
    date: '2025-02-07',
    // Settlements counted (places), a time and an ordinal.
    text: 'Kyiv captured dozens of border settlements in its Kursk assault six months ago, the first time a foreign army had crossed into Russian territory since World War II.',
    figures: [],
  },
  // Politico Europe, 26 April 2025: the Kremlin's first acknowledgement.
  {
    url: POLITICO_KREMLIN,
    date: '2025-04-26',
    // Fighting for Moscow in the region: there. "the first time" is an ordinal.
    text: 'It’s the first time the Kremlin has acknowledged the estimated 11,000 North Korean troops fighting for Moscow in the region.',
    figures: [f(11000, 11000, 'estimated', 'troops', 'troops-present')],
  },
  // SOFX (no date printed): Gerasimov's claim of all of Kursk.
  {
    url: SOFX_GERASIMOV,
    date: '',
    // A duration.
    text: 'General Valery Gerasimov, Chief of the General Staff of the Russian Armed Forces, reported to President Vladimir Putin on Saturday that the last village held by Ukrainian troops has now been recaptured nearly eight months after Kyiv’s unexpected incursion.',
    figures: [],
  },
  {
    url: SOFX_GERASIMOV,
    date: '',
    text: 'South Korean intelligence previously estimated that about 11,000 North Korean soldiers had been deployed to support Russia.',
    figures: [f(11000, 11000, 'about', 'troops', 'troops-sent')],
  },
  // Redlib (a Reddit front end quoting a Korean outlet; no date printed): Shoigu's 6,000.
  {
    url: REDLIB_SHOIGU,
    date: '',
    // Announced: the engineers (sappers) and the builders. "June 17" is a date.
    text: 'On June 17, Russian media reported that North Korea will dispatch 1,000 military engineers and 5,000 construction personnel to aid in the reconstruction of Russia’s Kursk region.',
    figures: [
      f(1000, 1000, '', 'troops', 'sappers'),
      f(5000, 5000, '', 'troops', 'construction-workers'),
    ],
  },
  {
    url: REDLIB_SHOIGU,
    date: '',
    // The first deployment and the reinforcements of January and February ("4,000 more").
    text: 'Previously, North Korea had deployed 11,000 combat troops in October of last year and 4,000 more between January and February of this year to support Russia’s war in Ukraine.',
    figures: [
      f(11000, 11000, '', 'troops', 'troops-sent'),
      f(4000, 4000, '', 'troops', 'troops-additional'),
    ],
  },
  {
    url: REDLIB_SHOIGU,
    date: '',
    // The total sent once the builders and engineers are there: a projection of those sent.
    // Unsure: it counts workers with the combat troops.
    text: 'Including the new group of engineers and laborers, North Korea will have sent a total of 21,000 personnel to support Russia',
    figures: [f(21000, 21000, '', 'troops', 'troops-sent-expected')],
  },
  {
    url: REDLIB_SHOIGU,
    date: '',
    // A date (the year as printed).
    text: 'a southern Russian territory that was temporarily captured by Ukraine during a counteroffensive in August 2023 but has since been largely reclaimed by Russian forces',
    figures: [],
  },
  {
    url: REDLIB_SHOIGU,
    date: '',
    // A count of visits (occasions) and dates.
    text: 'Sergey Shoigu has visited Pyongyang twice this month alone—on the 4th and again on the 17th.',
    figures: [],
  },
];
