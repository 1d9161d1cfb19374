/**
 * The twenty-fourth held-out set (issue 22): selections from sixteen more public articles on North
 * Korean troops in Russia's war, October 2024 to August 2025, from sites whose name starts with a
 * letter from a to m or a digit (set 25 takes the others): Mingoda (AFP) on Kim's encouragement of
 * the troops in Kursk, Korea Daily US on Zelensky's second video of a prisoner, Local News 8 (AP)
 * on the second 1,500 sent in October 2024, Lex News Media (CBS News) on Kim's ceremony for the
 * dead in August 2025, ABC News Australia (Reuters) on NATO's confirmation of the deployment,
 * Korea Daily US on the prisoner Ri's wish to defect, LBNN (AFP) on Syrsky's "intensive
 * offensive", BKE News (Newsweek) on a Kursk war map, Dong-A Ilbo on the fake Russian IDs, Daily
 * NK and Earth Press News (L'Express) and 1776 Reporting on the Storm Corps, two Business Insider
 * stories read on Inforeader (ISW's rate of loss; Zelensky's 3,800 on a podcast), The Kyiv
 * Independent on Zelensky's "over 3,000" and Gazzeta (the New York Times) on what Kim is paid.
 * None is among ../shared/sources, the addresses used by the earlier sets or the phrase table's
 * sources, and none is a repost or rewrite of one of their articles: they were found with the
 * library's page search (English pages only), and taken in the order the search gave them, not for
 * being easy or hard. Passed over: Reuters' and AFP's stories whose reposts earlier sets used (the
 * Pentagon's 10,000 reprinted by Daily News Hub 365; Kirby's 1,000 on Devdiscourse; Reuters' 3,000
 * of 23 October 2024 on Devdiscourse, whose other Devdiscourse rewrite an earlier set used;
 * Reuters' 100 killed of 19 December 2024 on Vietnam's Lao Dong; Reuters' "more troops" of 27
 * February 2025 on The Japan News; the New York Times' withdrawal story rewritten by Caliber,
 * RBC-Ukraine and SMI; AP's Shoigu story on Mid-day; Reuters' demining story on EconoTimes and Fox
 * News; RT's Gerasimov story on MENAFN, twice; Politico's Kursk story on DNyuz; The Independent's
 * memorial story on inkl; the fake-ID story on Fatshimetrie, LNG in Northern BC, Sahara Reporters
 * and a CloudFront mirror; RFA's drone story rewritten by Munhwa News and IJ Reportika;
 * Ukrinform's rewrite of Budanov's 11,000; Al Jazeera's ceremony story on 234 Radio; Dagens's
 * rewrite of United24's ISW story; Meduza's and Devdiscourse's rewrites of Reuters' 600 and 4,700,
 * on doubt), KBS World's 600 and 4,100 (a shared source), pages with no article (search-result
 * pages, tag pages, a category page) and pages whose stored text carries no number (an RFE/RL
 * video page, a CNN clip, a Devdiscourse story on the ceremony).
 * What a reader takes from each was written down before the parser ever ran on them, by someone
 * who had not read the parser's code nor run any held-out, development or phrase test while
 * writing it; it is to be scored once, and the parser is not tuned on it. Only the short
 * selections are stored, with their article's address and date ('' when the stored page does not
 * print one, even where the address carries one). The stored text of each page is the library's
 * excerpt; every sentence with a number in it was taken, up to where that text stops, but not
 * headlines of other stories printed beside an article (ABC's "two dead", Inforeader's list).
 * Conventions, as in the earlier sets: a count of the two prisoners is a figure where the article
 * first numbers them, also as "one of (the) two … captured"; a number that only points back at
 * people already counted is not. Vague quantities: "thousands" 2,000–9,000, "hundreds" 200–900,
 * "hundreds of thousands" 200,000–900,000; "a third" is 33 %. Soldiers as a force are 'troops';
 * the dead, the wounded, captives and other people are 'people'. Containers of weapons are a
 * figure with no unit nor measure, as in the earlier sets; "millions of artillery shells" supplied
 * are munitions-supplied (2 to 9 million). Where no measure of the vocabulary fits (a commando of
 * the 1960s, the size of North Korea's special forces, hostages in a war plan, tourists, the
 * soldiers of a price list), the measure is left out (not scored), with the reason beside it.
 * Dates, years, ages, durations (but not the time until a force would be wiped out, which has its
 * measure; "for three days in a row", "a four-minute video", "three to five days"), ordinals ("a
 * third country", "a second front"), distances ("around 10 kilometers", "the 1,170-kilometer
 * (730-mile) front line"), counts of documents or units ("three military IDs", "four brigades"),
 * money ("up to $6 billion"), unit names ("the 11th corps", "Unit 124", "VIII Special Forces") and
 * a prisoner's "80 percent" resolve are not figures.
 */
import { f } from './phrases';
import type { HeldOutRow } from './heldOut';

const MINGODA_HEROIC =
  'https://www.mingoda.com/News/1698300/KimJongUnhailsheroicNorthKoreantroopsfightinginRussia';
const KOREADAILY_VIDEO =
  'https://koreadailyus.com/new-video-of-captured-north-korean-soldier-released-zelensky-says-russia-exploits-them-in-war';
const LOCALNEWS8_1500 =
  'https://localnews8.com/news/2024/10/23/lawmakers-south-koreas-spy-chief-says-north-korea-has-sent-another-1500-troops-to-russia/';
const LEX_CEREMONY =
  'https://lex-news-media.blogspot.com/2025/08/kim-jong-un-praises-north-korean.html';
const ABC_RUTTE =
  'https://www.abc.net.au/news/2024-10-29/nato-chief-confirms-north-korean-troops-deployed-in-russia-/104529628';
const KOREADAILY_DEFECT =
  'https://koreadailyus.com/north-korean-pow-in-ukraine-expresses-desire-to-defect-to-south-korea';
const LBNN_SYRSKY =
  'https://lbnntv.com/russia-launched-intensive-offensive-in-kursk-with-n-korean-troops-ukraine';
const BKENEWS_MAP =
  'https://bkenews.com/kursk-war-map-shows-ukraines-advances-amid-north-korean-troop-deployment';
const DONGA_IDS = 'https://donga.com/en/article/all/20241224/5366530/1';
const DAILYNK_STORM =
  'https://www.dailynk.com/english/years-of-indoctrination-preceded-nk-troops-russia-deployment/';
const EARTHPRESS_STORM =
  'https://earthpressnews.com/these-elite-soldiers-who-threaten-ukraine-lexpress';
const REPORTING1776_STORM =
  'https://1776reporting.com/russian-training-camp-heats-up-as-north-korean-forces-prepare-for-a-shocking-mission';
const INFOREADER_ISW = 'https://inforeader.com/i/?a=reader&rid=67893a8e4008a';
const INFOREADER_FRIDMAN = 'https://inforeader.com/i/?search=%23lex-fridman';
const GAZZETA_NYT = 'https://gazzeta.in.ua/en/news/putn-zaplativ-km-chen-inu-mlyardi-za-bjt-1';
const KYIVINDEPENDENT_3000 =
  'https://kyivindependent.com/over-3-000-north-korean-troops-killed-wounded-in-kursk-oblast-zelensky-says';

export const HELD_OUT_24: HeldOutRow[] = [
  // Mingoda (AFP; no date printed): Kim's encouragement of the troops in Kursk.
  {
    url: MINGODA_HEROIC,
    date: '',
    text: 'referencing an area where intelligence agencies say Pyongyang has sent more than 10,000 fighters',
    figures: [f(10000, 10000, 'more than', 'troops', 'troops-sent')],
  },
  // Korea Daily US (no date printed; the date at its top is the site's own): the second video.
  {
    url: KOREADAILY_VIDEO,
    date: '',
    // A date and a duration.
    text: 'On January 14, Ukrainian President Volodymyr Zelensky shared a four-minute video on X (formerly Twitter) showing the questioning of the North Korean prisoner of war (POW).',
    figures: [],
  },
  {
    url: KOREADAILY_VIDEO,
    date: '',
    // The article's first count of the prisoners.
    text: 'The soldier in the video was reportedly one of two North Korean soldiers captured by Ukrainian forces near Kursk in western Russia.',
    figures: [f(2, 2, '', 'people', 'captured')],
  },
  {
    url: KOREADAILY_VIDEO,
    date: '',
    // A duration.
    text: 'He hid alone in a forest for three to five days before being discovered by Ukrainian forces and transported in a vehicle.',
    figures: [],
  },
  // Local News 8 (AP), 23 October 2024: another 1,500.
  {
    url: LOCALNEWS8_1500,
    date: '2024-10-23',
    text: 'South Korea’s spy chief has told lawmakers that North Korea has sent another 1,500 troops to Russia to support its war against Ukraine.',
    figures: [f(1500, 1500, '', 'troops', 'troops-additional')],
  },
  {
    url: LOCALNEWS8_1500,
    date: '2024-10-23',
    // The first 1,500, sent this month.
    text: 'Last week, the National Intelligence Service said it had confirmed that North Korea sent 1,500 special operation forces to Russia this month.',
    figures: [f(1500, 1500, '', 'troops', 'troops-sent')],
  },
  {
    url: LOCALNEWS8_1500,
    date: '2024-10-23',
    text: 'NIS director Cho Tae-yong told a closed-door parliamentary committee meeting Wednesday that his agency has found North Korea sent additional 1,500 soldiers to Russia',
    figures: [f(1500, 1500, '', 'troops', 'troops-additional')],
  },
  {
    url: LOCALNEWS8_1500,
    date: '2024-10-23',
    text: 'Park cited Cho as saying that North Korea plans to send a total of 10,000 troops to Russia by December.',
    figures: [f(10000, 10000, '', 'troops', 'troops-sent-expected')],
  },
  // Lex News Media (CBS News; no date printed): Kim's ceremony for the dead.
  {
    url: LEX_CEREMONY,
    date: '',
    // A date.
    text: 'Pyongyang and Moscow have forged increasingly close ties after the Kremlin found itself diplomatically isolated following its February 2022 invasion of Ukraine.',
    figures: [],
  },
  // ABC News Australia (Reuters), 29 October 2024: NATO confirms the deployment.
  {
    url: ABC_RUTTE,
    date: '2024-10-29',
    // A duration.
    text: 'NATO has confirmed that North Korean troops have been sent to help Russia in its almost three-year war against Ukraine',
    figures: [],
  },
  {
    url: ABC_RUTTE,
    date: '2024-10-29',
    text: "Adding thousands of North Korean soldiers to Europe's biggest conflict since World War II will pile more pressure on Ukraine's weary and overstretched army.",
    figures: [f(2000, 9000, 'thousands', 'troops', 'troops-sent')],
  },
  // Korea Daily US (no date printed): the prisoner Ri wishes to defect.
  {
    url: KOREADAILY_DEFECT,
    date: '',
    // The article's first count of the prisoners.
    text: 'One of the two North Korean soldiers captured alive by Ukrainian forces expressed his desire to defect to South Korea',
    figures: [f(2, 2, '', 'people', 'captured')],
  },
  {
    url: KOREADAILY_DEFECT,
    date: '',
    // A date.
    text: 'Rep. Yu Yong-weon told reporters in a press conference at the National Assembly on March 11',
    figures: [],
  },
  {
    url: KOREADAILY_DEFECT,
    date: '',
    // A man's resolve in percent: a share of nothing counted.
    text: 'Ri previously told the South Korean daily Chosun Ilbo in an interview published last month that he was “80 percent determined” to defect.',
    figures: [],
  },
  {
    url: KOREADAILY_DEFECT,
    date: '',
    // A photo caption: a duration and dates.
    text: 'Rep. Yu Yong-weon of the People Power Party interviews a captured North Korean soldier during his four-day visit to Ukraine from Feb. 23 to 26.',
    figures: [],
  },
  // LBNN (AFP; no date printed): Syrsky on an "intensive offensive" with North Korean units.
  {
    url: LBNN_SYRSKY,
    date: '',
    // A duration.
    text: 'For three days in a row, the enemy has been conducting intensive offensive operations in the Kursk region, actively using North Korean army units',
    figures: [],
  },
  {
    url: LBNN_SYRSKY,
    date: '',
    text: 'Intelligence agencies in Ukraine, the United States, and South Korea have all said Pyongyang has deployed around 10,000 troops to Russia to fight alongside its army.',
    figures: [f(10000, 10000, 'around', 'troops', 'troops-sent')],
  },
  {
    url: LBNN_SYRSKY,
    date: '',
    text: 'Ukraine said Monday its forces had killed or wounded at least 30 North Korean troops in Kursk.',
    figures: [f(30, 30, 'at least', 'people', 'killed-or-wounded')],
  },
  {
    url: LBNN_SYRSKY,
    date: '',
    text: 'At least 10,000 North Korean forces have been deployed to help the Russian army, according to western estimates.',
    figures: [f(10000, 10000, 'at least', 'troops', 'troops-sent')],
  },
  {
    url: LBNN_SYRSKY,
    date: '',
    // A distance.
    text: 'claimed to have seized another small village in the eastern Donetsk region, around 10 kilometers (6 miles) south of the resource-rich hub of Kurakhove',
    figures: [],
  },
  {
    url: LBNN_SYRSKY,
    date: '',
    // The front's length: a distance.
    text: 'He said the “operational and strategic situation remains difficult” across the 1,170-kilometer (730-mile) front line',
    figures: [],
  },
  // BKE News (Newsweek; no date printed): a Kursk war map.
  {
    url: BKENEWS_MAP,
    date: '',
    // A date.
    text: 'Ukraine made swift gains when it staged its surprise incursion into the region on August 6 overrunning weakly defended Russian positions and taking the city of Sudzha and other territory.',
    figures: [],
  },
  {
    url: BKENEWS_MAP,
    date: '',
    text: 'Zelensky told the European Political Community summit that 11,000 North Korean troops are involved in combat in the region and taking casualties',
    figures: [f(11000, 11000, '', 'troops', 'troops-present')],
  },
  {
    url: BKENEWS_MAP,
    date: '',
    // A date; "the first clashes" is an ordinal.
    text: 'Ukraine’s Defense Minister Rustem Umerov said on November 5 that the first clashes between Ukrainian and North Korean soldiers had taken place.',
    figures: [],
  },
  {
    url: BKENEWS_MAP,
    date: '',
    // An ordinal.
    text: 'The presence of a third country in the war started by Putin has sparked international alarm',
    figures: [],
  },
  // Dong-A Ilbo (no date printed; 24 December 2024 in its address): the fake Russian IDs.
  {
    url: DONGA_IDS,
    date: '',
    text: 'Ukraine’s Special Operations Forces revealed on Sunday that they had killed three North Korean soldiers during intense fighting in Russia’s southwestern Kursk region.',
    figures: [f(3, 3, '', 'people', 'killed')],
  },
  {
    url: DONGA_IDS,
    date: '',
    // A count of documents.
    text: 'The unit displayed three military IDs recovered at the scene.',
    figures: [],
  },
  {
    url: DONGA_IDS,
    date: '',
    // The same three documents again.
    text: "Additionally, all three IDs listed the soldiers' birthplace as the Tuva Republic, the hometown of former Russian Defense Minister Sergey Shoigu.",
    figures: [],
  },
  {
    url: DONGA_IDS,
    date: '',
    // Casualties, what they include not said.
    text: 'Despite suffering hundreds of casualties, these strategies reportedly remain unchanged.',
    figures: [f(200, 900, 'hundreds', 'people', 'casualties')],
  },
  // Daily NK (no date printed): years of indoctrination in the Storm Corps.
  {
    url: DAILYNK_STORM,
    date: '',
    // A year.
    text: 'have undergone intense ideological training since 2014 emphasizing their duty to sacrifice their lives for Kim Jong Un',
    figures: [],
  },
  {
    url: DAILYNK_STORM,
    date: '',
    // An ordinal.
    text: 'The Storm Corps’ primary mission in the event of a war would be penetrating enemy lines to sow confusion and create a second front in the rear.',
    figures: [],
  },
  {
    url: DAILYNK_STORM,
    date: '',
    // A unit's name.
    text: 'The Storm Corps is an elite special forces corps that originated with the VIII Special Forces',
    figures: [],
  },
  // Earth Press News (L'Express; no date printed): the Storm Corps.
  {
    url: EARTHPRESS_STORM,
    date: '',
    // In Russia, training, before going to the front.
    text: 'According to kyiv but also Seoul, 12,000 North Korean soldiers are preparing to converge on the front in support of Russian troops.',
    figures: [f(12000, 12000, '', 'troops', 'troops-present')],
  },
  {
    url: EARTHPRESS_STORM,
    date: '',
    // A count of units and a unit's name.
    text: 'Pyongyang mobilized four brigades of the famous 11th corps, called the “Storm Corps”',
    figures: [],
  },
  {
    url: EARTHPRESS_STORM,
    date: '',
    // A commando of the 1960s: soldiers, but of no measure; "Unit 124" is a name, the rest years.
    text: 'This corps is a distant heir of Unit 124, a commando of 31 soldiers formed in the 1960s to assassinate South Korean President Park Chung-hee (1961-1979).',
    figures: [f(31, 31, '', 'troops')],
  },
  {
    url: EARTHPRESS_STORM,
    date: '',
    // A date.
    text: 'On January 21, 1968, the commando managed to infiltrate the South and reach the Blue House, the South Korean presidency.',
    figures: [],
  },
  {
    url: EARTHPRESS_STORM,
    date: '',
    // A year.
    text: 'In 1983, Pyongyang brought together its best units to create the Storm Corps.',
    figures: [],
  },
  {
    url: EARTHPRESS_STORM,
    date: '',
    // North Korea's special forces at home: no measure fits; unscored.
    text: 'This unit is today the pillar of the special forces, whose numbers are estimated by the American and South Korean services at 200,000 members.',
    figures: [f(200000, 200000, '', 'troops')],
  },
  {
    url: EARTHPRESS_STORM,
    date: '',
    // The corps' strength at home, not the men sent: no measure fits; "11th Corps" is a name.
    text: 'The 11th Corps would have 60,000, divided into units of light infantry, paratroopers or even snipers',
    figures: [f(60000, 60000, '', 'troops')],
  },
  // 1776 Reporting (no date printed): the Storm Corps and an old war plan.
  {
    url: REPORTING1776_STORM,
    date: '',
    // A unit's name.
    text: 'This unit, known formally as the 11th Corps, is linked to a disturbing wartime scenario previously revealed by North Korea.',
    figures: [],
  },
  {
    url: REPORTING1776_STORM,
    date: '',
    // A year and a war's imagined length.
    text: 'Back in 2013, North Korea’s propaganda website, Uriminzokkiri, released a dramatic scenario dubbed the “three-day war.”',
    figures: [],
  },
  {
    url: REPORTING1776_STORM,
    date: '',
    // Hostages in a war plan: people, but of no measure; unscored.
    text: 'one particularly alarming part of the plan involved the Storm Corps capturing 150,000 American hostages from Seoul and other key cities',
    figures: [f(150000, 150000, '', 'people')],
  },
  {
    url: REPORTING1776_STORM,
    date: '',
    // Tourists: no measure fits; unscored. "the first quarter" is a time.
    text: 'the Korea Tourism Organization’s LA office reported that over 240,000 Americans had visited South Korea in just the first quarter of the year alone',
    figures: [f(240000, 240000, 'over', 'people')],
  },
  // Business Insider on Inforeader (no date printed): ISW's rate of loss.
  {
    url: INFOREADER_ISW,
    date: '',
    text: 'North Korea stands to lose all 12,000 of its troops in Kursk by mid-April if its casualty rate holds, analysts say',
    figures: [f(12000, 12000, '', 'troops', 'troops-present')],
  },
  {
    url: INFOREADER_ISW,
    date: '',
    text: 'Analysts cited casualty reports from Ukraine and South Korea, estimating 92 losses per day for Pyongyang.',
    figures: [f(92, 92, '', 'casualties/day', 'casualties-per-day')],
  },
  {
    url: INFOREADER_ISW,
    date: '',
    text: 'Still, the estimated 12,000 troops sent by North Korea are a small fraction of its total military strength.',
    figures: [f(12000, 12000, 'estimated', 'troops', 'troops-sent')],
  },
  {
    url: INFOREADER_ISW,
    date: '',
    text: "If North Korea's current casualty rate holds, it would take three more months for Pyongyang to lose all of its estimated 12,000 troops deployed to fight Ukraine",
    figures: [
      f(3, 3, '', 'months', 'time-to-wipe-out'),
      f(12000, 12000, 'estimated', 'troops', 'troops-sent'),
    ],
  },
  // Business Insider on Inforeader (no date printed): Zelensky's 3,800 on a podcast.
  {
    url: INFOREADER_FRIDMAN,
    date: '',
    text: 'Ukraine says 3,800 North Koreans have been killed or wounded so far in Kursk',
    figures: [f(3800, 3800, '', 'people', 'killed-or-wounded')],
  },
  {
    url: INFOREADER_FRIDMAN,
    date: '',
    text: '3,800 North Koreans have been killed or wounded fighting alongside Russia, Volodymyr Zelenskyy said.',
    figures: [f(3800, 3800, '', 'people', 'killed-or-wounded')],
  },
  {
    url: INFOREADER_FRIDMAN,
    date: '',
    text: "But Ukraine's president told the Lex Fridman podcast that hundreds of thousands more could arrive.",
    figures: [f(200000, 900000, 'hundreds of thousands', 'troops', 'troops-possible-further')],
  },
  {
    url: INFOREADER_FRIDMAN,
    date: '',
    text: "Ukrainian President Volodymyr Zelenskyy said in a podcast interview released Sunday that 3,800 North Korean soldiers had been killed or wounded in Russia's Kursk region to date.",
    figures: [f(3800, 3800, '', 'people', 'killed-or-wounded')],
  },
  {
    url: INFOREADER_FRIDMAN,
    date: '',
    text: "Zelenskyy's figure suggests that a third of the North Korean troops brought over to fight alongside Russia have been taken out of action.",
    figures: [f(33, 33, '', '%', 'share-of-force-lost')],
  },
  {
    url: INFOREADER_FRIDMAN,
    date: '',
    text: '12,000 has arrived.',
    figures: [f(12000, 12000, '', 'troops', 'troops-sent')],
  },
  {
    url: INFOREADER_FRIDMAN,
    date: '',
    text: 'Today, 3,800 killed or wounded',
    figures: [f(3800, 3800, '', 'people', 'killed-or-wounded')],
  },
  {
    url: INFOREADER_FRIDMAN,
    date: '',
    text: 'he cautioned that North Korea could send many more, giving a figure as high as half a million troops',
    figures: [f(500000, 500000, 'as high as', 'troops', 'troops-possible-further')],
  },
  {
    url: INFOREADER_FRIDMAN,
    date: '',
    // "a single week" is a duration.
    text: 'In late December, the White House estimated that more than 1,000 North Koreans had been killed or wounded in the space of a single week, amid mass dismounted attacks.',
    figures: [f(1000, 1000, 'more than', 'people', 'killed-or-wounded')],
  },
  // The Kyiv Independent (no date printed): Zelensky's "over 3,000".
  {
    url: KYIVINDEPENDENT_3000,
    date: '',
    text: "The number of killed and injured North Korean soldiers fighting alongside Russian forces in Russia's Kursk Oblast has surpassed 3,000",
    figures: [f(3000, 3000, 'surpassed', 'people', 'killed-or-wounded')],
  },
  {
    url: KYIVINDEPENDENT_3000,
    date: '',
    text: 'Russia has reportedly deployed about 12,000 North Korean troops to help oust Ukrainian troops fighting in Kursk Oblast since early August.',
    figures: [f(12000, 12000, 'about', 'troops', 'troops-sent')],
  },
  {
    url: KYIVINDEPENDENT_3000,
    date: '',
    text: 'South Korean MP Lee Sung-kwon told reporters on Dec. 19 that at least 100 North Korean troops have been killed and 1,000 injured',
    figures: [f(100, 100, 'at least', 'people', 'killed'), f(1000, 1000, '', 'people', 'wounded')],
  },
  {
    url: KYIVINDEPENDENT_3000,
    date: '',
    // A date; "their first casualties" counts no one.
    text: 'Pentagon spokesperson Major General Patrick Ryder confirmed on Dec. 16 that North Korean soldiers had sustained their first casualties during combat in the region.',
    figures: [],
  },
  // Gazzeta (the New York Times; no date printed): what Kim is paid.
  {
    url: GAZZETA_NYT,
    date: '',
    text: 'Kim Jong Un, has embarked on a "bold diplomatic adventure" by sending approximately 11,000 soldiers to Russia',
    figures: [f(11000, 11000, 'approximately', 'troops', 'troops-sent')],
  },
  {
    url: GAZZETA_NYT,
    date: '',
    // Money.
    text: 'Russian President Vladimir Putin has reportedly paid Kim Jong Un up to $6 billion for the supply of weapons and the dispatch of North Korean soldiers, NYT reports.',
    figures: [],
  },
  {
    url: GAZZETA_NYT,
    date: '',
    // Money.
    text: 'The Seoul-based Hanguk Foreign Studies Institute estimates that the value of arms supplied by Pyongyang ranges from $1.72 billion to $5.5 billion.',
    figures: [],
  },
  {
    url: GAZZETA_NYT,
    date: '',
    // Soldiers of a price list, not a claim of how many were sent: no measure; the rest is money.
    text: 'For sending between 5,000 to 20,000 soldiers, North Korea could receive an additional $143 million to $572 million from Russia.',
    figures: [f(5000, 20000, 'between', 'troops')],
  },
  {
    url: GAZZETA_NYT,
    date: '',
    // Money.
    text: 'For instance, the official export of the country last year amounted to only $330 million.',
    figures: [],
  },
  {
    url: GAZZETA_NYT,
    date: '',
    // Containers: no unit nor measure; the shells were supplied.
    text: 'North Korea has also supplied Russia with 20,000 cargo containers filled with weapons, including millions of artillery shells',
    figures: [
      f(20000, 20000, '', null),
      f(2000000, 9000000, 'millions', 'munitions', 'munitions-supplied'),
    ],
  },
];
