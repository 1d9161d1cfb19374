/**
 * The fifteenth held-out set (issue 22): selections from fifteen more public articles on North
 * Korean troops in Russia published from March 2025 on (the NIS's March and April counts,
 * Budanov's figures of March, Reuters' count of troops and shells, the builders and deminers of
 * June, Kim's mourning and the ceremony of heroes, the prisoners' wish to go South, the
 * engineer regiment's return in December 2025), none among ../shared/sources, the addresses
 * used by the earlier sets or the phrase table's sources, and no repost of one of their
 * articles: of a wire story and its reposts only one was kept, and none of a wire story
 * already used (copies of AFP, AP, Reuters and Yonhap stories already in an earlier set or
 * among the sources were passed over as they came up); two articles found first (Human Rights
 * Watch on the prisoners a year on, and a report on the August ceremony) were dropped whole
 * before scoring, as each shared a run of ten words with a selection of an earlier set. They
 * were found with the library's page search and taken in the order the search gave them (not
 * for being easy or hard), every sentence with a figure up to where the stored text stops: UNN
 * on the NIS's April count, Brazil Latest on the NIS's March count and on a lawmaker's visit
 * to the prisoners, Nigeria Latest on Budanov's figures, United24 Media and LIGA.net on Kim at
 * a coffin, Dumpling News and Ayozat News on Shoigu's builders and sappers, The Korea Herald
 * (Yonhap) and Ukrainska Pravda on the prisoners' wish, KBS World Radio on the NIS's June
 * forecast, News Now USA on the engineer regiment's return, Devdiscourse and The Independent
 * on the ceremony of heroes in August, and Devdiscourse on Reuters' investigation.
 * What a reader takes from each was written down before the parser ever ran on them, by someone
 * who had not read the parser's code nor run any held-out, development or phrase test while
 * writing it; it is to be scored once, and the parser is not tuned on it. Only the short
 * selections are stored, with their article's address and date ('' when the stored page does
 * not print one, even where the address carries one). Where the words do not decide a measure
 * ("potentially sending an additional" troops, builders and deminers or engineers and builders
 * in one number) or no measure fits (civilian labourers), the measure is left out (not scored),
 * with the reason beside it. A qualifier that opens a sentence is written in lower case, as the
 * approximator list gives it. Vague quantities follow the earlier sets ("thousands"
 * 2,000–9,000, "millions" of shells 2,000,000–9,000,000, "hundreds" 200–900,
 * "several hundred" 300–900, "tens of thousands" 20,000–90,000, "dozens" 24–108, "several"
 * 3–9). Dates, durations ("about 120 days", "months of fighting"), ages ("in their 20s", "both
 * aged 20"), ordinals ("a third deployment", "the first anniversary"), unit names ("the 528th
 * Regiment"), counts of occasions, places and objects ("three occasions", "five different
 * locations", "four or five coffins" shown in the footage) and money are not figures.
 */
import { f } from './phrases';
import type { HeldOutRow } from './heldOut';

const UNN_4700 =
  'https://unn.ua/en/news/dprk-lost-almost-5000-soldiers-who-fought-on-the-side-of-the-russian-federation-against-ukraine-south-korean-intelligence';
const BRAZILLATEST_4000 =
  'https://brazillatest.com/2025/03/31/north-korean-casualties-in-ukraine-conflict-surpass-4000-reveals-nis';
const NIGERIALATEST_3500 =
  'https://nigerialatest.com/2025/03/05/north-korea-increases-troop-deployment-to-russia-third-wave-possible';
const UNITED24_COFFIN =
  'https://united24media.com/latest-news/kim-jong-un-sheds-a-tear-before-coffin-of-north-korean-soldier-killed-in-russia-9514';
const LIGA_MOURNING =
  'https://news.liga.net/en/world/news/dprk-shows-a-photo-of-kim-jong-un-mourning-the-military-killed-in-the-war-against-ukraine';
const DUMPLING_WORKERS =
  'https://www.dumpling.news/2025/06/kremlin-announces-north-koreas-plan-to.html';
const AYOZAT_WORKERS =
  'https://news.ayozat.com/story/North-Korea-To-Send-Thousands-Of-Workers-To-Help-Russia-Rebuild-Kursk';
const KOREAHERALD_POWS = 'https://www.koreaherald.com/article/10606028';
const PRAVDA_POWS_LETTER = 'https://www.pravda.com.ua/eng/news/2025/12/24/8013291';
const BRAZILLATEST_POW_DEFECT = 'https://brazillatest.com/?p=13888';
const KBS_WORLD_JULY_AUGUST = 'http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=194089';
const NEWSNOWUSA_528TH = 'https://newsnowusa.com/?p=3560';
const DEVDISCOURSE_HEROIC =
  'https://www.devdiscourse.com/article/law-order/3559910-north-korea-salutes-heroic-troops-aiding-russia-in-ukraine';
const DEVDISCOURSE_REUTERS_SHELLS =
  'https://www.devdiscourse.com/article/law-order/3346433-north-korea-in-the-shadows-unseen-forces-in-russian-ukrainian-conflict';
const INDEPENDENT_TV_HEROES =
  'https://www.the-independent.com/tv/news/kim-jong-un-north-korean-soldiers-ukraine-war-video-b2812742.html';

export const HELD_OUT_15: HeldOutRow[] = [
  // UNN, dated 2025-09-02 on the stored page (it reports the NIS briefing of 30 April, via AP).
  {
    url: UNN_4700,
    date: '2025-09-02',
    text: "South Korean intelligence reported that about 4,700 North Korean soldiers were killed or wounded fighting on Russia's side against Ukraine",
    figures: [f(4700, 4700, 'about', 'people', 'killed-or-wounded')],
  },
  {
    url: UNN_4700,
    date: '2025-09-02',
    // The thousands of wounded sent home for treatment: those repatriated.
    text: 'Of these, at least 600 soldiers died, and thousands of wounded were returned to the DPRK for treatment',
    figures: [
      f(600, 600, 'at least', 'people', 'killed'),
      f(2000, 9000, 'thousands', 'people', 'wounded-repatriated'),
    ],
  },
  {
    url: UNN_4700,
    date: '2025-09-02',
    // "since the beginning of this year" is a time.
    text: 'According to the NIS, since the beginning of this year, about 600 soldiers have died at the front, and more than 4,000 have been wounded',
    figures: [
      f(600, 600, 'about', 'people', 'killed'),
      f(4000, 4000, 'more than', 'people', 'wounded'),
    ],
  },
  {
    url: UNN_4700,
    date: '2025-09-02',
    // "January-March" is a time.
    text: 'Of these, about 2,000 were returned to the DPRK by plane and train in January-March',
    figures: [f(2000, 2000, 'about', 'people', 'wounded-repatriated')],
  },
  {
    url: UNN_4700,
    date: '2025-09-02',
    // A time and an ordinal.
    text: 'Two days ago, North Korea officially admitted for the first time that it had sent its military to Russia, stating that they were participating in battles for the Kursk region',
    figures: [],
  },
  {
    url: UNN_4700,
    date: '2025-09-02',
    // A date.
    text: 'Moscow and Pyongyang explained these actions by the new 2024 defense treaty, which obliges both sides to provide assistance to each other in case of a military threat',
    figures: [],
  },
  {
    url: UNN_4700,
    date: '2025-09-02',
    // Troops sent; "billions of dollars" is money, not a figure.
    text: 'The United States, South Korea, and their allies believe that the DPRK has not only sent tens of thousands of troops but also provides Russia with billions of dollars worth of artillery and missiles',
    figures: [f(20000, 90000, 'tens of thousands', 'troops', 'troops-sent')],
  },
  {
    url: UNN_4700,
    date: '2025-09-02',
    // Workers in industrial programmes, not troops nor military builders: no measure fits;
    // unscored.
    text: 'In addition, about 15,000 North Korean workers have been sent to the Russian Federation as part of joint industrial programs',
    figures: [f(15000, 15000, 'about', 'people')],
  },
  // Brazil Latest (no date printed; 31 March 2025 in its address): the NIS's March count.
  {
    url: BRAZILLATEST_4000,
    date: '',
    text: 'The NIS reports over 4,000 North Korean casualties in Ukraine, indicating a significant loss of life',
    figures: [f(4000, 4000, 'over', 'people', 'casualties')],
  },
  {
    url: BRAZILLATEST_4000,
    date: '',
    text: 'The National Intelligence Service (NIS) of South Korea has reported that casualties among North Korean troops deployed in the Ukraine conflict have exceeded 4,000, as stated by Representative Lee Seong-kweun',
    figures: [f(4000, 4000, 'exceeded', 'people', 'casualties')],
  },
  {
    url: BRAZILLATEST_4000,
    date: '',
    // "January’s" is a date; "initially sent": those sent.
    text: 'This figure reflects an increase from January’s estimate of approximately 3,000 casualties, with over 11,000 troops initially sent by North Korea for Russia’s military operations',
    figures: [
      f(3000, 3000, 'approximately', 'people', 'casualties'),
      f(11000, 11000, 'over', 'troops', 'troops-sent'),
    ],
  },
  {
    url: BRAZILLATEST_4000,
    date: '',
    // "additional" but "potentially sending": the words do not decide between additional troops and
    // possible further ones; unscored. "in February" is a date.
    text: 'Lee further indicated that following a brief withdrawal from the Kursk front in February, North Korea intensified its troop deployments, potentially sending an additional 3,000 to 4,000 personnel',
    figures: [f(3000, 4000, '', 'troops')],
  },
  {
    url: BRAZILLATEST_4000,
    date: '',
    text: 'The NIS suggests that North Korean forces have sustained around a 30 percent casualty rate, leading to the replenishment of their ranks',
    figures: [f(30, 30, 'around', '%', 'casualty-rate')],
  },
  // Nigeria Latest (no date printed; 5 March 2025 in its address): Budanov's figures via a South
  // Korean lawmaker.
  {
    url: NIGERIALATEST_3500,
    date: '',
    // Sent to Russia besides the earlier contingents: additional troops. "third" is an ordinal.
    text: 'North Korea has sent 3,500 soldiers for training in Russia amid reports of a possible third troop deployment to aid Russia’s war effort in Ukraine',
    figures: [f(3500, 3500, '', 'troops', 'troops-additional')],
  },
  {
    url: NIGERIALATEST_3500,
    date: '',
    // On the front lines now: present.
    text: 'Ukrainian intelligence indicates around 1,500 North Koreans are already on the front lines',
    figures: [f(1500, 1500, 'around', 'troops', 'troops-present')],
  },
  {
    url: NIGERIALATEST_3500,
    date: '',
    text: 'North Korea has dispatched an additional 3,500 soldiers to training facilities in Russia’s Far East, according to South Korean lawmaker Rep. Yu Yong-weon',
    figures: [f(3500, 3500, '', 'troops', 'troops-additional')],
  },
  {
    url: NIGERIALATEST_3500,
    date: '',
    // An ordinal.
    text: 'This information, informed by Lieutenant General Kyrylo Budanov of Ukraine’s defense intelligence during Yu’s recent trip to Kyiv, suggests a potential third deployment might occur to support Russia’s ongoing military efforts in Ukraine',
    figures: [],
  },
  {
    url: NIGERIALATEST_3500,
    date: '',
    // Five locations counts places, not people.
    text: 'Rep. Yu stated that these soldiers are currently undergoing field adaptation training at five different locations in Eastern Russia',
    figures: [],
  },
  {
    url: NIGERIALATEST_3500,
    date: '',
    // Engaged on the front lines now: present.
    text: 'He further revealed that an earlier contingent of approximately 1,500 North Korean soldiers is already actively engaged on the front lines, particularly near the Kursk region, after completing their adaptation training',
    figures: [f(1500, 1500, 'approximately', 'troops', 'troops-present')],
  },
  {
    url: NIGERIALATEST_3500,
    date: '',
    // Months are dates.
    text: 'This follows North Korea’s previous troop deployment where roughly 11,000 soldiers were sent to Russia in October of last year, with additional forces sent between January and February of this year',
    figures: [f(11000, 11000, 'roughly', 'troops', 'troops-sent')],
  },
  {
    url: NIGERIALATEST_3500,
    date: '',
    text: 'According to Yu, Ukrainian intelligence indicates that around 400 North Korean soldiers have lost their lives, while approximately 3,600 have sustained injuries during the conflicts, and some have returned to combat',
    figures: [
      f(400, 400, 'around', 'people', 'killed'),
      f(3600, 3600, 'approximately', 'people', 'wounded'),
    ],
  },
  {
    url: NIGERIALATEST_3500,
    date: '',
    // Troops of both countries together. "an estimate of" is not an approximator of the list (as
    // "The new U.S. estimate of 10,000" in an earlier set).
    text: 'Yu also shared insights into the integration of North Korean troops within Russian forces, noting an estimate of 63,000 troops from both countries operating in the Kursk area alone',
    figures: [f(63000, 63000, '', 'troops', 'combined-force')],
  },
  // United24 Media (no date printed), 30 June 2025: Kim at a coffin.
  {
    url: UNITED24_COFFIN,
    date: '',
    // A date; "a coffin", "a soldier" are no counts.
    text: 'North Korean state media on June 30 released footage of leader Kim Jong-un kneeling and appearing emotional in front of a coffin draped in the North Korean flag, believed to contain the body of a soldier killed while deployed to Russia',
    figures: [],
  },
  {
    url: UNITED24_COFFIN,
    date: '',
    // An ordinal.
    text: 'Kim attended a Sunday performance marking the first anniversary of the Comprehensive Strategic Partnership Treaty signed between North Korea and Russia',
    figures: [],
  },
  {
    url: UNITED24_COFFIN,
    date: '',
    // The four or five coffins are what the footage showed, not a count of the dead nor of any
    // force; not taken as a figure.
    text: 'Notably, only four or five coffins were shown, despite reports that more than 6,000 North Korean troops have been killed on the Kursk front',
    figures: [f(6000, 6000, 'more than', 'people', 'killed')],
  },
  {
    url: UNITED24_COFFIN,
    date: '',
    // Occasions and dates.
    text: 'According to the broadcast, Kim approved the plan on three occasions: October 22, December 12, and December 22 of last year',
    figures: [],
  },
  // LIGA.net, 30 June 2025 (after Yonhap): the same photos.
  {
    url: LIGA_MOURNING,
    date: '2025-06-30',
    // A date.
    text: 'On Monday, June 30, North Korean state media showed photos of the country\'s dictator Kim Jong Un "mourning" his soldiers, who are believed to have died in Russia\'s war against Ukraine',
    figures: [],
  },
  {
    url: LIGA_MOURNING,
    date: '2025-06-30',
    // A time and an ordinal.
    text: 'The photos were shown in the background during a cultural event jointly organized by North Korea and Russia in Pyongyang on Sunday to mark the first anniversary of their "comprehensive strategic partnership" treaty',
    figures: [],
  },
  {
    url: LIGA_MOURNING,
    date: '2025-06-30',
    // "one of the photos", "both hands": no figures.
    text: 'In one of the photos, the DPRK dictator put both hands on the coffin, tightly pressing his lips together',
    figures: [],
  },
  {
    url: LIGA_MOURNING,
    date: '2025-06-30',
    // A time.
    text: 'Journalists noted that participants in the repatriation ceremony, including Kim, were seen wearing winter clothes, suggesting that the event likely took place several months ago and that the remains could have begun to return in the winter',
    figures: [],
  },
  // Dumpling News (no date printed), June 2025 (after the New York Times): Shoigu's builders and
  // sappers.
  {
    url: DUMPLING_WORKERS,
    date: '',
    // The military construction workers of the announcement (as earlier sets).
    text: 'North Korea is sending thousands of construction workers to assist in rebuilding a Russian border region, according to a Russian official',
    figures: [f(2000, 9000, 'thousands', 'troops', 'construction-workers')],
  },
  {
    url: DUMPLING_WORKERS,
    date: '',
    text: 'During the meeting, Shoigu stated that Kim had agreed to dispatch 5,000 construction workers and 1,000 combat engineers, referred to as sappers, to Russia’s Kursk region',
    figures: [
      f(5000, 5000, '', 'troops', 'construction-workers'),
      f(1000, 1000, '', 'troops', 'sappers'),
    ],
  },
  {
    url: DUMPLING_WORKERS,
    date: '',
    // Labourers employed in Russia, not troops: no measure fits; unscored.
    text: 'Reports from South Korean intelligence suggest that as many as 15,000 North Korean workers are currently employed in Russia',
    figures: [f(15000, 15000, 'as many as', 'people')],
  },
  {
    url: DUMPLING_WORKERS,
    date: '',
    // Civilian labourers in construction, not the military builders of the Kursk measure; unscored.
    text: 'Since last year, South Korea has observed a significant increase in the number of North Korean laborers in Russia, up from approximately 4,000 construction workers',
    figures: [f(4000, 4000, 'approximately', 'people')],
  },
  {
    url: DUMPLING_WORKERS,
    date: '',
    // Money.
    text: 'Each worker is estimated to earn around $800 a month',
    figures: [],
  },
  // Ayozat News (no date printed), June 2025: the same announcement.
  {
    url: AYOZAT_WORKERS,
    date: '',
    text: 'North Korea is ramping up its support for Russia by sending 5,000 construction workers and 1,000 deminers to the war-damaged Kursk region, according to Russian Security Council Secretary Sergei Shoigu',
    figures: [
      f(5000, 5000, '', 'troops', 'construction-workers'),
      f(1000, 1000, '', 'troops', 'sappers'),
    ],
  },
  {
    url: AYOZAT_WORKERS,
    date: '',
    // "months of fighting" is a duration.
    text: 'Kursk, which is located near Russia’s western border, has seen months of fighting where North Korean troops reportedly helped Russian forces push back Ukrainian soldiers',
    figures: [],
  },
  {
    url: AYOZAT_WORKERS,
    date: '',
    // Those who fought there: troops sent.
    text: 'Both countries have previously confirmed that thousands of North Korean soldiers had already fought alongside Russian troops in Ukraine',
    figures: [f(2000, 9000, 'thousands', 'troops', 'troops-sent')],
  },
  // The Korea Herald (Yonhap), 31 Oct 2025: the two prisoners ask to go South.
  {
    url: KOREAHERALD_POWS,
    date: '2025-10-31',
    // "early 2025" and "Friday" are times.
    text: 'Two North Korean prisoners of war in Ukraine, captured while fighting for Russia and detained since early 2025, have pleaded with a visiting documentary producer to bring them to South Korea, an activist said Friday',
    figures: [f(2, 2, '', 'people', 'captured')],
  },
  {
    url: KOREAHERALD_POWS,
    date: '2025-10-31',
    // "in their 20s" is an age.
    text: "Jang Se-yul, head of a North Korean defectors' group in South Korea, disclosed the meeting between two North Korean captives in their 20s and a South Korean documentary producer Tuesday at a prisoner camp near Kyiv, where they are currently held",
    figures: [f(2, 2, '', 'people', 'captured')],
  },
  {
    url: KOREAHERALD_POWS,
    date: '2025-10-31',
    // "Both of them", "one of them": which of the two, not a count; "February" is a date.
    text: 'Both of them expressed a desire to go to South Korea, Jang suggested, a change from February, when only one of them had expressed such an intent during a meeting with a South Korean lawmaker',
    figures: [],
  },
  {
    url: KOREAHERALD_POWS,
    date: '2025-10-31',
    text: 'Since October last year, North Korea has deployed 15,000 troops to Russia in support of its war with Ukraine',
    figures: [f(15000, 15000, '', 'troops', 'troops-sent')],
  },
  // Ukrainska Pravda (no date printed; 24 Dec 2025 in its address): the prisoners' letter.
  {
    url: PRAVDA_POWS_LETTER,
    date: '',
    text: "Two North Korean soldiers captured in Ukraine while fighting on Russia's side have written a letter expressing their wish to go to South Korea",
    figures: [f(2, 2, '', 'people', 'captured')],
  },
  {
    url: PRAVDA_POWS_LETTER,
    date: '',
    // "both aged 20" is an age; "October" a date.
    text: 'the two North Korean POWs, both aged 20, wrote the letter in October after meeting a South Korean documentary producer at a POW camp near Kyiv',
    figures: [f(2, 2, '', 'people', 'captured')],
  },
  {
    url: PRAVDA_POWS_LETTER,
    date: '',
    // A date.
    text: 'The letter was handed over in early December',
    figures: [],
  },
  {
    url: PRAVDA_POWS_LETTER,
    date: '',
    // "11 January" is a date.
    text: "On 11 January, President Volodymyr Zelenskyy and the Security Service of Ukraine reported that Ukrainian troops had captured two North Korean soldiers in Russia's Kursk Oblast",
    figures: [f(2, 2, '', 'people', 'captured')],
  },
  // Brazil Latest (no date printed), March 2025 (after NK News): a lawmaker on the prisoners.
  {
    url: BRAZILLATEST_POW_DEFECT,
    date: '',
    // A time.
    text: 'He urged the South Korean government to employ “all” available resources to prevent the forced repatriation of the soldier following their meeting last month',
    figures: [],
  },
  {
    url: BRAZILLATEST_POW_DEFECT,
    date: '',
    text: 'Yu disclosed audio recordings and photographs from his interactions with two North Korean POWs to support his claims',
    figures: [f(2, 2, '', 'people', 'captured')],
  },
  // KBS World Radio, 26 June 2025: the NIS expects more troops in July or August.
  {
    url: KBS_WORLD_JULY_AUGUST,
    date: '2025-06-26',
    // Months are dates; no count.
    text: "The state intelligence agency forecast North Korea to deploy additional troops to Russia as early as between July and August in support of Moscow's military offensive in Ukraine",
    figures: [],
  },
  {
    url: KBS_WORLD_JULY_AUGUST,
    date: '2025-06-26',
    // Engineers and construction workers together (sappers and builders in one number); unscored,
    // as in the thirteenth set. "last week" is a time.
    text: "After meeting with North Korean leader Kim Jong-un in Pyongyang last week, Shoigu announced that the North had agreed to send six-thousand military engineers and construction workers to Russia's Kursk region",
    figures: [f(6000, 6000, '', 'troops')],
  },
  {
    url: KBS_WORLD_JULY_AUGUST,
    date: '2025-06-26',
    // "last October" is a date; "one month" a duration.
    text: 'Shoigu had made a similar deployment deal during a visit to Pyongyang last October, one month before the North sent some eleven-thousand combat troops to Russia',
    figures: [f(11000, 11000, 'some', 'troops', 'troops-sent')],
  },
  // News Now USA, 13 Dec 2025: the engineer regiment comes home.
  {
    url: NEWSNOWUSA_528TH,
    date: '2025-12-13',
    // "528th" names a unit; "about 120 days" is a duration.
    text: 'The ceremony honored officers and soldiers of the 528th Regiment of Engineers of the Korean People’s Army (KPA), who were deployed overseas for about 120 days',
    figures: [],
  },
  {
    url: NEWSNOWUSA_528TH,
    date: '2025-12-13',
    // A date.
    text: 'KCNA said the unit was dispatched in early August and carried out both combat-related and engineering tasks in Russia’s Kursk region',
    figures: [],
  },
  {
    url: NEWSNOWUSA_528TH,
    date: '2025-12-13',
    // Deaths Kim himself acknowledged.
    text: 'Kim acknowledged casualties during the mission, stating that nine soldiers were killed, calling their deaths a “heartrending loss” for the country',
    figures: [f(9, 9, '', 'people', 'killed-acknowledged')],
  },
  {
    url: NEWSNOWUSA_528TH,
    date: '2025-12-13',
    // "528th" names a unit.
    text: 'He announced that the 528th Regiment would receive the Order of Freedom and Independence, one of North Korea’s top military honors',
    figures: [],
  },
  {
    url: NEWSNOWUSA_528TH,
    date: '2025-12-13',
    // The same nine, as the North itself gives them.
    text: 'The nine fallen soldiers were posthumously awarded the title of Hero of the Democratic People’s Republic of Korea, along with other state decorations',
    figures: [f(9, 9, '', 'people', 'killed-acknowledged')],
  },
  // Devdiscourse (after Reuters), 22 Aug 2025: the ceremony of heroes.
  {
    url: DEVDISCOURSE_HEROIC,
    date: '2025-08-22',
    // "approximately" goes with the 600 only; the 15,000 deployed: those sent.
    text: 'According to South Korean lawmakers citing intelligence reports, approximately 600 out of 15,000 deployed North Korean soldiers have been killed in Ukraine',
    figures: [
      f(600, 600, 'approximately', 'people', 'killed'),
      f(15000, 15000, '', 'troops', 'troops-sent'),
    ],
  },
  // The Independent (video page), 22 Aug 2025: the same ceremony.
  {
    url: INDEPENDENT_TV_HEROES,
    date: '2025-08-22',
    // A date.
    text: 'During a ceremony in Pyongyang on Friday (22 August), the North Korean dictator awarded “hero” titles to troops who returned after fighting alongside Russian forces in Kursk',
    figures: [],
  },
  {
    url: INDEPENDENT_TV_HEROES,
    date: '2025-08-22',
    // "In 2024" is a date.
    text: 'In 2024, Pyongyang sent more than 20,000 soldiers to the Kursk region, according to South Korean and Western Intelligence agencies',
    figures: [f(20000, 20000, 'more than', 'troops', 'troops-sent')],
  },
  {
    url: INDEPENDENT_TV_HEROES,
    date: '2025-08-22',
    text: 'Around 600 have been killed in action',
    figures: [f(600, 600, 'around', 'people', 'killed')],
  },
  // Devdiscourse (after Reuters' investigation), 15 Apr 2025: troops and shells.
  {
    url: DEVDISCOURSE_REUTERS_SHELLS,
    date: '2025-04-15',
    // All sent, reinforcements included; the 3,000 reinforcements: additional troops.
    text: 'Estimates suggest North Korea has dispatched around 14,000 troops, including 3,000 reinforcements, to compensate for losses',
    figures: [
      f(14000, 14000, 'around', 'troops', 'troops-sent'),
      f(3000, 3000, '', 'troops', 'troops-additional'),
    ],
  },
  {
    url: DEVDISCOURSE_REUTERS_SHELLS,
    date: '2025-04-15',
    // "nearly 20 months" is a duration; "millions" of shells as the earlier sets.
    text: 'Over the past nearly 20 months, continuous shipments of millions of shells from North Korea have reached the frontlines by sea and rail',
    figures: [f(2000000, 9000000, 'millions', 'munitions', 'munitions-supplied')],
  },
];
