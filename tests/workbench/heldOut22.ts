/**
 * The twenty-second held-out set (issue 22): selections from fifteen more public articles on North
 * Korean troops in Russia's war, October 2024 to November 2025, from sites whose names begin with a
 * letter from a to m (the twenty-third set, written at the same time, takes the rest). None is
 * among ../shared/sources, the addresses used by the earlier sets or the phrase table's sources.
 * They were found with the library's page search (English pages only; queries on casualties,
 * deployments, estimates, prisoners, sappers, weapons and the Pentagon's count) and taken in the
 * order the search gave them, not for being easy or hard:
 * - The Korea Herald (Yonhap), Dec 2024: hundreds killed or wounded, by a US official;
 * - The Korea Times (Yonhap): 11,000 in Kursk disguised as people of the Far East, 500 killed;
 * - Asia News Network (The Korea Herald), June 2025: more troops likely in July or August;
 * - (Lokmat Times (IANS), June 2025, left out after scoring: it is Yonhap's story that the shared
 *   Interfax-Ukraine source reprints, which the repeat check found; see docs/workbench.md);
 * - MENAFN (Ukrinform), Dec 2024: Zelensky on prisoners who died and on over 3,000 lost;
 * - Aussiedlerbote, Oct 2024: the first North Koreans in Kursk, Kirby's 3,000;
 * - Finans Güncel: the two prisoners and what will happen to them;
 * - Digital Journal (AFP), Jan 2025: Ukraine questions two prisoners;
 * - News-Pravda DPRK (Rossiya 1), Nov 2025: sappers arrive in Kursk;
 * - Dragon Plus Insight (CNN), Jan 2025: no North Koreans at the front for three weeks;
 * - IFP News, Nov 2024: HUR on weapons sent to Russia and Ukraine's lost Kursk ground;
 * - The Kyiv Independent: a video on how the two prisoners were taken;
 * - LBC (AFP), Oct 2024: the Pentagon's 10,000;
 * - Cumhuriyet Daily: the Pentagon's 10,000;
 * - Devdiscourse (Reuters), Nov 2024: Blinken's 10,000 in Russia and 8,000 in Kursk.
 * Passed over, in the order met: pages in other languages; pages of the other writer's letters;
 * addresses already used; a tag page (Horizons Cottages) and a Bing topic page holding only another
 * outlet's lede; Reuters' story of 27 Feb 2025 on more troops (Yomiuri), one of whose reposts
 * (ARY News) was used, and AFP's story of the same day (A News), which Vijesti's used story seems to
 * retell; KBS's, All the News' and Devdiscourse's stories on the memorial museum (Jan 2026), rewrites
 * of stories used through Prism and The Straits Times; the Reuters story on fake documents
 * reprinted on a CloudFront page, used through HNGN; Caliber's retelling of the New York Times on
 * the troops taken off the front, whose retelling by Espreso was used; Munhwa News' and IJ
 * Reportika's rewrites of Radio Free Asia (passed over before); Aaja Kakura's rewrite of AFP's
 * story on about 2,000 dead (2 Sep 2025), the story the shared Emarat Alyoum text translates; and
 * two Kyiv Independent stories on shells alone (August and October 2024).
 * What a reader takes from each was written down before the parser ever ran on them, by someone
 * who had not read the parser's code nor run any held-out, development or phrase test while
 * writing it; it is to be scored once, and the parser is not tuned on it. Only the short
 * selections are stored, with their article's address and date ('' when the stored page does not
 * print one, even where the address carries one). Every sentence with a number is taken, up to
 * where the stored text stops, except lists of other stories printed beside an article. The
 * Pentagon spokeswoman's quoted sentence ("has sent around 10,000 soldiers in total to train in
 * eastern Russia …"), printed by LBC and Cumhuriyet, was left out: sets 6 and 11 selected the same
 * words from other outlets.
 * A count stated as a claim is a figure, also when the article gave it before; a number that only
 * points back at people already counted ("the two men in hospital bunks", "One of the two
 * soldiers") is not. Vague quantities follow the earlier sets ("hundreds" 200–900, "several
 * hundred" 300–900, "thousands" 2,000–9,000, "several" 3–9); "one-third" is 33 %, "approximately
 * half" 50 %. Weapons and shells supplied are munitions-supplied. Where no measure fits (the dead of
 * both armies together, Russia's own force, engineers and builders counted together, a share of
 * Ukraine's land held by Russia, a share killed rather than killed or wounded) the measure is left
 * out (not scored), with the reason beside it. Dates, datelines, durations ("three weeks", "about a
 * month", "a few months ago"), ordinals ("the first confirmation"), decades, calibres and model
 * names ("170-mm M-1989", "Kn-23/24"), counts of regions and a channel's name ("Rossiya 1") are not
 * figures, nor are the experts a newspaper asked.
 */
import { f } from './phrases';
import type { HeldOutRow } from './heldOut';

const KOREAHERALD_HUNDREDS = 'https://www.koreaherald.com/view.php?ud=20241218050008';
const KOREATIMES_INDIGENOUS = 'http://m.koreatimes.co.kr/pages/article.asp?newsIdx=386989';
const ASIANEWS_JULY =
  'https://asianews.network/north-korea-likely-to-send-more-troops-to-russia-in-july-august-south-korean-spy-agency';
const MENAFN_UKRINFORM =
  'https://menafn.com/1109035947/Zelensky-DPRK-Soldiers-Are-Being-Killed-By-Their-Own-To-Avoid-Being-Captured-By-AFU';
const AUSSIEDLERBOTE_DEBUT =
  'https://aussiedlerbote.de/en/in-russias-kursk-region-there-have-been-reports-of-north-korean-military-personnel-present/';
const FINANSGUNCEL_POWS =
  'https://finansguncel.com/prisoners-of-war-in-war-what-will-happen-to-north-korean-prisoners';
const DIGITALJOURNAL_AFP =
  'https://www.digitaljournal.com/world/ukraine-says-questioning-pows-it-claims-are-north-koreans/article';
const NEWSPRAVDA_SAPPERS = 'https://dprk.news-pravda.com/en/russia/2025/11/14/15325.html';
const DRAGONPLUS_CNN =
  'https://dragonplusinsight.com/the-ukrainian-army-north-korean-troops-withdraw-from-the-front-lines-in-kursk-after-suffering-heavy-losses';
const IFPNEWS_HUR =
  'https://ifpnews.com/north-korea-russia-dozens-ballistic-missiles-millions-artillery-shells-ukraine/';
const KYIVINDEPENDENT_VIDEO =
  'https://kyivindependent.com/ukrainian-soldiers-on-capturing-north-korean-pow';
const LBC_PENTAGON =
  'https://www.lbcgroup.tv/news/world-news/810384/north-korea-has-sent-10000-troops-to-train-in-russia-pentagon/en';
const CUMHURIYET_PENTAGON =
  'https://www.cumhuriyetdaily.com/world/north-korea-sent-around-10000-soldiers-to-russia-to-fight-in-ukraine-2136619';
const DEVDISCOURSE_BLINKEN =
  'https://www.devdiscourse.com/article/law-order/3142563-rising-tensions-north-korean-troops-in-russia-pose-global-threat';

export const HELD_OUT_22: HeldOutRow[] = [
  // The Korea Herald (Yonhap), 18 December 2024: hundreds killed or wounded, by a US official.
  {
    url: KOREAHERALD_HUNDREDS,
    date: '2024-12-18',
    // The headline.
    text: 'Hundreds of N. Korean troops killed, wounded in battle with Ukrainian forces: reports',
    figures: [f(200, 900, 'hundreds', 'people', 'killed-or-wounded')],
  },
  {
    url: KOREAHERALD_HUNDREDS,
    date: '2024-12-18',
    // A dateline: a date and a time.
    text: 'Published : Dec. 18, 2024 - 09:47',
    figures: [],
  },
  {
    url: KOREAHERALD_HUNDREDS,
    date: '2024-12-18',
    text: 'Hundreds of North Korean troops fighting alongside Russian soldiers against Ukrainian forces in the Kursk region have been killed or wounded, according to news reports that cited a US military official.',
    figures: [f(200, 900, 'hundreds', 'people', 'killed-or-wounded')],
  },
  {
    url: KOREAHERALD_HUNDREDS,
    date: '2024-12-18',
    text: 'Reuters reported Tuesday that North Korean troops suffered "several hundred casualties" in battle with Ukrainian forces in the Kursk border region.',
    figures: [f(300, 900, 'several hundred', 'people', 'casualties')],
  },
  {
    url: KOREAHERALD_HUNDREDS,
    date: '2024-12-18',
    // An ordinal ("the first confirmation").
    text: 'The reported assessment came a day after a White House official said the United States believes North Korea has suffered "significant" troop losses, in the first confirmation by Washington on North Korean fatalities during Russia\'s war against Ukraine.',
    figures: [],
  },
  {
    url: KOREAHERALD_HUNDREDS,
    date: '2024-12-18',
    // The dead of both armies together: no measure fits; unscored.
    text: "Last Saturday, Ukraine's defense intelligence authorities said some 200 Russian and North Korean soldiers were estimated to have been killed while fighting in combined units against Ukrainian forces.",
    figures: [f(200, 200, 'some', 'people')],
  },
  // The Korea Times (Yonhap; no date printed): troops disguised as people of the Far East.
  {
    url: KOREATIMES_INDIGENOUS,
    date: '',
    // As printed ("have take part").
    text: "Citing Kyiv's top military officer, RBC Ukraine on Sunday (local time) reported that more than 11,000 North Korean soldiers are already stationed in the Kursk region and have take part in battles against Ukrainian troops.",
    figures: [f(11000, 11000, 'more than', 'troops', 'troops-present')],
  },
  {
    url: KOREATIMES_INDIGENOUS,
    date: '',
    text: 'The report came amid growing security concerns over military cooperation between North Korea and Russia, with South Korea and U.S. officials confirming that the North has sent more than 10,000 troops to Russia in support of its invasion against Ukraine.',
    figures: [f(10000, 10000, 'more than', 'troops', 'troops-sent')],
  },
  {
    url: KOREATIMES_INDIGENOUS,
    date: '',
    // An ordinal.
    text: 'On Sunday, the NIS said that it is closely looking into intelligence that casualties have occurred among North Korean troops in its first confirmation of such a development.',
    figures: [],
  },
  {
    url: KOREATIMES_INDIGENOUS,
    date: '',
    text: 'RBC Ukraine earlier reported that about 500 North Korean soldiers were killed "as a result of the Storm Shadow missile strike on the Kursk region," citing Global Defense, a defense news publisher.',
    figures: [f(500, 500, 'about', 'people', 'killed')],
  },
  // Asia News Network (The Korea Herald), 27 June 2025: more troops likely in July or August.
  {
    url: ASIANEWS_JULY,
    date: '2025-06-27',
    // Printed twice (standfirst and body); taken once. "first" is an adverb here, not a figure.
    text: 'North Korea first sent 11,000 troops to Russia in October last year, and 4,000 more troops this February.',
    figures: [
      f(11000, 11000, '', 'troops', 'troops-sent'),
      f(4000, 4000, '', 'troops', 'troops-additional'),
    ],
  },
  {
    url: ASIANEWS_JULY,
    date: '2025-06-27',
    // A photo caption: a date.
    text: 'In this pool photograph distributed by the Russian state agency Sputnik, Russian President Vladimir Putin and North Korean leader Kim Jong Un toast during a reception at the Mongnangwan Reception House in Pyongyang on June 19, 2024.',
    figures: [],
  },
  {
    url: ASIANEWS_JULY,
    date: '2025-06-27',
    // A dateline.
    text: 'June 27, 2025',
    figures: [],
  },
  {
    url: ASIANEWS_JULY,
    date: '2025-06-27',
    // Engineers and builders counted together: neither sappers nor construction workers alone; unscored.
    text: 'During a trip to Pyongyang last week by top Russian security official Sergei Shoigu, Russian media reports said that 6,000 military engineers and construction troops would be sent to the Kursk region, where Russian forces have been working to build a so-called “buffer zone.”',
    figures: [f(6000, 6000, '', 'troops')],
  },
  {
    url: ASIANEWS_JULY,
    date: '2025-06-27',
    // "about a month" is a duration.
    text: 'North Korea deployed 11,000 elite soldiers to Russia late last year, about a month after Shoigu’s Pyongyang trip.',
    figures: [f(11000, 11000, '', 'troops', 'troops-sent')],
  },
  // MENAFN (Ukrinform), 27 December 2024: Zelensky on North Koreans killed by their own.
  {
    url: MENAFN_UKRINFORM,
    date: '2024-12-27',
    // Taken prisoner (they died of their wounds afterwards).
    text: 'He said that today there was information about several soldiers from North Korea whom Ukrainian soldiers managed to capture.',
    figures: [f(3, 9, 'several', 'people', 'captured')],
  },
  {
    url: MENAFN_UKRINFORM,
    date: '2024-12-27',
    text: 'As Ukrinform reported earlier, President Volodymyr Zelensky said after the meeting of the National Security Council on December 23 that the number of killed and wounded North Korean soldiers in the Kursk region exceeds 3,000.',
    figures: [f(3000, 3000, 'exceeds', 'people', 'killed-or-wounded')],
  },
  // Aussiedlerbote, 25 October 2024: North Korean soldiers' debut in Kursk.
  {
    url: AUSSIEDLERBOTE_DEBUT,
    date: '2024-10-25',
    text: 'Ukraine launched a ground offensive in Kursk in August and currently controls several hundred square kilometers, according to their own statements.',
    figures: [f(300, 900, 'several hundred', 'km2', 'kursk-ground-seized')],
  },
  {
    url: AUSSIEDLERBOTE_DEBUT,
    date: '2024-10-25',
    text: 'As per the U.S. authorities, around 3,000 North Korean soldiers are undergoing training in eastern Russia.',
    figures: [f(3000, 3000, 'around', 'troops', 'troops-present')],
  },
  {
    url: AUSSIEDLERBOTE_DEBUT,
    date: '2024-10-25',
    // Kirby: the men moved in a stated period, as set 3 read his words.
    text: 'We suspect that North Korea has stationed at least 3,000 soldiers in the east of Russia between early and mid-October.',
    figures: [f(3000, 3000, 'at least', 'troops', 'troops-sent')],
  },
  // Finans Güncel (no date printed): what will happen to the North Korean prisoners.
  {
    url: FINANSGUNCEL_POWS,
    date: '',
    text: 'During the conflicts in the Kursk region of Russia, two North Korean soldiers were captured by Ukraine, and discussions are ongoing regarding the future of these prisoners.',
    figures: [f(2, 2, '', 'people', 'captured')],
  },
  {
    url: FINANSGUNCEL_POWS,
    date: '',
    // Zelensky's claim, stated again as a count.
    text: 'In January, President Volodymyr Zelensky had disclosed that two North Korean soldiers were taken captive in the Kursk region of Russia.',
    figures: [f(2, 2, '', 'people', 'captured')],
  },
  {
    url: FINANSGUNCEL_POWS,
    date: '',
    // An ordinal.
    text: 'It was the first time since the beginning of the war that prisoners were captured alive.',
    figures: [],
  },
  {
    url: FINANSGUNCEL_POWS,
    date: '',
    // "One of" the prisoners already counted.
    text: 'One of the North Korean soldiers captured by Ukraine had expressed his intention to seek refuge in South Korea.',
    figures: [],
  },
  {
    url: FINANSGUNCEL_POWS,
    date: '',
    text: 'According to assessments by Ukraine, the U.S., and South Korea, North Korea deployed thousands of soldiers to support Russian forces fighting in Ukraine.',
    figures: [f(2000, 9000, 'thousands', 'troops', 'troops-sent')],
  },
  {
    url: FINANSGUNCEL_POWS,
    date: '',
    // An ordinal and a decade.
    text: 'North Korean troops are actively participating in a war for the first time since the 1950s.',
    figures: [],
  },
  {
    url: FINANSGUNCEL_POWS,
    date: '',
    text: 'Kiev disclosed that over 3,000 North Korean soldiers had been killed or injured in Russia by the beginning of January 2025.',
    figures: [f(3000, 3000, 'over', 'people', 'killed-or-wounded')],
  },
  // Digital Journal (AFP), 11 January 2025: Ukraine questions two prisoners.
  {
    url: DIGITALJOURNAL_AFP,
    date: '2025-01-11',
    text: 'Ukraine said Saturday that it was questioning two wounded soldiers it claimed are North Koreans taken prisoner while fighting for Moscow in Russia’s Kursk region.',
    figures: [f(2, 2, '', 'people', 'captured')],
  },
  {
    url: DIGITALJOURNAL_AFP,
    date: '2025-01-11',
    text: 'Kyiv, the United States and South Korea have accused nuclear-armed North Korea of sending more than 10,000 soldiers to help its ally Russia fight Ukraine.',
    figures: [f(10000, 10000, 'more than', 'troops', 'troops-sent')],
  },
  {
    url: DIGITALJOURNAL_AFP,
    date: '2025-01-11',
    // Zelensky's own count of the prisoners, quoted.
    text: 'These are two soldiers who, although wounded, survived and were brought to Kyiv, and are talking to SBU investigators',
    figures: [f(2, 2, '', 'people', 'captured')],
  },
  {
    url: DIGITALJOURNAL_AFP,
    date: '2025-01-11',
    // "one" of the men already counted.
    text: 'The SBU said the men told interrogators they were experienced army soldiers, and one said he was sent to Russia for training, not to fight.',
    figures: [],
  },
  {
    url: DIGITALJOURNAL_AFP,
    date: '2025-01-11',
    // "the two men" points back at the prisoners.
    text: 'It released a video showing the two men in hospital bunks, one with bandaged hands and the other with a bandaged jaw.',
    figures: [],
  },
  {
    url: DIGITALJOURNAL_AFP,
    date: '2025-01-11',
    // An ordinal.
    text: 'A doctor at the detention centre says the first man also had a broken leg.',
    figures: [],
  },
  {
    url: DIGITALJOURNAL_AFP,
    date: '2025-01-11',
    // The stored text stops in this sentence.
    text: 'Zelensky said last month that nearly 3,000 North Korean soldiers had been “killed or wounded” there',
    figures: [f(3000, 3000, 'nearly', 'people', 'killed-or-wounded')],
  },
  // News-Pravda DPRK (Rossiya 1; no date printed): sappers arrive in Kursk.
  {
    url: NEWSPRAVDA_SAPPERS,
    date: '',
    // "a few months ago" is a time; printed twice (title and body), taken once.
    text: 'North Korean sappers arrived in the Kursk region to help mine the border areas from which the combined assault groups of the armies of Russia and the DPRK drove the enemy a few months ago.',
    figures: [],
  },
  {
    url: NEWSPRAVDA_SAPPERS,
    date: '',
    // A channel name.
    text: 'Exclusive footage of the work of specialists is featured in a report by military commander Sergei Zenin on Rossiya 1.',
    figures: [],
  },
  // Dragon Plus Insight (CNN; no date printed): no North Koreans seen at the front for three weeks.
  {
    url: DRAGONPLUS_CNN,
    date: '',
    // A date and a duration.
    text: 'Ukrainian military officials stated on January 31 that they have not seen North Korean soldiers on the frontlines in the Kursk region for three weeks.',
    figures: [],
  },
  {
    url: DRAGONPLUS_CNN,
    date: '',
    // A duration.
    text: 'North Korean forces have not been present on the Kursk region frontlines for approximately three weeks, likely forced to retreat after suffering significant losses.',
    figures: [],
  },
  {
    url: DRAGONPLUS_CNN,
    date: '',
    text: 'Ukrainian and Western intelligence indicate that around 12,000 North Korean soldiers were sent to Russia to participate in the Russia-Ukraine war.',
    figures: [f(12000, 12000, 'around', 'troops', 'troops-sent')],
  },
  {
    url: DRAGONPLUS_CNN,
    date: '',
    // Russia's own force in Kursk: no measure fits; unscored.
    text: 'Zelensky pointed out that there are 60,000 Russian soldiers and 12,000 North Korean soldiers deployed in the Kursk region.',
    figures: [f(60000, 60000, '', 'troops'), f(12000, 12000, '', 'troops', 'troops-present')],
  },
  {
    url: DRAGONPLUS_CNN,
    date: '',
    // A share killed, not killed or wounded (the share measure): unscored, as set 3 did.
    text: 'He also mentioned that one-third of these North Korean soldiers have been killed.',
    figures: [f(33, 33, '', '%')],
  },
  {
    url: DRAGONPLUS_CNN,
    date: '',
    text: 'As reported by the Kyiv Independent, Commander-in-Chief of the Ukrainian Armed Forces, Oleksandr Syrskyi, stated on January 19 that approximately half of the North Korean soldiers deployed in the Kursk region have been wounded or killed.',
    figures: [f(50, 50, 'approximately', '%', 'share-of-force-lost')],
  },
  {
    url: DRAGONPLUS_CNN,
    date: '',
    // Counts the experts a newspaper asked, not anyone of the war.
    text: 'Several experts interviewed by the mentioned newspaper believe that the high casualty rate among North Korean soldiers is related to their lack of modern warfare experience, the use of human wave tactics against Ukrainian positions, and their determination to avoid capture at all costs.',
    figures: [],
  },
  {
    url: DRAGONPLUS_CNN,
    date: '',
    // The stored text stops mid-sentence; a verb of loss before the number.
    text: 'on January 28, the Ukrainian Special Operations Forces posted on Facebook that they had killed two North',
    figures: [f(2, 2, '', 'people', 'killed')],
  },
  // IFP News, 30 November 2024: HUR on North Korea's weapons for Russia.
  {
    url: IFPNEWS_HUR,
    date: '2024-11-30',
    // Calibres and model names are not figures.
    text: 'In total, over 100 pieces of various equipment have been transferred, including 170-mm M-1989 self-propelled artillery systems, and 240-mm M-1991 multiple rocket launchers',
    figures: [f(100, 100, 'over', 'munitions', 'munitions-supplied')],
  },
  {
    url: IFPNEWS_HUR,
    date: '2024-11-30',
    // A model name.
    text: 'Additionally, North Korea continues to supply Russia with large-calibre artillery ammunition and short-range ballistic missiles of the Kn-23/24 type.',
    figures: [],
  },
  {
    url: IFPNEWS_HUR,
    date: '2024-11-30',
    // As printed ("100 artillery shells").
    text: 'HUR noted that as of this month, over 5 million artillery rounds and 100 artillery shells have been delivered.',
    figures: [
      f(5000000, 5000000, 'over', 'munitions', 'munitions-supplied'),
      f(100, 100, '', 'munitions', 'munitions-supplied'),
    ],
  },
  {
    url: IFPNEWS_HUR,
    date: '2024-11-30',
    text: 'Pyongyang is believed to have dispatched over 10,000 troops to aid Russia’s war, with the first clashes with Ukrainian forces reported in Kursk Oblast.',
    figures: [f(10000, 10000, 'over', 'troops', 'troops-sent')],
  },
  {
    url: IFPNEWS_HUR,
    date: '2024-11-30',
    text: 'According to the source in Ukraine’s General Staff, Ukraine has lost over 40 percent of the territory it previously gained in Kursk Oblast due to Russian counterattacks.',
    figures: [f(40, 40, 'over', '%', 'kursk-share-retaken')],
  },
  // The Kyiv Independent (no date printed): a video on how the two were captured.
  {
    url: KYIVINDEPENDENT_VIDEO,
    date: '',
    text: 'After numerous attempts, Ukrainian forces operating in Russia’s Kursk Oblast have finally captured two North Korean soldiers.',
    figures: [f(2, 2, '', 'people', 'captured')],
  },
  {
    url: KYIVINDEPENDENT_VIDEO,
    date: '',
    // "One of the two" points back.
    text: 'One of the two soldiers was taken prisoner by Ukraine’s Special Operations Forces.',
    figures: [],
  },
  // LBC (AFP), 28 October 2024: the Pentagon raises its estimate to 10,000.
  {
    url: LBC_PENTAGON,
    date: '2024-10-28',
    text: "North Korea has sent some 10,000 troops to train in Russia, the Pentagon said Monday, raising Washington's previous estimate of 3,000 from last week.",
    figures: [
      f(10000, 10000, 'some', 'troops', 'troops-sent'),
      f(3000, 3000, '', 'troops', 'troops-sent'),
    ],
  },
  // Cumhuriyet Daily (no date printed): the Pentagon on 10,000 soldiers.
  {
    url: CUMHURIYET_PENTAGON,
    date: '',
    // The headline.
    text: 'North Korea sent around 10,000 soldiers to Russia to fight in Ukraine: Pentagon',
    figures: [f(10000, 10000, 'around', 'troops', 'troops-sent')],
  },
  {
    url: CUMHURIYET_PENTAGON,
    date: '',
    text: 'North Korea sent around 10,000 troops to eastern Russia and to fight in Ukraine within "the next several weeks," the Pentagon said Monday.',
    figures: [f(10000, 10000, 'around', 'troops', 'troops-sent')],
  },
  // Devdiscourse (Reuters), 1 November 2024: Blinken on 10,000 in Russia, 8,000 in Kursk.
  {
    url: DEVDISCOURSE_BLINKEN,
    date: '2024-11-01',
    text: 'According to Blinken, Russia has already stationed 10,000 North Korean soldiers within its borders, with 8,000 in the strategic Kursk region.',
    figures: [
      f(10000, 10000, '', 'troops', 'troops-present'),
      f(8000, 8000, '', 'troops', 'troops-present'),
    ],
  },
];
