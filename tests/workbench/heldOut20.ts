/**
 * The twentieth held-out set (issue 22): selections from fourteen more public articles on North
 * Korean troops in Russia's war, October 2024 to June 2025: the first 1,500 in the Far East and
 * Seoul's 10,000 to 12,000 by December, the six officers killed near Donetsk, the NIS's 10,900 and
 * the workers, the JCS's 1,100 casualties, the two prisoners, the troops off the front in January,
 * the 200 guns sent in February, Pyongyang's first admission in April and British intelligence's
 * 4,000 and 6,000 casualties. None is among ../shared/sources, the addresses used by the
 * earlier sets or the phrase table's sources, and none is a repost or rewrite of one of their
 * articles. Only outlets whose domain (after "www.", "m.", "en.", "english.") starts with a
 * letter a–m or a digit were taken; another writer takes the rest. They were found with the
 * library's page search (English pages only) and taken in the order the search gave them (not for
 * being easy or hard), every sentence with a number up to where the stored text stops:
 * O-Abroad Korea on the first 1,500 in training, Liberty in North Korea's blog on the prisoners,
 * Dong-A Ilbo, Caliber.Az and MENAFN (Bloomberg) on Britain's 6,000 casualties, CNA (AFP) on the
 * six officers killed near Donetsk, 112.ua on Britain's 4,000 and the BBC's thousand dead,
 * Caliber.Az on the NIS's word that the troops left the front, The Kyiv Independent on the 200
 * long-range guns, Banglanews24 on Pyongyang's first admission, Evrim Ağacı on the JCS's 1,100,
 * Korea News Digest (Yonhap) on the NIS's 10,900 and the generals who may move to the front,
 * HNGN (AFP) on the "large-scale" deployment and Conflict Watcher (The Times) on the prisoners.
 * Passed over: pages that only list other outlets' stories (a Bing news topic, a tag page of
 * Horizons Cottages, a category page of ABC17 News and of Akamai Daily News, a SyFeed feed item, an
 * Inforeader reading view); an RFE/RL video page whose stored text prints no number; a Firstpost
 * story of March 2024 on shells, before the deployment; KBS World's radio report of the NIS
 * briefing of 30 April 2025 (the same KBS report as one of ../shared/sources, in other words);
 * Korea Herald's Yonhap story on the Pentagon's "several hundred", a retelling of the Reuters
 * report that pages an earlier set used (Caliber.Az, Novaya Gazeta) seem to retell; KBS World's and
 * Flux Daily's retellings of The New York Times and the BBC on the troops taken off the front (as
 * set 19 passed over LaPresse's); Euromaidan Press's retelling of Budanov's interview with The War
 * Zone, whose retelling by The Kyiv Independent an earlier set used; A News's AFP story on more
 * troops sent in February 2025 and Jurnal Time's on the JCS's 1,100, both possibly the wire story
 * an earlier set used in another outlet's reprint; Daily News Hub 365's spun reprint of Reuters on
 * the Pentagon's 10,000 (apparently the story of OnlineTuner's page, used); Daily8's reprint of the
 * Bloomberg story MENAFN carries (MENAFN came first); and Human Online's retelling of the same
 * admission story as Banglanews24. Caliber.Az's page on the troops off the front quotes the NIS's
 * statement of 4 February whose opening words the development set holds from Al Jazeera's own
 * story; only the quotation's end was selected. The "Read also" headlines printed under 112.ua's
 * story are not the article's and were left out.
 * What a reader takes from each was written down before the parser ever ran on them, by someone
 * who had not read the parser's code nor run any held-out, development or phrase test while
 * writing it; it is to be scored once, and the parser is not tuned on it. Only the short
 * selections are stored, with their article's address and date ('' when the stored page does not
 * print one, even where the address carries one).
 * A claim is a figure each time a sentence states it, also when the article said it before; a
 * number that only points back at people already counted ("these two sides", "one" of two
 * prisoners) is not. Whose figure follows whose people are counted: all the dead, wounded and
 * prisoners here are North Korean. Where the words do not decide a measure (a sentence that says
 * 4,000 "died" and a quarter of them "fell", a share of the losses rather than of the force) or no
 * measure fits (civilian workers, shipping containers), the measure is left out (not scored), with
 * the reason beside it. Vague quantities follow the earlier sets ("hundreds" 200–900, "several
 * hundred" 300–900, "thousands" 2,000–9,000, "several thousand" 3,000–9,000, "tens of thousands"
 * 20,000–90,000, "dozens" 24–96, "several" 3–9; of these only "thousands" occurs here as a figure)
 * and "millions" is 2,000,000–9,000,000; "half" is 50 %, "a third" 33 %, "a quarter" 25 %; "6,000+"
 * keeps its "+" as the qualifier printed. Guns and shells are figures with the measure
 * munitions-supplied where the words say they were provided or supplied to Russia. Dates, years,
 * durations ("three weeks", "in three months", "a few days"), ordinals ("the first anniversary", "a
 * second transport operation", "its seventh nuclear test"), counts of places or words ("several
 * Russian military bases", "over 100 military terms"), money, distances, unit names and a scale of
 * likelihood ("80 to 90 percent") are not figures.
 */
import { f } from './phrases';
import type { HeldOutRow } from './heldOut';

const OABROAD_1500 =
  'https://kor.news.o-abroad.com/~/politics/79259-en-north-korean-troops-sent-for-training-in-russia.html';
const LINK_POWS =
  'https://libertyinnorthkorea.org/blog/north-korean-soldiers-in-russia-ukraine-war?bb7dccd8_page=25';
const DONGA_6000 = 'https://www.donga.com/en/article/all/20250617/5666191/1';
const CNA_OFFICERS =
  'https://www.channelnewsasia.com/east-asia/north-korean-soldiers-highly-likely-killed-ukraine-seoul-4665101';
const UA112_4000 =
  'https://112.ua/en/britanska-rozvidka-nazvala-kilkist-ubitih-soldativ-kndr-na-kursini-52943';
const CALIBER_6000 =
  'https://caliber.az/en/post/british-intel-north-korea-suffers-6-000-casualties-supporting-russia-in-kursk';
const MENAFN_BLOOMBERG_6000 =
  'https://menafn.com/1109677808/UK-Intelligence-Estimates-6000-North-Korean-Casualties-In-Kursk';
const CALIBER_WITHDRAW =
  'https://caliber.az/en/post/north-korean-troops-withdraw-from-russia-s-front-lines-amid-heavy-casualties';
const KYIVINDEPENDENT_ARTILLERY =
  'https://kyivindependent.com/north-korea-sends-200-long-range-artillery-units-to-russia-seoul-says';
const BANGLANEWS_ADMITS = 'https://banglanews24.com/english/international/news/bd/173697.details';
const EVRIMAGACI_JCS =
  'https://evrimagaci.org/tpg/north-korean-casualties-soar-amid-ukraine-conflict-108048';
const KOREANEWSDIGEST_10900 =
  'https://www.koreanewsdigest.com/2nd-ld-some-n-korean-generals-troops-in-russia-might-move-to-front-line-spy-agency/';
const HNGN_LARGE_SCALE =
  'http://hngn.com/articles/263422/20241018/n-korea-sending-large-scale-troop-deployment-russia-seoul-spy-agency-says.htm';
const CONFLICTWATCHER_POWS =
  'https://conflictwatcher.com/north-korean-pows-in-ukraine-awed-by-basic-comforts,7116023991748737a';

export const HELD_OUT_20: HeldOutRow[] = [
  // O-Abroad Korea (no date printed): the first troops in training, October 2024.
  {
    url: OABROAD_1500,
    date: '',
    // Receiving instruction in Russia now: those there.
    text: 'It is estimated that around 3,000 North Korean soldiers are receiving instruction in Russia before their deployment in Ukraine.',
    figures: [f(3000, 3000, 'around', 'troops', 'troops-present')],
  },
  {
    url: OABROAD_1500,
    date: '',
    text: 'the National Intelligence Service of South Korea has detected that North Korea has sent a total of 1,500 soldiers to Russia, with plans to send up to 10,000 soldiers by December.',
    figures: [
      f(1500, 1500, '', 'troops', 'troops-sent'),
      f(10000, 10000, 'up to', 'troops', 'troops-sent-expected'),
    ],
  },
  {
    url: OABROAD_1500,
    date: '',
    // A count of places.
    text: 'These North Korean soldiers are believed to be distributed across several Russian military bases and are being trained.',
    figures: [],
  },
  // Liberty in North Korea's blog (no date printed): the prisoners and the reinforcements.
  {
    url: LINK_POWS,
    date: '',
    text: "More recently, there have been media interviews with two North Korean POWs' being held in Ukraine and reports of additional reinforcements being sent to Russia.",
    figures: [f(2, 2, '', 'people', 'captured')],
  },
  {
    url: LINK_POWS,
    date: '',
    // "the first reports" is an ordinal.
    text: 'Since the first reports of this unprecedented deployment of over 10,000 North Korean troops to a foreign war',
    figures: [f(10000, 10000, 'over', 'troops', 'troops-sent')],
  },
  // Dong-A Ilbo (no date printed; 17 June 2025 in its address): Britain's 6,000.
  {
    url: DONGA_6000,
    date: '',
    // "June 15" is a date.
    text: 'British Defense Intelligence on June 15 estimated that more than 6,000 North Korean troops have likely been killed or wounded while fighting in Russia.',
    figures: [f(6000, 6000, 'more than', 'people', 'killed-or-wounded')],
  },
  {
    url: DONGA_6000,
    date: '',
    text: 'A report posted on X by the UK Ministry of Defense stated that “DPRK forces have highly likely sustained more than 6,000 casualties in offensive combat operations against Ukrainian forces in the Russian oblast of Kursk.”',
    figures: [f(6000, 6000, 'more than', 'people', 'casualties')],
  },
  {
    url: DONGA_6000,
    date: '',
    // The casualties as a share of those first sent.
    text: 'This number accounts for over half of the approximately 11,000 North Korean troops originally deployed to the area, the report added.',
    figures: [
      f(50, 50, 'over', '%', 'share-of-force-lost'),
      f(11000, 11000, 'approximately', 'troops', 'troops-sent'),
    ],
  },
  {
    url: DONGA_6000,
    date: '',
    text: 'South Korea’s Joint Chiefs of Staff had reported in March that about 4,000 North Korean troops were killed or injured in Russia last year.',
    figures: [f(4000, 4000, 'about', 'people', 'killed-or-wounded')],
  },
  {
    url: DONGA_6000,
    date: '',
    text: 'Pyongyang sent an additional 3,000 personnel in January and February this year, according to the JCS.',
    figures: [f(3000, 3000, '', 'troops', 'troops-additional')],
  },
  {
    url: DONGA_6000,
    date: '',
    // A scale of likelihood, no quantity of the war.
    text: 'British Defense Intelligence uses “highly likely” to indicate a probability of 80 to 90 percent and “almost certainly” for 95 to 100 percent likelihood.',
    figures: [],
  },
  {
    url: DONGA_6000,
    date: '',
    text: 'The report also addressed Russian Security Council Secretary Sergei Shoigu’s visit to Pyongyang on June 4.',
    figures: [],
  },
  // CNA (AFP), 8 October 2024: Seoul's defence chief on the officers killed near Donetsk.
  {
    url: CNA_OFFICERS,
    date: '2024-10-08',
    // "some" gives no number; "Oct 8" is a date.
    text: "with some believed already killed and more expected to be sent, Seoul's defence chief said on Tuesday (Oct 8)",
    figures: [],
  },
  {
    url: CNA_OFFICERS,
    date: '2024-10-08',
    // "Oct 3" is a date.
    text: 'Ukrainian media reported this weekend that six North Korean military officers were killed in a Ukrainian missile attack on Russian-occupied territory near Donetsk on Oct 3.',
    figures: [f(6, 6, '', 'people', 'killed')],
  },
  // 112.ua (no date printed): Britain's 4,000 and the BBC's thousand dead, January 2025.
  {
    url: UA112_4000,
    date: '',
    // The 4,000 are said to have "died", yet only a quarter of them "fell": the words do not
    // decide between the dead and all losses; unscored. The quarter is a share of those losses,
    // not of the force; unscored.
    text: 'According to the UK Ministry of Defense, around 4,000 people have already died, approximately a quarter of whom fell on the battlefield.',
    figures: [f(4000, 4000, 'around', 'people'), f(25, 25, 'approximately', '%')],
  },
  {
    url: UA112_4000,
    date: '',
    text: 'These losses represent more than a third of the total number of North Korean troops in the Kursk region.',
    figures: [f(33, 33, 'more than', '%', 'share-of-force-lost')],
  },
  {
    url: UA112_4000,
    date: '',
    // Two parties, not a count of people.
    text: 'These two sides do not speak the same language',
    figures: [],
  },
  {
    url: UA112_4000,
    date: '',
    text: 'According to military media reports, the total number of losses among North Korean troops in the Kursk region is around 4,000 people, including the killed, wounded, missing, and captured.',
    figures: [f(4000, 4000, 'around', 'people', 'casualties-all')],
  },
  {
    url: UA112_4000,
    date: '',
    text: 'According to BBC Ukraine, nearly a thousand soldiers have died.',
    figures: [f(1000, 1000, 'nearly', 'people', 'killed')],
  },
  {
    url: UA112_4000,
    date: '',
    // Deployed for the operations in the region: those there.
    text: 'especially considering that military operations in the Kursk region are deployed for about 11,000 servicemen',
    figures: [f(11000, 11000, 'about', 'troops', 'troops-present')],
  },
  {
    url: UA112_4000,
    date: '',
    // "mid-April 2025" is a date; the 12,000 are those in the region.
    text: 'According to forecasts by ISW analysts, if North Korean losses continue at such a high level, by mid-April 2025, all 12,000 North Korean servicemen in the Kursk region could be lost or injured.',
    figures: [f(12000, 12000, '', 'troops', 'troops-present')],
  },
  // Caliber.Az (no date printed): Britain's 6,000, June 2025.
  {
    url: CALIBER_6000,
    date: '',
    // "6,000+": the "+" is the qualifier as printed.
    text: 'British intel: North Korea suffers 6,000+ casualties supporting Russia in Kursk',
    figures: [f(6000, 6000, '+', 'people', 'casualties')],
  },
  {
    url: CALIBER_6000,
    date: '',
    // The share of those deployed lost (killed, wounded or missing); "June 15" is a date.
    text: 'More than half of the North Korean soldiers deployed to Russia’s Kursk region have been killed, wounded, or gone missing as a result of combat operations against Ukraine, according to a British Ministry of Defence intelligence report released on June 15.',
    figures: [f(50, 50, 'more than', '%', 'share-of-force-lost')],
  },
  {
    url: CALIBER_6000,
    date: '',
    text: 'The report, cited by Caliber.Az, estimates that over 6,000 of the approximately 11,000 North Korean military personnel sent to the area have become casualties.',
    figures: [
      f(6000, 6000, 'over', 'people', 'casualties'),
      f(11000, 11000, 'approximately', 'troops', 'troops-sent'),
    ],
  },
  {
    url: CALIBER_6000,
    date: '',
    // A date, an ordinal and a duration.
    text: 'on June 4, Russian Security Council Secretary and former Defence Minister Sergei Shoigu visited North Korea for the second time in three months.',
    figures: [],
  },
  // MENAFN (Bloomberg), 16 June 2025: Britain's 6,000.
  {
    url: MENAFN_BLOOMBERG_6000,
    date: '2025-06-16',
    text: 'UK Intelligence Estimates 6,000 North Korean Casualties In Kursk',
    figures: [f(6000, 6000, '', 'people', 'casualties')],
  },
  {
    url: MENAFN_BLOOMBERG_6000,
    date: '2025-06-16',
    text: 'The number amounts to more than half of the 11,000 North Korean troops initially deployed to the Kursk region, the UK Defence Ministry said in a post on the X social media platform.',
    figures: [
      f(50, 50, 'more than', '%', 'share-of-force-lost'),
      f(11000, 11000, '', 'troops', 'troops-sent'),
    ],
  },
  {
    url: MENAFN_BLOOMBERG_6000,
    date: '2025-06-16',
    // An ordinal; no number of soldiers is given.
    text: "North Korea acknowledged for the first time in April that it deployed troops to support Russia but didn't confirm the number of soldiers dispatched or the level of casualties.",
    figures: [],
  },
  {
    url: MENAFN_BLOOMBERG_6000,
    date: '2025-06-16',
    text: 'The estimate comes as Putin and Kim are set to mark this week the first anniversary of their mutual defense treaty that revived a deal dating back to the Cold War.',
    figures: [],
  },
  {
    url: MENAFN_BLOOMBERG_6000,
    date: '2025-06-16',
    text: "It marked Shoigu's second North Korea visit in less than three months.",
    figures: [],
  },
  // Caliber.Az (no date printed): the NIS on the troops off the front, February 2025.
  {
    url: CALIBER_WITHDRAW,
    date: '',
    // A date. The quotation's opening words are a row of the development set (Al Jazeera's own
    // story quoting the same NIS statement), so only its end is selected.
    text: 'North Korean troops deployed to the Russian Kursk region engaging in battle,” the NIS reported on February 4.',
    figures: [],
  },
  {
    url: CALIBER_WITHDRAW,
    date: '',
    text: 'North Korea is believed to have sent approximately 11,000 troops to aid Russia in its war against Ukraine.',
    figures: [f(11000, 11000, 'approximately', 'troops', 'troops-sent')],
  },
  {
    url: CALIBER_WITHDRAW,
    date: '',
    text: 'Among them, an estimated 300 have been killed, while around 2,700 others have sustained injuries, the NIS informed South Korean lawmakers.',
    figures: [
      f(300, 300, 'an estimated', 'people', 'killed'),
      f(2700, 2700, 'around', 'people', 'wounded'),
    ],
  },
  // The Kyiv Independent (no date printed): the 200 long-range guns, February 2025.
  {
    url: KYIVINDEPENDENT_ARTILLERY,
    date: '',
    // Guns provided to Russia: weapons supplied. "Feb. 11" is a date.
    text: "North Korea has provided Russia with around 200 long-range artillery pieces to boost its war effort against Ukraine, the Yonhap news agency reported on Feb. 11, citing South Korea's Defense Ministry.",
    figures: [f(200, 200, 'around', 'munitions', 'munitions-supplied')],
  },
  {
    url: KYIVINDEPENDENT_ARTILLERY,
    date: '',
    text: 'North Korea has reportedly also supplied ballistic missiles, millions of artillery shells, and other arms to Moscow.',
    figures: [f(2000000, 9000000, 'millions', 'munitions', 'munitions-supplied')],
  },
  {
    url: KYIVINDEPENDENT_ARTILLERY,
    date: '',
    // "early August 2024" is a date.
    text: "In addition, the country has deployed up to 12,000 troops to Russia's Kursk Oblast to support Russian forces in countering a Ukrainian cross-border incursion launched in early August 2024.",
    figures: [f(12000, 12000, 'up to', 'troops', 'troops-sent')],
  },
  {
    url: KYIVINDEPENDENT_ARTILLERY,
    date: '',
    text: "At least 300 North Korean soldiers have been killed and another 2,700 wounded fighting in Russia's Kursk Oblast, South Korea's National Intelligence Service (NIS) claimed in mid-January.",
    figures: [f(300, 300, 'at least', 'people', 'killed'), f(2700, 2700, '', 'people', 'wounded')],
  },
  {
    url: KYIVINDEPENDENT_ARTILLERY,
    date: '',
    text: 'Ukraine placed North Korean losses to as many as 4,000 killed and injured.',
    figures: [f(4000, 4000, 'as many as', 'people', 'killed-or-wounded')],
  },
  {
    url: KYIVINDEPENDENT_ARTILLERY,
    date: '',
    // A date and a duration.
    text: "The New York Times reported on Jan. 30 that North Korean troops had been pulled from the front, and a Special Operations Forces spokesperson confirmed to the Kyiv Independent at the time that Ukraine's special forces had not faced Pyongyang's soldiers for three weeks.",
    figures: [],
  },
  {
    url: KYIVINDEPENDENT_ARTILLERY,
    date: '',
    text: 'On Feb. 7, President Volodymyr Zelensky announced that North Korean soldiers were "brought in again" to Kursk Oblast, a day after Russian media claimed Ukraine had launched a new offensive in the Russian region.',
    figures: [],
  },
  // Banglanews24 (no date printed): Pyongyang's first admission, April 2025.
  {
    url: BANGLANEWS_ADMITS,
    date: '',
    // An ordinal.
    text: 'North Korea has officially acknowledged for the first time that it deployed soldiers to Russia to assist Moscow’s military campaign against Ukraine',
    figures: [],
  },
  {
    url: BANGLANEWS_ADMITS,
    date: '',
    text: 'Notably, until now, North Korea had remained silent about reports that it had dispatched thousands of troops to Russia in October.',
    figures: [f(2000, 9000, 'thousands', 'troops', 'troops-sent')],
  },
  {
    url: BANGLANEWS_ADMITS,
    date: '',
    text: 'Earlier this year, Ukrainian officials estimated that around 14,000 North Korean soldiers were deployed to the frontlines, including 3,000 reinforcements sent after early battlefield losses.',
    figures: [
      f(14000, 14000, 'around', 'troops', 'troops-sent'),
      f(3000, 3000, '', 'troops', 'troops-additional'),
    ],
  },
  // Evrim Ağacı (no date printed): the JCS's count of casualties, December 2024.
  {
    url: EVRIMAGACI_JCS,
    date: '',
    text: 'The Joint Chiefs of Staff (JCS) of South Korea claims between 1,100 and 3,000 North Korean troops have either been killed or injured since their deployment.',
    figures: [f(1100, 3000, 'between', 'people', 'killed-or-wounded')],
  },
  {
    url: EVRIMAGACI_JCS,
    date: '',
    // Active on the battlefield now: those there.
    text: 'According to various reports, around 12,000 North Koreans are believed to be active on the battlefield for Moscow.',
    figures: [f(12000, 12000, 'around', 'troops', 'troops-present')],
  },
  {
    url: EVRIMAGACI_JCS,
    date: '',
    text: 'The JCS provided its assessment, stating it believes over 1,100 North Koreans have been confirmed dead or injured, particularly highlighting incidents occurring near the Russian region of Kursk.',
    figures: [f(1100, 1100, 'over', 'people', 'killed-or-wounded')],
  },
  {
    url: EVRIMAGACI_JCS,
    date: '',
    // "surpass" is the qualifier as printed.
    text: 'with Ukrainian President Volodymyr Zelensky stating on social media platform X, the figure could surpass 3,000 casualties.',
    figures: [f(3000, 3000, 'surpass', 'people', 'casualties')],
  },
  // Korea News Digest (Yonhap; no date printed): the NIS's audit, late October 2024.
  {
    url: KOREANEWSDIGEST_10900,
    date: '',
    // A count of words taught.
    text: 'The NIS said the Russian military is teaching over 100 military terms in Russian to North Korean soldiers but noted reports of apparent challenges in communication due to language barriers.',
    figures: [],
  },
  {
    url: KOREANEWSDIGEST_10900,
    date: '',
    // Dates (the stored text breaks the sentence's next word across a line).
    text: 'The spy agency also assessed that a Russian aircraft traveling between Moscow and Pyongyang on Oct. 23-24 was likely',
    figures: [],
  },
  {
    url: KOREANEWSDIGEST_10900,
    date: '',
    text: 'A total of 10,900 North Korean troops are expected to be deployed to Russia by December, according to the agency.',
    figures: [f(10900, 10900, '', 'troops', 'troops-sent-expected')],
  },
  {
    url: KOREANEWSDIGEST_10900,
    date: '',
    // An ordinal.
    text: '“We are keeping close tabs on the possibility of its seventh nuclear test following the U.S. presidential elections.”',
    figures: [],
  },
  {
    url: KOREANEWSDIGEST_10900,
    date: '',
    // Workers, not soldiers: no measure fits; unscored.
    text: 'The NIS also said some 4,000 North Korean workers were sent to Russia this year.',
    figures: [f(4000, 4000, 'some', 'people')],
  },
  // HNGN (AFP; no date printed; 18 October 2024 in its address): the "large-scale" deployment.
  {
    url: HNGN_LARGE_SCALE,
    date: '',
    // Already in the Far East and training there: those there.
    text: "North Korea has decided to send a \"large-scale\" troop deployment to support Moscow's war in Ukraine, with 1,500 special forces already in Russia's Far East and undergoing training, Seoul's spy agency said Friday.",
    figures: [f(1500, 1500, '', 'troops', 'troops-present')],
  },
  {
    url: HNGN_LARGE_SCALE,
    date: '',
    // An ordinal.
    text: 'The National Intelligence Service released detailed satellite images it said showed the first deployment of elite North Korean special forces soldiers being moved by Russian military vessels to Vladivostok.',
    figures: [],
  },
  {
    url: HNGN_LARGE_SCALE,
    date: '',
    text: 'Seoul\'s spy agency said that between October 8 and 13, it had detected "North Korea transported its special forces to Russia via a Russian Navy transport ship',
    figures: [],
  },
  {
    url: HNGN_LARGE_SCALE,
    date: '',
    // An ordinal.
    text: 'The first contingent of troops -- which South Korean media said were from an elite unit under North Korea\'s Special Operations Forces, also known as the "Storm Corps" -- are currently stationed in military bases across Russia\'s Far East.',
    figures: [],
  },
  {
    url: HNGN_LARGE_SCALE,
    date: '',
    text: 'More troops are likely to be sent soon, NIS said, adding that it estimated the North could send around 12,000 soldiers in total.',
    figures: [f(12000, 12000, 'around', 'troops', 'troops-sent-expected')],
  },
  {
    url: HNGN_LARGE_SCALE,
    date: '',
    // An ordinal.
    text: '"A second transport operation is expected to take place soon," it said.',
    figures: [],
  },
  {
    url: HNGN_LARGE_SCALE,
    date: '',
    // Shipping containers are not a count of shells or weapons: no measure; unscored. The stored
    // text stops inside this sentence.
    text: 'The NIS said Friday that the North had "provided Russia with more than 13,000 containers\' worth of artillery shells, missiles',
    figures: [f(13000, 13000, 'more than', null)],
  },
  // Conflict Watcher (The Times; no date printed): the prisoners, January 2025.
  {
    url: CONFLICTWATCHER_POWS,
    date: '',
    text: 'Ukrainian President Volodymyr Zelenskyy announced that two North Korean soldiers were taken captive.',
    figures: [f(2, 2, '', 'people', 'captured')],
  },
  {
    url: CONFLICTWATCHER_POWS,
    date: '',
    // An ordinal and a year.
    text: 'these captures are among the first North Korean prisoners of war taken in combat since the Korean War ended in 1950.',
    figures: [],
  },
  {
    url: CONFLICTWATCHER_POWS,
    date: '',
    // "one" and "the other" point back at the two prisoners.
    text: 'When asked about their desire to return home, one nods, answering "yes," while the other expresses, "I want to live in Ukraine."',
    figures: [],
  },
  {
    url: CONFLICTWATCHER_POWS,
    date: '',
    // A duration; the stored text stops inside this sentence.
    text: "President Zelenskyy on X, a few days after the prisoners' arrest, wrote",
    figures: [],
  },
];
