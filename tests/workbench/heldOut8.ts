/**
 * The eighth held-out set (issue 22): selections from eleven more public articles on North
 * Korean troops in Russia (October 2024 – January 2025), none among ../shared/sources,
 * heldOut.ts … heldOut7.ts or devSet.ts (and no repost of one of their articles; of a wire
 * story and its reposts only one rewrite each was kept), found with the library's page search
 * and taken in the order the stored text gives them (not for being easy or hard), every
 * sentence with a figure up to where the stored text stops. What a reader takes from each was
 * written down before the parser ever ran on them, by someone who had not read the parser's
 * code nor run any held-out, development or phrase test while writing it; it is to be scored
 * once, and the parser is not tuned on it. Only the short selections are stored, with their
 * article's address and date ('' when the stored page does not print one). Where a figure
 * could be troops sent, present or additional, or losses of a kind the words do not tell,
 * its measure is left out (not scored), with the reason beside it. A qualifier that opens a
 * sentence is written in lower case, as the approximator list gives it.
 */
import { f } from './phrases';
import type { HeldOutRow } from './heldOut';

const KBS_NEWS_TODAY = 'https://news.kbs.co.kr/news/pc/view/view.do?ncd=8152072';
const ENWS_NBC = 'https://enws.uk/?p=7627';
const ONLINE_UA =
  'https://news.online.ua/en/the-russian-army-lost-dozens-of-officers-as-a-result-of-a-single-strike-by-ukraine-890470/';
const UNN_POLISH =
  'https://unn.ua/en/news/zelensky-russia-has-lost-30-35-thousand-troops-in-kursk-sector-zelensky';
const NEWS_AZ =
  'https://news.az/news/ukraine-s-zelenskiy-heavy-russian-north-korean-losses-in-russia-s-kursk-region';
const JAPAN_TIMES =
  'https://www.japantimes.co.jp/news/2025/01/05/world/zelenskyy-russian-north-korean-troop-losses/';
const DEVDISCOURSE_15000 =
  'https://www.devdiscourse.com/article/law-order/3217156-heavy-losses-russian-casualties-mount-in-kursk-region-conflict';
const EUROMAIDAN_NIS =
  'https://euromaidanpress.com/2025/01/13/seoul-intelligence-unmasks-identities-of-first-north-korean-pows-in-ukraine-points-to-their-weak-spot/';
const PRAVDA_EN = 'https://pravda-en.com/russia/2024/11/04/825206.html';
const NEWS_PRAVDA = 'https://news-pravda.com/world/2024/10/26/808845.html';
const KBS_WORLD_BATTALION = 'http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=190112';

export const HELD_OUT_8: HeldOutRow[] = [
  // KBS News Today, 14 Jan 2025 (on the NIS briefing of 13 Jan).
  {
    url: KBS_NEWS_TODAY,
    date: '2025-01-14',
    // The headline, as printed (capitals).
    text: 'NK CASUALTIES HIT 3,000 IN RUSSIA',
    figures: [f(3000, 3000, '', 'people', 'casualties')],
  },
  {
    url: KBS_NEWS_TODAY,
    date: '2025-01-14',
    text: 'casualties among North Korean troops in the Ukraine war have now reached about 3,000',
    figures: [f(3000, 3000, 'about', 'people', 'casualties')],
  },
  {
    url: KBS_NEWS_TODAY,
    date: '2025-01-14',
    text: "some 300 North Korean soldiers have been killed and 2,700 wounded in Kursk while fighting in Russia's war against Ukraine",
    figures: [f(300, 300, 'some', 'people', 'killed'), f(2700, 2700, '', 'people', 'wounded')],
  },
  {
    url: KBS_NEWS_TODAY,
    date: '2025-01-14',
    // Growth of the counts (the verb "tripled", read as triple = 300 %): no measure of the
    // vocabulary; unscored. Unsure: a reader may also take no figure here.
    text: "The numbers of both the killed and injured more than tripled, compared to last month's report to the National Assembly",
    figures: [f(300, 300, 'more than', '%')],
  },
  {
    url: KBS_NEWS_TODAY,
    date: '2025-01-14',
    // "One soldier" is one man's story, no quantity of the war.
    text: "One soldier, as he was about to be captured by Ukrainians, shouted Kim Jong-un's name and attempted to take his life with a grenade",
    figures: [],
  },
  {
    url: KBS_NEWS_TODAY,
    date: '2025-01-14',
    // "the first half of this year" is a time, not a share.
    text: 'Kim Jong-un will likely visit Russia in the first half of this year',
    figures: [],
  },
  {
    url: KBS_NEWS_TODAY,
    date: '2025-01-14',
    text: 'the two North Korean soldiers recently captured by Ukraine belong to the Reconnaissance General Bureau',
    figures: [f(2, 2, '', 'people', 'captured')],
  },
  // enws.uk (NBC News), 13 Jan 2025 (no date printed; the NIS briefing was on Monday 13 Jan).
  {
    url: ENWS_NBC,
    date: '',
    text: 'About 300 North Korean troops have been killed and 2,700 others injured while fighting for Russia against Ukrainian forces',
    figures: [f(300, 300, 'about', 'people', 'killed'), f(2700, 2700, '', 'people', 'wounded')],
  },
  {
    url: ENWS_NBC,
    date: '',
    text: 'has contributed to the high casualty rates among North Korean soldiers',
    figures: [],
  },
  {
    url: ENWS_NBC,
    date: '',
    // Deployed to the region: the count sent so far (as heldOut7's A2 News row).
    text: 'some 11,000 North Korean troops have been deployed to the Russian region of Kursk',
    figures: [f(11000, 11000, 'some', 'troops', 'troops-sent')],
  },
  {
    url: ENWS_NBC,
    date: '',
    text: "on the number of North Korean soldiers that Seoul's spy agency said had been killed in combat",
    figures: [],
  },
  {
    url: ENWS_NBC,
    date: '',
    text: 'a short video said to show the two North Korean soldiers, whose capture was announced Saturday',
    figures: [f(2, 2, '', 'people', 'captured')],
  },
  {
    url: ENWS_NBC,
    date: '',
    // The two captured again (as heldOut7 took the two in the interrogation video).
    text: 'The video shows two men, one lying on a bed with bandages on his hands and another sitting with a bandage on his jaw',
    figures: [f(2, 2, '', 'people', 'captured')],
  },
  // news.online.ua (no date printed; after a strike on a command post in Kursk, early 2025).
  {
    url: ONLINE_UA,
    date: '',
    // Officers of both armies together, killed or wounded not told: no one measure; unscored.
    text: 'the Russian invaders lost dozens of officers - both Russian and from the DPRK',
    figures: [f(24, 108, 'dozens', 'people')],
  },
  {
    url: ONLINE_UA,
    date: '',
    text: 'Russia may attract another 20-25 thousand soldiers from the DPRK to participate in the war against Ukraine',
    figures: [f(20000, 25000, '', 'troops', 'troops-possible-further')],
  },
  {
    url: ONLINE_UA,
    date: '',
    // The same officers again, both armies: unscored.
    text: 'dozens of officers — both Russian and North Korean — were eliminated',
    figures: [f(24, 108, 'dozens', 'people')],
  },
  {
    url: ONLINE_UA,
    date: '',
    // "lost more than 4,000": losses of men, killed and wounded (casualties). Unsure: "lost"
    // might be read as killed only.
    text: 'Putin had involved about 12,000 North Korean soldiers in the war against Ukraine in Kursk, of which they lost more than 4,000',
    figures: [
      f(12000, 12000, 'about', 'troops', 'troops-sent'),
      f(4000, 4000, 'more than', 'people', 'casualties'),
    ],
  },
  {
    url: ONLINE_UA,
    date: '',
    text: 'the aggressor country Russia may attract another 20-25 thousand North Korean soldiers',
    figures: [f(20000, 25000, '', 'troops', 'troops-possible-further')],
  },
  {
    url: ONLINE_UA,
    date: '',
    text: 'they had not yet arrived in Kurshchyna to participate in hostilities',
    figures: [],
  },
  // UNN (Zelensky to Polish media), Jan 2025 (no date printed).
  {
    url: UNN_POLISH,
    date: '',
    // The 35,000 holds Russians and North Koreans together, and the kind of loss is not told:
    // unscored. The 4,000 are North Korean losses (casualties).
    text: 'Russians have lost up to 35,000 troops in the Kursk direction, including soldiers from the DPRK, who suffered losses of up to 4,000 troops',
    figures: [f(35000, 35000, 'up to', 'troops'), f(4000, 4000, 'up to', 'troops', 'casualties')],
  },
  {
    url: UNN_POLISH,
    date: '',
    // Came to fight: the count sent.
    text: 'We see 12 thousand North Korean soldiers who came to Ukraine to fight against us',
    figures: [f(12000, 12000, '', 'troops', 'troops-sent')],
  },
  {
    url: UNN_POLISH,
    date: '',
    text: '4 thousand were killed',
    figures: [f(4000, 4000, '', 'people', 'killed')],
  },
  {
    url: UNN_POLISH,
    date: '',
    // Russia's own losses on the Kursk axis (as heldOut7 took Russia's losses).
    text: "On the Kursk direction alone, all the world's intelligence agencies will tell you that Russia has lost 30-35 thousand",
    figures: [f(30000, 35000, '', 'people', 'ru-killed-or-wounded')],
  },
  {
    url: UNN_POLISH,
    date: '',
    // A rhetorical figure (the same losses, "ready to give"), not a new count; unscored.
    // "5 months" is a time, not a figure.
    text: 'Imagine that you are ready to give the lives of 30 thousand of your people just to put pressure on us for 5 months without any result',
    figures: [f(30000, 30000, '', 'people')],
  },
  {
    url: UNN_POLISH,
    date: '',
    // Russian troops present in the region: no measure of the vocabulary counts them; unscored.
    text: 'Currently, there are 60,000 Russian troops in the Kursk region',
    figures: [f(60000, 60000, '', 'troops')],
  },
  // news.az (Reuters), 4 Jan 2025.
  {
    url: NEWS_AZ,
    date: '2025-01-04',
    // "a battalion" is no number.
    text: 'the Russian army lost up to a battalion of North Korean infantry soldiers and Russian paratroops',
    figures: [],
  },
  {
    url: NEWS_AZ,
    date: '2025-01-04',
    // The size of a unit in general: a figure, but no quantity of this war; unscored.
    text: 'A battalion can vary in size but is generally made up of several hundred troops',
    figures: [f(300, 900, 'several hundred', 'troops')],
  },
  // The Japan Times, 5 Jan 2025.
  {
    url: JAPAN_TIMES,
    date: '2025-01-05',
    // "are deployed in the Kursk region": those there now.
    text: 'Ukrainian and Western assessments say that some 11,000 North Korean troops are deployed in the Kursk region',
    figures: [f(11000, 11000, 'some', 'troops', 'troops-present')],
  },
  {
    url: JAPAN_TIMES,
    date: '2025-01-05',
    text: 'the battles had taken place near the village of Makhnovka, not far from the Ukrainian border',
    figures: [],
  },
  // Devdiscourse (Reuters), Jan 2025 (no date printed).
  {
    url: DEVDISCOURSE_15000,
    date: '',
    // Russia's own dead in Kursk. "five months" is a time.
    text: 'announced on Monday significant Russian losses, citing nearly 15,000 fatalities over five months of fighting',
    figures: [f(15000, 15000, 'nearly', 'people', 'ru-killed')],
  },
  {
    url: DEVDISCOURSE_15000,
    date: '',
    text: 'Approximately 11,000 North Korean troops are reportedly siding with the Russian forces',
    figures: [f(11000, 11000, 'approximately', 'troops', 'troops-present')],
  },
  // Euromaidan Press, 13 Jan 2025.
  {
    url: EUROMAIDAN_NIS,
    date: '2025-01-13',
    text: 'two North Korean soldiers recently captured by Ukrainians in Russia’s Kursk Oblast worked for North Korea’s military intelligence agency',
    figures: [f(2, 2, '', 'people', 'captured')],
  },
  {
    url: EUROMAIDAN_NIS,
    date: '2025-01-13',
    text: 'Ukrainian forces have captured two wounded soldiers – the first such confirmed captives from North Korea in the war',
    figures: [f(2, 2, '', 'people', 'captured')],
  },
  {
    url: EUROMAIDAN_NIS,
    date: '2025-01-13',
    text: 'both soldiers claimed they believed they were traveling to Russia for training exercises',
    figures: [],
  },
  {
    url: EUROMAIDAN_NIS,
    date: '2025-01-13',
    // Fighting there since November: those present.
    text: 'In Russia’s Kursk Oblast, some 12,000 North Korean troops have been fighting alongside Russia since November 2024',
    figures: [f(12000, 12000, 'some', 'troops', 'troops-present')],
  },
  {
    url: EUROMAIDAN_NIS,
    date: '2025-01-13',
    text: 'North Korean military units suffered approximately 3,800 casualties so far',
    figures: [f(3800, 3800, 'approximately', 'people', 'casualties')],
  },
  {
    url: EUROMAIDAN_NIS,
    date: '2025-01-13',
    text: 'NIS identified the two captured North Korean soldiers as members of the Reconnaissance General Bureau',
    figures: [f(2, 2, '', 'people', 'captured')],
  },
  {
    url: EUROMAIDAN_NIS,
    date: '2025-01-13',
    text: 'NIS also reported that 300 North Korean soldiers have been killed and 2,700 wounded while fighting alongside Russian forces',
    figures: [f(300, 300, '', 'people', 'killed'), f(2700, 2700, '', 'people', 'wounded')],
  },
  {
    url: EUROMAIDAN_NIS,
    date: '2025-01-13',
    text: 'the high casualty rate stems from the soldiers’ insufficient grasp of modern warfare tactics',
    figures: [],
  },
  // Pravda EN (on TASS), 4 Nov 2024.
  {
    url: PRAVDA_EN,
    date: '2024-11-04',
    text: 'The US State Department said that 10,000 North Korean troops were allegedly deployed to the Kursk region',
    figures: [f(10000, 10000, '', 'troops', 'troops-sent')],
  },
  // News Pravda (on US officials), 26 Oct 2024.
  {
    url: NEWS_PRAVDA,
    date: '2024-10-26',
    // People arriving each day, who they are not told: no measure; unscored.
    text: 'Thousands more people have been arriving in the Kursk region every day since Wednesday',
    figures: [f(2000, 9000, 'thousands', 'people')],
  },
  {
    url: NEWS_PRAVDA,
    date: '2024-10-26',
    // Expected to be assembled by a date: those expected, not yet there.
    text: 'up to five thousand North Korean troops are expected to be assembled by Monday',
    figures: [f(5000, 5000, 'up to', 'troops', 'troops-sent-expected')],
  },
  // KBS World (on Reuters and RBC), early Jan 2025 (month only printed).
  {
    url: KBS_WORLD_BATTALION,
    date: '2025-01',
    // "a battalion" is no number; "two days" is a time.
    text: "Russia lost up to a battalion of North Korean soldiers in two days in Russia's Kursk region",
    figures: [],
  },
  {
    url: KBS_WORLD_BATTALION,
    date: '2025-01',
    text: 'Reuters said a battalion is generally made up of several hundred troops',
    figures: [f(300, 900, 'several hundred', 'troops')],
  },
  {
    url: KBS_WORLD_BATTALION,
    date: '2025-01',
    text: 'more than three-thousand North Korean soldiers have been killed or wounded fighting for Moscow in the Kursk region',
    figures: [f(3000, 3000, 'more than', 'people', 'killed-or-wounded')],
  },
];
