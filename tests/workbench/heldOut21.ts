/**
 * The twenty-first held-out set (issue 22): selections from fourteen more public articles on
 * North Korean troops in Russia's war against Ukraine, October 2024 to January 2026, all from
 * sites whose domain name (after any "www.", "m.", "en." or "english." prefix) starts with a
 * letter from n to z (another writer took a to m at the same time, from other articles):
 * - Pravda.ru (english.pravda.ru): the NIS's count of November 2025, 10,000 sent and 5,000 to
 *   follow;
 * - The News SG (thenews.sg, a wire story's wording): the first North Korean soldier taken
 *   prisoner (December 2024);
 * - News Chat Spot (newschatspot.com, Yonhap's wording): the NIS's 3,000 of 23 October 2024;
 * - United24 Media: the NIS's construction troops and engineers (Euractiv, November 2025);
 * - The Star (thestar.com.my, The Korea Herald's wording): North Korean workers in Russia;
 * - WVTF (wvtf.org, NPR): the North Koreans grown skilled with drones (June 2025);
 * - LIGA.net (news.liga.net): Zelensky's 11,000 in Kursk and the first losses (November 2024);
 * - NK News (nknews.org): the dead and Kim's secrecy (the stored text stops at a paywall);
 * - Prism (prism.liabooks.com): Kim at the memorial museum's building site (January 2026);
 * - Rated News (ratednews.com, NK News' wording): the first prisoner confirmed by Seoul;
 * - Only Trusted News (onlytrusted.news): what is known of the two prisoners;
 * - Sweden Herald (swedenherald.com): The Times on the shells and the six officers killed (October
 *   2024);
 * - PH New Look (phnewlook.com): the Pentagon's 10,000 and Biden's warning (October 2024);
 * - News Loup (newsloup.com, the BBC's wording): the troops not seen at the front for three weeks,
 *   and their 1,000 killed (February 2025).
 * They were found with the library's page search (corpus "pages"; queries on North Korean troops
 * in Kursk, their casualties, the spy agency's estimates, the prisoners, the reinforcements, the
 * sappers, the shells, the Pentagon's estimate) and taken in the order the search gave them, not
 * for being easy or hard; pages not in English and pages of domains a to m were left to the
 * other writer. None is among ../shared/sources (xn--vg1b002a.net, found first, is one of them),
 * the addresses used by the earlier sets, the development set or the phrase table's sources, or
 * the list of addresses of set 20. Passed over as already used: The Spokesman-Review, Tribune
 * South Africa, two NK News pages, RFA, Republic World, two UNN pages, News.az, The Straits
 * Times, Vesti, Online Tuner and The Tundra Drums. Passed over as a repost or rewrite of a wire
 * story an earlier set or another page here holds: RBC-Ukraine on the NIS's 100 killed (the
 * Reuters story set 12 holds through The Asahi Shimbun), TDPel Media (the same story as the
 * Pravda.ru page, in the same words), Red Censor (the AP story of the soldiers' "rare
 * opportunity", set 17's KVIA), News N247 (the AP story of the NIS's January count, set 9's Al
 * Jazeera), PH PR on the sappers (the Reuters story the development set holds through
 * Interbellum News), the Ukrainian World Congress (the same Times report as Sweden Herald's),
 * Novinite (Yonhap's story of the NIS's April count, which UNN reprinted), Smiua and RBC-Ukraine on
 * the troops taken off the front (The New York Times' story, which set 7 holds through Espreso),
 * Nigeria Latest (the story set 3 holds through inkl) and Nexus News (the BBC story News Loup
 * gives, found after it). New Todays (newtodays.site), first taken, was dropped whole before any
 * scoring when the repeat check found its New York Times story on the prisoners' video in set 10
 * (through Jara News, a page of the letters a to m that this writer had not looked up). One
 * sentence of The News SG page was left out: the wire's stock line on the ties since the
 * invasion of February 2022, which a row of set 13 already holds in the same words. A table on
 * the Prism page ("Troops Sent | 10,000+ personnel") is not a sentence and was left out; so was
 * the paywall's offer on the NK News page. A sentence printed twice on one page (a caption, a
 * standfirst) is taken once.
 * Every sentence with a number (digits or number words, and vague quantities such as
 * "thousands") is taken, up to where the stored text stops, also where the number is not a
 * figure: those rows have no figure and test for spurious ones. Where a sentence is cut off by
 * the end of the stored text, the clause before the cut is taken when it is whole.
 * What a reader takes from each was written down before the parser ever ran on them, by someone
 * who had not read the parser's code nor run any held-out, development or phrase test while
 * writing it; it is to be scored once, and the parser is not tuned on it. Only the short
 * selections are stored, with their article's address and date ('' when the stored page does
 * not print one, even where the address carries one).
 * Conventions, as in the earlier sets: a qualifier is the approximator as printed, in lower
 * case; one qualifier before two numbers joined by "and" applies to both. Vague quantities:
 * "thousands" 2,000–9,000, "tens of thousands" 20,000–90,000; "half" is 50 %. A count stated as a
 * claim is a figure each time an article states it; a number that only points back at people
 * already counted ("the two North Korean POWs", "the 3,000 already deployed", "just two more
 * soldiers" said of the two prisoners) is not. Troops "deployed" or "dispatched" are troops sent;
 * troops "stationed" are troops present; a total "expected to reach" by a date is a projection.
 * Where the words do not decide a measure (more troops "expected to follow", a decided total to
 * be dispatched) or no measure fits (civilian workers, Russia's or Ukraine's own troops, a share
 * of Russia's shells, a yearly rate of shells), the measure is left out (not scored), with the
 * reason beside it. Shells are munitions supplied only where the words say they were sent.
 * Dates ("June 2024", "Oct. 8-13", "Feb 9"), durations ("more than three years", "several
 * months", "for three weeks", "within three months"), ordinals ("their first casualties", "their
 * first North Korean prisoner", "a third party", "the 225th Separate Assault Brigade", "70th
 * birthday"), distances ("thousands of miles"), money ("US$2,000 per month", "US$800"), a
 * resolution's number and counts of countries ("our two countries", "the two nations") are not
 * figures.
 */
import { f } from './phrases';
import type { HeldOutRow } from './heldOut';

const PRAVDA_NIS_NOVEMBER =
  'https://english.pravda.ru/news/world/164732-north-korean-troops-deployed-to-russia/';
const THENEWS_FIRST_CAPTURE =
  'https://thenews.sg/north-korean-soldier-captured-in-russia-ukraine-war-seoul';
const NEWSCHATSPOT_3000 = 'https://newschatspot.com/?p=10462';
const UNITED24_CONSTRUCTION =
  'https://united24media.com/latest-news/north-korea-sends-thousands-of-troops-to-russia-disguised-as-construction-workers-13103';
const THESTAR_WORKERS =
  'https://www.thestar.com.my/aseanplus/aseanplus-news/2025/02/10/thousands-of-n-korean-workers-sent-to-russian-construction-sites-seoul-intelligence';
const WVTF_NPR_DRONES =
  'https://www.wvtf.org/2025-06-16/north-koreans-fighting-for-russia-against-ukraine-have-grown-skilled-in-drone-warfare';
const LIGA_FIRST_LOSSES =
  'https://news.liga.net/en/politics/news/north-korea-losses-have-already-been-recorded-zelenskyy';
const NKNEWS_SECRECY = 'https://nknews.org/?p=951717';
const PRISM_MEMORIAL =
  'https://prism.liabooks.com/en/posts/kim-jong-russia-ukraine-war-memorial-mk1sfzgw';
const RATEDNEWS_FIRST_POW =
  'https://ratednews.com/Archives/2024/12/asia-pacific/ukraine-has-captured-first-north-korean-soldier-in-kursk-seoul-confirms';
const ONLYTRUSTED_POWS =
  'https://onlytrusted.news/what-we-know-about-the-north-korean-prisoners-of-war-captured-by-ukraine';
const SWEDENHERALD_SHELLS =
  'https://swedenherald.com/article/north-korean-weapons-behind-russian-successes';
const PHNEWLOOK_PENTAGON =
  'https://phnewlook.com/hot-news/biden-warns-north-korea-against-sending-troops-to-ukraine/';
const NEWSLOUP_BBC_ABSENT =
  'https://newsloup.com/2025/02/03/ukraine-reports-on-north-korean-troop-withdrawal-due-to-heavy-losses';

export const HELD_OUT_21: HeldOutRow[] = [
  // Pravda.ru (no date printed): the NIS's count of November 2025.
  {
    url: PRAVDA_NIS_NOVEMBER,
    date: '',
    // The 5,000 "expected to follow": the words do not decide between additional troops and
    // possible further ones (as set 13 took "thousands more" expected to follow); unscored.
    text: 'South Korea’s National Intelligence Service (NIS) reported that North Korea has already deployed approximately 10,000 of its soldiers to Russia since September, with an additional 5,000 expected to follow.',
    figures: [
      f(10000, 10000, 'approximately', 'troops', 'troops-sent'),
      f(5000, 5000, '', 'troops'),
    ],
  },
  {
    url: PRAVDA_NIS_NOVEMBER,
    date: '',
    text: 'The NIS also stated that around 1,000 North Korean engineers had been sent to assist in demining and logistical work near the Russian-Ukrainian border.',
    figures: [f(1000, 1000, 'around', 'troops', 'sappers')],
  },
  {
    url: PRAVDA_NIS_NOVEMBER,
    date: '',
    text: 'At present, around 10,000 North Korean troops are stationed near the border, fulfilling security and reconstruction roles',
    figures: [f(10000, 10000, 'around', 'troops', 'troops-present')],
  },
  {
    url: PRAVDA_NIS_NOVEMBER,
    date: '',
    // A date.
    text: 'Lavrov stated that bilateral ties had gained “a strong new momentum” following the Pyongyang Summit in June 2024.',
    figures: [],
  },
  // The News SG (a wire story's wording; no date printed): the first North Korean soldier
  // captured.
  {
    url: THENEWS_FIRST_CAPTURE,
    date: '',
    text: 'South Korea’s intelligence service had previously put the number of killed or wounded North Koreans at 1,000, saying the high casualty rate could be down to an unfamiliar battlefield environment and their lack of capability to counter drone attacks.',
    figures: [f(1000, 1000, '', 'people', 'killed-or-wounded')],
  },
  {
    url: THENEWS_FIRST_CAPTURE,
    date: '',
    // "our two countries" counts countries.
    text: 'North Korean state media said on Friday that Putin sent a New Year’s message to North Korean leader Kim Jong Un, saying “the bilateral ties between our two countries have been elevated after our talks in June in Pyongyang”.',
    figures: [],
  },
  // News Chat Spot (Yonhap's wording; no date printed): the NIS's 3,000 of 23 October 2024.
  {
    url: NEWSCHATSPOT_3000,
    date: '',
    // The 10,000 "expected to be deployed by December" is a projection.
    text: 'Around 3,000 North Korean soldiers were believed to have been sent to Russia so far to support its ongoing war with Ukraine, with a total of 10,000 expected to be deployed by December, South Korea’s spy agency said Wednesday.',
    figures: [
      f(3000, 3000, 'around', 'troops', 'troops-sent'),
      f(10000, 10000, '', 'troops', 'troops-sent-expected'),
    ],
  },
  {
    url: NEWSCHATSPOT_3000,
    date: '',
    // The 10,000 Pyongyang decided to dispatch: a decided total, neither sent, present nor a
    // projection by a date; unscored. The first batch was transported: sent.
    text: 'The NIS earlier confirmed that the North was sending troops to Russia in line with its decision to dispatch around 10,000 soldiers to fight alongside Russia against Ukraine, and approximately 1,500 soldiers were transported in a first batch by around last week.',
    figures: [
      f(10000, 10000, 'around', 'troops'),
      f(1500, 1500, 'approximately', 'troops', 'troops-sent'),
    ],
  },
  {
    url: NEWSCHATSPOT_3000,
    date: '',
    // "Oct. 8-13" is a date; "the first batch" an ordinal.
    text: 'After the first batch arrived in Russia from Oct. 8-13, an additional 1,500 soldiers have been sent there',
    figures: [f(1500, 1500, '', 'troops', 'troops-additional')],
  },
  {
    url: NEWSCHATSPOT_3000,
    date: '',
    // Money.
    text: 'A North Korean soldier receives around US$2,000 per month for the service to Russia, according to the agency.',
    figures: [],
  },
  {
    url: NEWSCHATSPOT_3000,
    date: '',
    // A projection; "the 3,000 already deployed" points back at the 3,000 counted above.
    text: 'The total number of troops joining Russia is expected to reach 10,000, including the 3,000 already deployed, it added.',
    figures: [f(10000, 10000, '', 'troops', 'troops-sent-expected')],
  },
  // United24 Media (no date printed): the NIS's construction troops and engineers.
  {
    url: UNITED24_CONSTRUCTION,
    date: '',
    // The headline: troops sent as (military) construction workers, as the text below says.
    text: 'North Korea Sends Thousands of Troops to Russia Disguised as Construction Workers',
    figures: [f(2000, 9000, 'thousands', 'troops', 'construction-workers')],
  },
  {
    url: UNITED24_CONSTRUCTION,
    date: '',
    // A photo caption: a year and an ordinal (a birthday).
    text: 'North Korean soldiers march tearfully during a 2012 parade honoring Kim Jong Il’s 70th birthday, as they salute new leader Kim Jong Un.',
    figures: [],
  },
  {
    url: UNITED24_CONSTRUCTION,
    date: '',
    // One qualifier before two numbers joined by "and" applies to both. "November 4" is a date.
    text: 'North Korea has deployed approximately 5,000 military construction troops and 1,000 engineers to Russia since September, according to South Korea’s National Intelligence Service (NIS), as reported by Euractiv on November 4.',
    figures: [
      f(5000, 5000, 'approximately', 'troops', 'construction-workers'),
      f(1000, 1000, 'approximately', 'troops', 'sappers'),
    ],
  },
  {
    url: UNITED24_CONSTRUCTION,
    date: '',
    text: 'around 5,000 North Korean construction troops have been sequentially relocated to Russia since September and are expected to be mobilized for infrastructure reconstruction',
    figures: [f(5000, 5000, 'around', 'troops', 'construction-workers')],
  },
  {
    url: UNITED24_CONSTRUCTION,
    date: '',
    text: 'The NIS also confirmed that approximately 1,000 engineers have been assigned to mine-clearing tasks.',
    figures: [f(1000, 1000, 'approximately', 'troops', 'sappers')],
  },
  {
    url: UNITED24_CONSTRUCTION,
    date: '',
    text: 'In total, over 10,000 North Korean personnel are now reportedly stationed near Russia’s border with Ukraine, some engaged in security-related duties.',
    figures: [f(10000, 10000, 'over', 'troops', 'troops-present')],
  },
  {
    url: UNITED24_CONSTRUCTION,
    date: '',
    text: 'South Korean intelligence estimates that at least 600 North Korean soldiers have been killed in the war in Ukraine, with thousands more wounded.',
    figures: [
      f(600, 600, 'at least', 'people', 'killed'),
      f(2000, 9000, 'thousands', 'people', 'wounded'),
    ],
  },
  {
    url: UNITED24_CONSTRUCTION,
    date: '',
    text: 'A separate Euractiv report in September cited intelligence suggesting the number of North Korean military fatalities could exceed 2,000.',
    figures: [f(2000, 2000, 'exceed', 'people', 'killed')],
  },
  // The Star (The Korea Herald's wording; no date printed, 10 February 2025 in its address):
  // North Korean workers in Russia. The workers are civilian labourers: no measure fits them.
  {
    url: THESTAR_WORKERS,
    date: '',
    // A photo caption: money.
    text: "South Korea's National Intelligence Service said each worker was being paid a monthly stipend of approximately US$800.",
    figures: [],
  },
  {
    url: THESTAR_WORKERS,
    date: '',
    // A year.
    text: 'North Korea sent a large number of workers to Russia in 2024, as well as troops, according to the National Intelligence Service (NIS) in Seoul.',
    figures: [],
  },
  {
    url: THESTAR_WORKERS,
    date: '',
    // Civilian workers: a figure, no measure; unscored. "Feb 9" is a date.
    text: 'The NIS said on Feb 9 that North Korea has sent “thousands of workers to construction sites in various parts of Russia” over the past year',
    figures: [f(2000, 9000, 'thousands', 'people')],
  },
  {
    url: THESTAR_WORKERS,
    date: '',
    // Civilian workers: no measure; unscored. The stipend is money.
    text: 'Then, the NIS had said in a briefing that about 4,000 North Korean workers were already believed to be in Russia, with each worker being paid a monthly stipend of approximately US$800.',
    figures: [f(4000, 4000, 'about', 'people')],
  },
  {
    url: THESTAR_WORKERS,
    date: '',
    // A date.
    text: '“I think North Korean workers may have been recruited to make up for the labour shortages after many were drafted for the war,” Wi told The Korea Herald on Feb 9.',
    figures: [],
  },
  {
    url: THESTAR_WORKERS,
    date: '',
    // Civilian workers, now and before the sanctions: no measure; unscored. "a year" is a
    // duration.
    text: 'On North Korea providing thousands of workers to Russia in the space of a year, Wi said that before sanctions, it used to be tens of thousands.',
    figures: [f(2000, 9000, 'thousands', 'people'), f(20000, 90000, 'tens of thousands', 'people')],
  },
  {
    url: THESTAR_WORKERS,
    date: '',
    // A resolution's number.
    text: 'North Korea’s deployment of overseas workers violates United Nations Security Council Resolution 2375, which bans the issuance of work permits to North Korean labourers.',
    figures: [],
  },
  {
    url: THESTAR_WORKERS,
    date: '',
    // A date.
    text: 'Under the resolution, all existing North Korean workers were mandated to return home by the end of December 2019.',
    figures: [],
  },
  // WVTF (NPR; no date printed, 16 June 2025 in its address): drones.
  {
    url: WVTF_NPR_DRONES,
    date: '',
    // A duration.
    text: "During more than three years of Russia's full-scale war on Ukraine, the front line has also served as a kind of vicious, real-time classroom.",
    figures: [],
  },
  {
    url: WVTF_NPR_DRONES,
    date: '',
    text: "So, too, has North Korea — which last fall sent 11,000 elite soldiers to support Russia's military in the Russian region of Kursk, where Ukrainians had made a surprise incursion last summer.",
    figures: [f(11000, 11000, '', 'troops', 'troops-sent')],
  },
  {
    url: WVTF_NPR_DRONES,
    date: '',
    // A war's name and a unit's.
    text: '"They went from using World War II tactics to managing on the battlefield with drones," Capt. Oleh Shyriaiev, commander of the 225th Separate Assault Brigade, told NPR.',
    figures: [],
  },
  {
    url: WVTF_NPR_DRONES,
    date: '',
    // Russia's own troops by Sumy (North Korean ones among them or not, the words do not say):
    // no measure of the vocabulary; unscored.
    text: 'Ukrainian President Volodymyr Zelenskyy told reporters that Russia is amassing 50,000 troops along the border with Sumy.',
    figures: [f(50000, 50000, '', 'troops')],
  },
  // LIGA.net, 7 November 2024: Zelensky on the first losses.
  {
    url: LIGA_FIRST_LOSSES,
    date: '2024-11-07',
    // An ordinal.
    text: "North Korean soldiers have suffered their first casualties in battles with Ukraine's Armed Forces in the Kursk region, President Volodymyr Zelenskyy announced during a press conference following the European Political Community Summit.",
    figures: [],
  },
  {
    url: LIGA_FIRST_LOSSES,
    date: '2024-11-07',
    text: "The president stated that 11,000 North Korean troops are currently stationed in Russia's Kursk region.",
    figures: [f(11000, 11000, '', 'troops', 'troops-present')],
  },
  // NK News (no date printed): the dead and Kim's secrecy (printed twice; taken once).
  {
    url: NKNEWS_SECRECY,
    date: '',
    // A distance.
    text: 'As more North Korean soldiers die fighting thousands of miles away in Russia’s war against Ukraine, leader Kim Jong Un faces risks to his rule from unsolved questions over how to honor their deaths, bury their bodies and deal with their families.',
    figures: [],
  },
  // Prism (no date printed): Kim at the memorial museum's building site.
  {
    url: PRISM_MEMORIAL,
    date: '',
    // An ordinal.
    text: 'The site marks the first of its kind in the DPRK.',
    figures: [],
  },
  {
    url: PRISM_MEMORIAL,
    date: '',
    text: "With thousands of North Korean soldiers believed to have perished in Russia's war against Ukraine, leader Kim Jong-un has signaled a shift in how the state honors its overseas casualties.",
    figures: [f(2000, 9000, 'thousands', 'people', 'killed')],
  },
  {
    url: PRISM_MEMORIAL,
    date: '',
    // A date.
    text: 'The project was unveiled in August 2025 when Kim awarded commendations to the troops supporting Russia.',
    figures: [],
  },
  {
    url: PRISM_MEMORIAL,
    date: '',
    // An ordinal.
    text: 'This marks the first time North Korea has built a museum dedicated to soldiers killed in action overseas.',
    figures: [],
  },
  {
    url: PRISM_MEMORIAL,
    date: '',
    text: "While North Korea hasn't officially confirmed the exact number of casualties, intelligence reports suggest that over 10,000 soldiers were dispatched.",
    figures: [f(10000, 10000, 'over', 'troops', 'troops-sent')],
  },
  // Rated News (NK News' wording; no date printed): the first prisoner.
  {
    url: RATEDNEWS_FIRST_POW,
    date: '',
    // An ordinal: "their first" prisoner is no count.
    text: 'Ukrainian forces have captured their first North Korean prisoner of war in Russia’s Kursk region, South Korea’s intelligence agency confirmed on Friday.',
    figures: [],
  },
  // Only Trusted News (no date printed): the two prisoners.
  {
    url: ONLYTRUSTED_POWS,
    date: '',
    // "the first time" is an ordinal.
    text: 'For the first time, Ukrainian forces have captured two North Korean soldiers during hostilities in Russia’s Kursk Oblast.',
    figures: [f(2, 2, '', 'people', 'captured')],
  },
  {
    url: ONLYTRUSTED_POWS,
    date: '',
    // A date.
    text: 'The soldiers were taken prisoner on January 11, and President Volodymyr Zelensky announced their capture as “irrefutable evidence” of Pyongyang’s involvement',
    figures: [],
  },
  {
    url: ONLYTRUSTED_POWS,
    date: '',
    // "just two more soldiers" is said of the two prisoners already counted.
    text: '“In terms of the war in Ukraine and the numbers of prisoners taken by both sides, they’re just two more soldiers,” said retired Australian Major General Mick Ryan.',
    figures: [],
  },
  {
    url: ONLYTRUSTED_POWS,
    date: '',
    // Points back at the two prisoners (the stored text stops after "in").
    text: 'The two North Korean POWs are currently in the custody of the Security Service of Ukraine (SBU)',
    figures: [],
  },
  // Sweden Herald (no date printed): The Times on the shells; the six officers near Donetsk.
  {
    url: SWEDENHERALD_SHELLS,
    date: '',
    // A share of the shells Russia uses: no measure of the vocabulary; unscored.
    text: 'Half of the artillery shells used by Russia in the war come from North Korea, reports The Times, which has obtained the information.',
    figures: [f(50, 50, '', '%')],
  },
  {
    url: SWEDENHERALD_SHELLS,
    date: '',
    // A yearly rate of shells, not a count supplied (as set 10 took one); unscored.
    text: 'Three million shells are to be transported annually from Pyongyang to Moscow, although many of the shells are defective.',
    figures: [f(3000000, 3000000, '', 'munitions')],
  },
  {
    url: SWEDENHERALD_SHELLS,
    date: '',
    // Shells North Korea sent, "likely to Russia": supplied, as "NK sent millions of shells to
    // Russia" was taken in set 9.
    text: 'In August, the South Korean news agency Yonhap reported that North Korea had sent containers with up to six million artillery shells, likely to Russia.',
    figures: [f(6000000, 6000000, 'up to', 'munitions', 'munitions-supplied')],
  },
  {
    url: SWEDENHERALD_SHELLS,
    date: '',
    text: 'At the same time, Kyiv Post reports that six North Korean officers were killed in a Ukrainian robot attack in Russian-occupied area near Donetsk on Thursday.',
    figures: [f(6, 6, '', 'people', 'killed')],
  },
  // PH New Look (no date printed): the Pentagon's 10,000 and Biden's warning, October 2024.
  {
    url: PHNEWLOOK_PENTAGON,
    date: '',
    text: 'The Pentagon asserts that North Korea has dispatched 10,000 soldiers to Russia, potentially for deployment against Ukrainian forces.',
    figures: [f(10000, 10000, '', 'troops', 'troops-sent')],
  },
  {
    url: PHNEWLOOK_PENTAGON,
    date: '',
    // Arrived in Russia: sent (to Russia, for training), as the cue "arrived" reads.
    text: 'The Pentagon reported this week that approximately 10,000 North Korean soldiers have arrived in Russia.',
    figures: [f(10000, 10000, 'approximately', 'troops', 'troops-sent')],
  },
  {
    url: PHNEWLOOK_PENTAGON,
    date: '',
    // An ordinal.
    text: 'Moscow and Pyongyang signed a bilateral treaty earlier this year, outlining mutual military assistance in the event of an attack by a third party.',
    figures: [],
  },
  {
    url: PHNEWLOOK_PENTAGON,
    date: '',
    // A count of countries.
    text: 'He stated last week that what the two nations do to fulfill their obligations under the new agreement is solely between them.',
    figures: [],
  },
  {
    url: PHNEWLOOK_PENTAGON,
    date: '',
    // A duration.
    text: 'Over the past several months, Ukrainian forces have encountered a series of setbacks on the battlefield.',
    figures: [],
  },
  {
    url: PHNEWLOOK_PENTAGON,
    date: '',
    // Ukraine's own draft: no measure of the vocabulary; unscored (the stored text stops after
    // "over").
    text: 'Kyiv intends to address its manpower shortage by drafting an additional 160,000 soldiers',
    figures: [f(160000, 160000, '', 'troops')],
  },
  // News Loup (the BBC's story; no date printed, 3 February 2025 in its address): the troops
  // not seen at the front.
  {
    url: NEWSLOUP_BBC_ABSENT,
    date: '',
    // A duration.
    text: 'Ukrainian forces report no sightings of North Korean troops in Kursk for three weeks, likely due to heavy losses.',
    figures: [],
  },
  {
    url: NEWSLOUP_BBC_ABSENT,
    date: '',
    // "in three months" is a duration.
    text: 'Over 11,000 North Koreans were sent to support Russia, with about 1,000 fatalities in three months.',
    figures: [
      f(11000, 11000, 'over', 'troops', 'troops-sent'),
      f(1000, 1000, 'about', 'people', 'killed'),
    ],
  },
  {
    url: NEWSLOUP_BBC_ABSENT,
    date: '',
    // A duration.
    text: 'Ukrainian special forces have reported to the BBC that they have not observed North Korean troops in Russia’s western Kursk area for the past three weeks.',
    figures: [],
  },
  {
    url: NEWSLOUP_BBC_ABSENT,
    date: '',
    // "within three months" is a duration.
    text: 'Reports indicate that of approximately 11,000 North Korean soldiers dispatched to support Russia, about 1,000 have been killed within three months.',
    figures: [
      f(11000, 11000, 'approximately', 'troops', 'troops-sent'),
      f(1000, 1000, 'about', 'people', 'killed'),
    ],
  },
];
