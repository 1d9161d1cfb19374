/**
 * The fourteenth held-out set (issue 22): selections from sixteen more public articles on North
 * Korean troops in Russia published October 2024 – February 2025, none among ../shared/sources,
 * heldOut.ts … heldOut13.ts, devSet.ts or the phrase table's sources (and no repost of one of
 * their articles; of a wire story and its reposts only one was kept). Found with the library's
 * page search and taken in the order the search gave them (not for being easy or hard), every
 * sentence with a figure up to where the stored text stops: a Guardian briefing (a repost) on
 * Kirby's "human wave", a rewrite on the prisoners who died of their wounds, Novinite, the AP
 * (Asharq Al-Awsat), The Politician, KBS World Radio and NewsX on the two taken prisoner on
 * January 9, AFP (a repost), Business Insider (Africa), PJ Media, a New York Post rewrite and
 * Real News Not BS on the week of the "human wave" assaults, Online.ua, Censor.net and the
 * Kronen Zeitung on the first arrivals in October 2024, and Nikkei Asia on the NIS's January
 * count. Dropped whole before any scoring, as a selection shared a run of ten words with an
 * earlier set: Ukrainska Pravda on Zelensky's 4,000 at Ramstein, DW's live page on the two
 * prisoners, a wire rewrite on Kirby's week, and AFP's story of the NIS's January count (whose
 * reposts were skipped with it); also skipped: a repost of a Kyiv Independent article already in
 * set 6, later reposts of the AFP stories kept, a New York Times story already used, a tag page,
 * and LIGA.net on Russia hiding the losses, whose stored text prints no figure.
 * What a reader takes from each was written down before the parser ever ran on them, by someone
 * who had not read the parser's code nor run any held-out, development or phrase test while
 * writing it; it is to be scored once, and the parser is not tuned on it. Only the short
 * selections are stored, with their article's address and date ('' when the stored page does
 * not print one). Where the words do not decide a measure (a prisoner or prisoners who died of
 * their wounds, Russian troops built up, soldiers on their way to Kursk, a possible deployment
 * "up to" a number) or no measure fits, the measure is left out (not scored), with the reason
 * beside it. A qualifier that opens a sentence (or is printed with a capital inside one) is
 * written in lower case, as the approximator list gives it. Vague quantities follow the earlier
 * sets ("thousands" 2,000–9,000, "several thousand" 3,000–9,000, "hundreds" 200–900, "several
 * hundred" 300–900, "tens of thousands" 20,000–90,000, "dozens" 24–108, "several" 3–9). Dates,
 * durations ("after four or five days", "for a week", "within the next few weeks"), ordinals
 * ("the second prisoner"), ages, years of birth, counts of occasions and names of units ("two
 * separate missions", "the 95th Air Assault Brigade", "Tactical Group No. 84") are not figures;
 * one soldier named as a person ("One of the captured soldiers") is no count; losses "in the
 * past week" are killed or wounded, as in the earlier sets.
 */
import { f } from './phrases';
import type { HeldOutRow } from './heldOut';

const TVNEWSLIES_GUARDIAN =
  'http://tvnewslies.com/tvnl/index.php/news/international/67640-ukraine-war-briefing-human-wave-of-north-korean-troops-being-sent-to-their-deaths-says-us.html';
const TANXHEAVEN =
  'https://tanxheaven.com/news/north-korean-soldiers-die-in-ukrainian-custody-following-combat-deployment-by-russia';
const NOVINITE = 'https://www.novinite.com/view_news.php?id=230264';
const AAWSAT_AP = 'https://english.aawsat.com/node/5108800';
const THEPOLITICIAN =
  'https://thepolitician.in/ukraine-says-it-captured-2-north-korean-soldiers-fighting-for-russia';
const KBS_WORLD_CAPTURED = 'http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=190258';
const NEWSX =
  'https://www.newsx.com/world/ukraine-president-zelensky-claims-two-north-korean-soldiers-captured-in-russia/';
const DAILYTHEBUSINESS_AFP =
  'https://dailythebusiness.com/north-korean-troops-slaughtered-in-hopeless-ukraine-assaults-us';
const BUSINESS_INSIDER_AFRICA =
  'https://africa.businessinsider.com/military-and-defense/highly-indoctrinated-north-korean-troops-are-being-sent-on-hopeless-human-wave/01ggjs5';
const PJMEDIA =
  'https://pjmedia.com/rick-moran/2024/12/29/north-korean-soldiers-in-ukraine-are-the-definition-of-cannon-fodder-n4935505';
const CYBERNISTAS =
  'https://cybernistas.com/general/north-korean-soldiers-turning-to-suicide-rather-than-face-human-wave-attacks-in-occupied-russian-region';
const REALNEWSNOTBS =
  'https://www.realnewsnotbs.com/2024/12/28/top-us-official-says-north-korean-soldiers-dying-at-unprecedented-rates-in-russias-kursk-region/';
const ONLINE_UA_PENTAGON =
  'https://news.online.ua/en/the-pentagon-confirmed-the-arrival-of-about-10000-north-korean-troops-in-russia-886549/';
const CENSOR_RYDER =
  'https://censor.net/en/news/3517449/pentagon_confirms_presence_of_dprk_soldiers_in_kursk_region';
const KRONE = 'https://www.krone.at/3578956';
const NIKKEI_NIS =
  'https://asia.nikkei.com/politics/ukraine-war/north-korean-troops-told-to-choose-suicide-over-capture-in-ukraine-seoul';

export const HELD_OUT_14: HeldOutRow[] = [
  // A Guardian war briefing (reposted, no date printed), late December 2024.
  {
    url: TVNEWSLIES_GUARDIAN,
    date: '',
    // Prisoners who died of their wounds: neither killed in the fighting nor a count of those
    // held; no measure fits; unscored.
    text: 'Zelenskyy said “several” wounded North Korean soldiers had died after being captured by Ukrainian forces',
    figures: [f(3, 9, 'several', 'people')],
  },
  {
    url: TVNEWSLIES_GUARDIAN,
    date: '',
    // Killed or wounded (in one week).
    text: 'he said, estimating that Pyongyang suffered more than 1,000 killed or wounded in just the past week, which confirms similar figures reported by South Korea',
    figures: [f(1000, 1000, 'more than', 'people', 'killed-or-wounded')],
  },
  // Tanx Heaven (no date printed), late December 2024.
  {
    url: TANXHEAVEN,
    date: '',
    // Casualties of what kind not stated.
    text: 'Intelligence reports suggest that North Korea has sent thousands of troops to support Russian forces, with estimates indicating between 1,000-3,000 North Korean casualties so far',
    figures: [
      f(2000, 9000, 'thousands', 'troops', 'troops-sent'),
      f(1000, 3000, 'between', 'people', 'casualties'),
    ],
  },
  {
    url: TANXHEAVEN,
    date: '',
    // A prisoner who died of his wounds: no measure fits; unscored.
    text: "South Korea's intelligence agency confirmed that at least one North Korean soldier died while in Ukrainian custody",
    figures: [f(1, 1, 'at least', 'people')],
  },
  {
    url: TANXHEAVEN,
    date: '',
    // A date.
    text: 'The military cooperation between North Korea and Russia has strengthened following a defense agreement signed in June',
    figures: [],
  },
  // Novinite, 10 Jan 2025.
  {
    url: NOVINITE,
    date: '2025-01-10',
    // The name of a brigade; "first" is an ordinal.
    text: 'The soldier was captured during an assault on positions of the 95th Air Assault Brigade Polissia in Russia’s Kursk Oblast, marking his first combat mission',
    figures: [],
  },
  {
    url: NOVINITE,
    date: '2025-01-10',
    text: 'revealing that two North Korean soldiers were captured during the operation',
    figures: [f(2, 2, '', 'people', 'captured')],
  },
  {
    url: NOVINITE,
    date: '2025-01-10',
    // The name of a unit.
    text: 'Zelensky commended the efforts of the Tactical Group No. 84 of the SOF and paratroopers for their success in capturing the soldiers',
    figures: [],
  },
  {
    url: NOVINITE,
    date: '2025-01-10',
    // "One of" picks one; an age and a year.
    text: 'One of the captured soldiers, a 19-year-old rifleman, stated he had been serving in the North Korean armed forces since 2021',
    figures: [],
  },
  {
    url: NOVINITE,
    date: '2025-01-10',
    // A date.
    text: 'revealed that North Korean units had conducted joint coordination drills with Russian forces in late 2024',
    figures: [],
  },
  {
    url: NOVINITE,
    date: '2025-01-10',
    // An ordinal, an age and a year.
    text: 'The second prisoner, a 25-year-old sniper who has served in the North Korean military since 2016, corroborated his comrade’s statements',
    figures: [],
  },
  // The AP (Asharq Al-Awsat, no date printed), February 2025.
  {
    url: AAWSAT_AP,
    date: '',
    text: 'Inside the Operations That Took Captive 2 North Korean Soldiers Fighting Ukraine',
    figures: [f(2, 2, '', 'people', 'captured')],
  },
  {
    url: AAWSAT_AP,
    date: '',
    // "Jan. 11, 2025" is a date.
    text: 'This image made from a video provided by the Ukrainian Presidential Press Office on Jan. 11, 2025, shows Ukrainian forces capturing two North Korean soldiers fighting alongside Russian forces in Russia’s Kursk border region',
    figures: [f(2, 2, '', 'people', 'captured')],
  },
  {
    url: AAWSAT_AP,
    date: '',
    // "last month" is a time; "the first" an ordinal.
    text: 'When Ukrainian soldiers captured two North Korean prisoners of war last month, it provided the first undeniable proof of Pyongyang’s direct involvement in the war against Ukraine',
    figures: [f(2, 2, '', 'people', 'captured')],
  },
  {
    url: AAWSAT_AP,
    date: '',
    // A count of occasions and a date.
    text: 'the Ukrainian soldiers who captured them during two separate missions on Jan. 9',
    figures: [],
  },
  {
    url: AAWSAT_AP,
    date: '',
    // Fighting there: present.
    text: 'Thousands of North Korean troops were fighting alongside Kremlin forces',
    figures: [f(2000, 9000, 'thousands', 'troops', 'troops-present')],
  },
  // The Politician (no date printed), January 2025.
  {
    url: THEPOLITICIAN,
    date: '',
    text: 'Ukraine says it captured 2 North Korean soldiers fighting for Russia',
    figures: [f(2, 2, '', 'people', 'captured')],
  },
  {
    url: THEPOLITICIAN,
    date: '',
    text: 'Ukrainian President Volodymyr Zelenskyy announced the capture of two North Korean soldiers fighting alongside Russian troops in the Kursk region',
    figures: [f(2, 2, '', 'people', 'captured')],
  },
  // KBS World Radio, 10 Jan 2025 (as printed).
  {
    url: KBS_WORLD_CAPTURED,
    date: '2025-01-10',
    text: "South Korea's spy agency has confirmed that Ukrainian forces operating in the Kursk region of Russia have captured two wounded North Korean soldiers",
    figures: [f(2, 2, '', 'people', 'captured')],
  },
  {
    url: KBS_WORLD_CAPTURED,
    date: '2025-01-10',
    text: 'confirmed that Ukraine captured two North Korean soldiers on Thursday',
    figures: [f(2, 2, '', 'people', 'captured')],
  },
  {
    url: KBS_WORLD_CAPTURED,
    date: '2025-01-10',
    // "One of the two" picks one; a month and a duration.
    text: 'One of the two soldiers reportedly said during questioning that he arrived in Russia in November and received military training from Russian forces for a week before moving to the battlefield',
    figures: [],
  },
  {
    url: KBS_WORLD_CAPTURED,
    date: '2025-01-10',
    // A duration.
    text: 'leaving him behind and leading to his capture after four or five days of starvation',
    figures: [],
  },
  // NewsX, 11 Jan 2025.
  {
    url: NEWSX,
    date: '2025-01-11',
    text: 'The two soldiers, both wounded, were reportedly apprehended in separate operations by Ukrainian special forces and paratroopers',
    figures: [f(2, 2, '', 'people', 'captured')],
  },
  {
    url: NEWSX,
    date: '2025-01-11',
    // A date.
    text: 'Ukrainian President Volodymyr Zelensky confirmed the capture in a statement on Saturday, 11 January 2025',
    figures: [],
  },
  {
    url: NEWSX,
    date: '2025-01-11',
    // The two taken prisoner, quoted from Zelensky's post.
    text: 'Two soldiers, though wounded, survived and were transported to Kyiv',
    figures: [f(2, 2, '', 'people', 'captured')],
  },
  {
    url: NEWSX,
    date: '2025-01-11',
    // Years of birth.
    text: 'The soldiers were identified as North Korean nationals born in 1999 and 2005',
    figures: [],
  },
  // AFP (reposted by Daily The Business, no date printed), 27 Dec 2024.
  {
    url: DAILYTHEBUSINESS_AFP,
    date: '',
    // Killed or wounded (in one week).
    text: 'National Security Council spokesman John Kirby confirmed South Korean estimates of around 1,000 of Pyongyang’s troops killed or wounded in just a week in the Kursk border region',
    figures: [f(1000, 1000, 'around', 'people', 'killed-or-wounded')],
  },
  {
    url: DAILYTHEBUSINESS_AFP,
    date: '',
    text: 'Our estimate is that, to date, they have suffered more than 1,000 killed or wounded in this particular fighting in just the past week',
    figures: [f(1000, 1000, 'more than', 'people', 'killed-or-wounded')],
  },
  {
    url: DAILYTHEBUSINESS_AFP,
    date: '',
    text: 'Pyongyang has deployed thousands of troops to back up Russian forces, and Ukrainian President Volodymyr Zelensky has estimated that almost 3,000 had been killed or wounded so far',
    figures: [
      f(2000, 9000, 'thousands', 'troops', 'troops-sent'),
      f(3000, 3000, 'almost', 'people', 'killed-or-wounded'),
    ],
  },
  {
    url: DAILYTHEBUSINESS_AFP,
    date: '',
    // Casualties of what kind not stated.
    text: 'South Korea’s intelligence service put the number of North Korean casualties at 1,000',
    figures: [f(1000, 1000, '', 'people', 'casualties')],
  },
  // Business Insider (Africa edition, no date printed), 28 Dec 2024.
  {
    url: BUSINESS_INSIDER_AFRICA,
    date: '',
    text: 'A spokesperson said the tactic has resulted in heavy casualties, with more than 1,000 killed or wounded in the past week',
    figures: [f(1000, 1000, 'more than', 'people', 'killed-or-wounded')],
  },
  {
    url: BUSINESS_INSIDER_AFRICA,
    date: '',
    text: 'they have suffered more than 1,000 killed or wounded in this particular fighting in just the past week of them fighting on the front lines',
    figures: [f(1000, 1000, 'more than', 'people', 'killed-or-wounded')],
  },
  {
    url: BUSINESS_INSIDER_AFRICA,
    date: '',
    // A date.
    text: 'North Korean troops first arrived in Russia in October',
    figures: [],
  },
  {
    url: BUSINESS_INSIDER_AFRICA,
    date: '',
    // A date and an ordinal.
    text: 'Ukraine said in November that it had for the first time attacked North Korean forces in Kursk',
    figures: [],
  },
  // PJ Media (no date printed), 29 Dec 2024.
  {
    url: PJMEDIA,
    date: '',
    // A date.
    text: 'the territory taken by surprise when Ukraine invaded Russia last August',
    figures: [],
  },
  {
    url: PJMEDIA,
    date: '',
    text: 'Ukrainian President Volodymyr Zelenskiy said that more than 3,000 North Koreans had been killed or wounded in the Kursk region',
    figures: [f(3000, 3000, 'more than', 'people', 'killed-or-wounded')],
  },
  // Cybernistas (a New York Post rewrite, no date printed), late December 2024.
  {
    url: CYBERNISTAS,
    date: '',
    // Killed in one week, and that share of the force: the share of the force lost.
    text: 'More than 1,000 North Korean soldiers were killed fighting in the Kursk region this past week — almost 10% of its deployment to Russia — after generals ordered a “human wave” attack',
    figures: [
      f(1000, 1000, 'more than', 'people', 'killed'),
      f(10, 10, 'almost', '%', 'share-of-force-lost'),
    ],
  },
  {
    url: CYBERNISTAS,
    date: '',
    text: 'Earlier this week, Ukranian President Volodymyr Zelensky said that preliminary data indicated that more than 3,000 North Korean soldiers were killed or wounded in the region',
    figures: [f(3000, 3000, 'more than', 'people', 'killed-or-wounded')],
  },
  // Real News Not BS (no date printed), 28 Dec 2024.
  {
    url: REALNEWSNOTBS,
    date: '',
    text: 'with over 1,000 killed or injured in the past week alone due to “human wave” assaults in the Kursk region',
    figures: [f(1000, 1000, 'over', 'people', 'killed-or-wounded')],
  },
  {
    url: REALNEWSNOTBS,
    date: '',
    text: 'revealing that at least 11,000 North Korean troops had been sent to support Russian forces in the contested Kursk region',
    figures: [f(11000, 11000, 'at least', 'troops', 'troops-sent')],
  },
  {
    url: REALNEWSNOTBS,
    date: '',
    // A possible deployment in all, neither troops sent nor further troops on top: unscored.
    text: 'Ukrainian officials have further indicated that North Korea might deploy up to 100,000 soldiers to bolster Russia’s war effort',
    figures: [f(100000, 100000, 'up to', 'troops')],
  },
  {
    url: REALNEWSNOTBS,
    date: '',
    text: 'noting that more than 1,000 had been killed in the last week alone',
    figures: [f(1000, 1000, 'more than', 'people', 'killed')],
  },
  // Online.ua, 28 Oct 2024: the Pentagon's first count.
  {
    url: ONLINE_UA_PENTAGON,
    date: '2024-10-28',
    text: "The US Ministry of Defense has data on the transfer of about 10,000 troops from North Korea to Russia for training, as well as participation in the Russian Federation's war against Ukraine",
    figures: [f(10000, 10000, 'about', 'troops', 'troops-sent')],
  },
  {
    url: ONLINE_UA_PENTAGON,
    date: '2024-10-28',
    // A time.
    text: 'the transfer of the main forces of the DPRK and their involvement in hostilities on the side of the Russian Federation may take place within the next few weeks',
    figures: [],
  },
  {
    url: ONLINE_UA_PENTAGON,
    date: '2024-10-28',
    // Arrived in Kursk and settling there: present.
    text: 'The Center of National Resistance claims that more than three thousand North Korean mercenaries who arrived in the Kursk region of the Russian Federation have already begun settling in the area',
    figures: [f(3000, 3000, 'more than', 'troops', 'troops-present')],
  },
  // Censor.net, 29 Oct 2024: Ryder's briefing.
  {
    url: CENSOR_RYDER,
    date: '2024-10-29',
    // "several thousand" is the quantity ("approximately" adds nothing to it); those on the
    // way to Kursk are part of those in Russia, neither all present nor all sent: unscored.
    text: 'Approximately several thousand North Korean soldiers are already moving toward the Kursk region in Russia',
    figures: [f(3000, 9000, 'several thousand', 'troops')],
  },
  {
    url: CENSOR_RYDER,
    date: '2024-10-29',
    // Dates; "the first" is an ordinal.
    text: 'On October 25, President Volodymyr Zelenskyy said that, according to intelligence, the first North Korean military would be used by Russia in combat zones on October 27-28',
    figures: [],
  },
  {
    url: CENSOR_RYDER,
    date: '2024-10-29',
    // "On October 28" is a date.
    text: 'On October 28, the Pentagon said that the DPRK had sent about 10,000 of its military to Russia for training and further participation in hostilities against Ukraine',
    figures: [f(10000, 10000, 'about', 'troops', 'troops-sent')],
  },
  // Kronen Zeitung (English), 1 Nov 2024.
  {
    url: KRONE,
    date: '2024-11-01',
    // Stationed in Kursk: present; "the day before" is a time.
    text: 'Just the day before, the White House had spoken of up to 8,000 soldiers from North Korea stationed in the Kursk region of western Russia',
    figures: [f(8000, 8000, 'up to', 'troops', 'troops-present')],
  },
  // Nikkei Asia (no date printed), 13 Jan 2025: the NIS's January count.
  {
    url: NIKKEI_NIS,
    date: '',
    text: "South Korea's National Intelligence Service told lawmakers Monday that over 300 North Korean troops have died along with more than 2,700 wounded while supporting Russia's war efforts",
    figures: [
      f(300, 300, 'over', 'people', 'killed'),
      f(2700, 2700, 'more than', 'people', 'wounded'),
    ],
  },
  {
    url: NIKKEI_NIS,
    date: '',
    text: 'On Saturday, Ukrainian President Volodymyr Zelenskyy said his military captured two North Korean soldiers',
    figures: [f(2, 2, '', 'people', 'captured')],
  },
  {
    url: NIKKEI_NIS,
    date: '',
    text: 'According to the NIS, the two captured soldiers belonged to the Reconnaissance General Bureau, a North Korean military intelligence organ',
    figures: [f(2, 2, '', 'people', 'captured')],
  },
];
