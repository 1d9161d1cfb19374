/**
 * The ninth held-out set (issue 22): selections from eighteen more public articles on North
 * Korean troops in Russia (October 2024 – October 2025), none among ../shared/sources,
 * heldOut.ts … heldOut8.ts or devSet.ts (and no repost of one of their articles; of a wire
 * story and its reposts only one rewrite each was kept, and none of a wire story already
 * used), found with the library's page search and taken in the order the stored text gives
 * them (not for being easy or hard), every sentence with a figure up to where the stored text
 * stops. What a reader takes from each was written down before the parser ever ran on them,
 * by someone who had not read the parser's code nor run any held-out, development or phrase
 * test while writing it; it is to be scored once, and the parser is not tuned on it. Only the
 * short selections are stored, with their article's address and date ('' when the stored page
 * does not print one). Where a figure could be troops sent, present or additional, or counts
 * builders and sappers together, or no measure of the vocabulary fits it, its measure is left
 * out (not scored), with the reason beside it. A qualifier that opens a sentence is written in
 * lower case, as the approximator list gives it. Vague quantities follow the earlier sets
 * ("several hundred" 300–900, "several thousand" 3,000–9,000, "hundreds of thousands"
 * 200,000–900,000) and, by the same rule, "millions" is 2–9 million. Counts of places,
 * rations per soldier, ordinals and unit names are not figures.
 */
import { f } from './phrases';
import type { HeldOutRow } from './heldOut';

const KOREA_HERALD_NIS_APRIL = 'https://www.koreaherald.com/article/10478169';
const AL_JAZEERA_NIS_JANUARY =
  'https://inkeinspires.com/2025/01/seoul-says-300-north-korean-soldiers-killed-2700-wounded-fighting-ukrainetraffic_sourcerss.html';
const POLITICO_NIS_DECEMBER =
  'https://mingooland.com/2024/12/seoul-reveals-how-many-of-putins-north-koreans-have-died-fighting-ukraine';
const EUROMAIDAN_BUDANOV =
  'https://euromaidanpress.com/2025/02/04/ukraines-spy-chief-says-nearly-8000-north-korean-soldiers-still-fighting-in-russias-kursk-oblast';
const UKRINFORM_CONFIRMS =
  'https://menafn.com/1109478988/North-Korea-Confirms-Participation-Of-Its-Troops-In-Russian-War-Against-Ukraine';
const VIJESTI_CONFIRMS =
  'https://en.vijesti.me/world-a/globus/756265/North-Korea-confirms-it-has-sent-troops-to-Russia';
const JOONGANG_6000 =
  'https://koreajoongangdaily.joins.com/news/2025-06-17/national/northKorea/North-to-dispatch-6000-military-engineers-construction-workers-to-Russia/2332328';
const NK_NEWS_6K =
  'https://www.nknews.org/2025/06/kim-jong-un-to-send-6k-military-workers-to-rebuild-russias-kursk-shoigu/';
const INDEPENDENT_5000 =
  'https://www.inkl.com/news/north-korea-will-send-5-000-military-construction-workers-to-russia-kremlin-says';
const YONHAP_MEMORIAL = 'https://viewusglobal.com/latest/article/85827';
const POST_NEWS_MEMORIAL = 'https://www.thepostnews.net/?p=37384';
const SKY_SWAP =
  'https://israelheadlinenews.com/articles/8497369621-volodymyr-zelenskyy-offers-captured-north-korean-soldiers-for-ukrainians-held-by-russia';
const LIGA_MEMORIAL =
  'https://news.liga.net/en/all/news/kim-jong-un-builds-a-sacred-memorial-to-soldiers-killed-in-russias-war-against-ukraine';
const EUROPESAYS_SUMY = 'https://www.europesays.com/uk/524414';
const SPOTLIGHT_NEPAL =
  'https://www.spotlightnepal.com/2024/10/23/north-korea-troops-expected-arrive-russias-kursk-region-ukraine/';
const NEW_INDIAN_EXPRESS =
  'https://www.newindianexpress.com/world/2024/Oct/24/officials-say-north-korea-has-sent-troops-to-russia-what-would-that-mean-for-the-war-with-ukraine';
const KYIV_INDEPENDENT_FIRST =
  'https://kyivindependent.com/first-north-korean-troops-deployed-to-front-line-in-kursk-oblast-ukraines-military-intelligence-says/';
const KBS_SHELLS = 'https://news.kbs.co.kr/news/pc/view/view.do?ncd=8229328';

export const HELD_OUT_9: HeldOutRow[] = [
  // The Korea Herald, on the NIS briefing of Wednesday 30 Apr 2025 (no date printed).
  {
    url: KOREA_HERALD_NIS_APRIL,
    date: '',
    // A photo caption: a date, no figure.
    text: 'North Korean soldiers are seen on Nov. 27, 2017, from Panmunjom, South Korea',
    figures: [],
  },
  {
    url: KOREA_HERALD_NIS_APRIL,
    date: '',
    text: "At least 600 North Korean soldiers had died in Russia's war on Ukraine, and more than 4,100 wounded",
    figures: [
      f(600, 600, 'at least', 'people', 'killed'),
      f(4100, 4100, 'more than', 'people', 'wounded'),
    ],
  },
  {
    url: KOREA_HERALD_NIS_APRIL,
    date: '',
    text: 'out of the some 15,000 soldiers North Korea sent to the war to date, about 600 had been killed and 4,100 injured',
    figures: [
      f(15000, 15000, 'some', 'troops', 'troops-sent'),
      f(600, 600, 'about', 'people', 'killed'),
      f(4100, 4100, '', 'people', 'wounded'),
    ],
  },
  {
    url: KOREA_HERALD_NIS_APRIL,
    date: '',
    // "about half" is the share of the wounded sent home: no measure of the vocabulary is a
    // share of the wounded (wounded-repatriated counts people), so that one is unscored; the
    // 4,100 are the wounded. "between January and March" is a time.
    text: 'about half of the 4,100 wounded soldiers had since been sent back to North Korea via plane or train between January and March',
    figures: [f(50, 50, 'about', '%'), f(4100, 4100, '', 'people', 'wounded')],
  },
  {
    url: KOREA_HERALD_NIS_APRIL,
    date: '',
    text: 'Lee said although the NIS does not think North Korea has sent additional dispatches',
    figures: [],
  },
  {
    url: KOREA_HERALD_NIS_APRIL,
    date: '',
    // "next month" is a time.
    text: "North Korean leader Kim Jong-un wasn't thought to attend Russia's Victory Day anniversary himself next month",
    figures: [],
  },
  // A repost (by its wording, of Al Jazeera), on the NIS briefing of Monday 13 Jan 2025 (no
  // date printed).
  {
    url: AL_JAZEERA_NIS_JANUARY,
    date: '',
    text: 'Casualties among North Koreans helping Russia “exceeded 3,000,” according to South Korean intelligence',
    figures: [f(3000, 3000, 'exceeded', 'people', 'casualties')],
  },
  {
    url: AL_JAZEERA_NIS_JANUARY,
    date: '',
    text: 'Some 300 North Korean soldiers have been killed while fighting in Russia’s war against Ukraine',
    figures: [f(300, 300, 'some', 'people', 'killed')],
  },
  {
    url: AL_JAZEERA_NIS_JANUARY,
    date: '',
    text: 'In addition to the 300 deaths, there are approximately “2,700 injured,” Lee Seong-kweun told reporters Monday',
    figures: [
      f(300, 300, '', 'people', 'killed'),
      f(2700, 2700, 'approximately', 'people', 'wounded'),
    ],
  },
  {
    url: AL_JAZEERA_NIS_JANUARY,
    date: '',
    text: 'with estimates suggesting that casualties among North Korean forces may have exceeded 3,000',
    figures: [f(3000, 3000, 'exceeded', 'people', 'casualties')],
  },
  {
    url: AL_JAZEERA_NIS_JANUARY,
    date: '',
    // "a high number" is no number.
    text: 'North Korean soldiers have “a lack of understanding of modern warfare” and are being used by Russia in ways leading to “a high number of casualties,”',
    figures: [],
  },
  {
    url: AL_JAZEERA_NIS_JANUARY,
    date: '',
    text: 'Ukrainian President Volodymyr Zelenskyy said kyiv had captured two North Korean soldiers, releasing a video of the injured fighters being questioned',
    figures: [f(2, 2, '', 'people', 'captured')],
  },
  {
    url: AL_JAZEERA_NIS_JANUARY,
    date: '',
    text: 'Zelensky said kyiv was “ready to hand over” captured North Korean soldiers in exchange for Ukrainian prisoners of war held in Russia',
    figures: [],
  },
  {
    url: AL_JAZEERA_NIS_JANUARY,
    date: '',
    text: 'Seoul has previously claimed that North Korean leader Kim Jong Un sent more than 10,000 troops as “cannon fodder” to help Moscow fight kyiv',
    figures: [f(10000, 10000, 'more than', 'troops', 'troops-sent')],
  },
  {
    url: AL_JAZEERA_NIS_JANUARY,
    date: '',
    // The two prisoners again; "two lawmakers" is who told it, no figure.
    text: 'The NIS said the two captured soldiers had not expressed a request to desert or resettle in South Korea, according to two lawmakers present at Monday’s briefing',
    figures: [f(2, 2, '', 'people', 'captured')],
  },
  {
    url: AL_JAZEERA_NIS_JANUARY,
    date: '',
    // Defectors over decades: a figure, but no measure of the vocabulary; unscored. "the late
    // 1990s" is a time.
    text: 'About 34,000 North Koreans have defected to capitalist rival South Korea to avoid economic hardship and political repression at home, mostly since the late 1990s',
    figures: [f(34000, 34000, 'about', 'people')],
  },
  // A repost, on the NIS briefing of 19 Dec 2024 (no date printed).
  {
    url: POLITICO_NIS_DECEMBER,
    date: '',
    text: 'At least 100 North Korean soldiers have already been killed and another 1,000 have been wounded fighting against Ukrainian troops in Russia’s Kursk region',
    figures: [f(100, 100, 'at least', 'people', 'killed'), f(1000, 1000, '', 'people', 'wounded')],
  },
  {
    url: POLITICO_NIS_DECEMBER,
    date: '',
    text: 'Seoul’s National Intelligence Service estimates that 11,000 North Korean troops have been sent to fight on Russian President Vladimir Putin’s side in the war against Ukraine',
    figures: [f(11000, 11000, '', 'troops', 'troops-sent')],
  },
  {
    url: POLITICO_NIS_DECEMBER,
    date: '',
    // "a significant number" is no number.
    text: 'Ukraine’s President Volodymyr Zelenskyy announced Saturday that Moscow had deployed a “significant number” of North Korean soldiers',
    figures: [],
  },
  {
    url: POLITICO_NIS_DECEMBER,
    date: '',
    text: 'U.S. military officials also told Reuters this week that North Korean troops suffered “several hundred casualties” fighting Ukrainian forces in the Kursk region',
    figures: [f(300, 900, 'several hundred', 'people', 'casualties')],
  },
  // Euromaidan Press (on The War Zone), 4 Feb 2025 by its address (no date printed).
  {
    url: EUROMAIDAN_BUDANOV,
    date: '',
    // Still fighting there: those present.
    text: 'Nearly 8,000 North Korean soldiers are still fighting in Russia’s Kursk Oblast',
    figures: [f(8000, 8000, 'nearly', 'troops', 'troops-present')],
  },
  {
    url: EUROMAIDAN_BUDANOV,
    date: '',
    // A duration.
    text: 'North Korean soldiers were not seen at the front for about two weeks',
    figures: [],
  },
  {
    url: EUROMAIDAN_BUDANOV,
    date: '',
    // A duration.
    text: 'if this is just lower activities for a couple of days',
    figures: [],
  },
  {
    url: EUROMAIDAN_BUDANOV,
    date: '',
    text: 'Budanov confirmed that North Korean forces have lost about 4,000 soldiers, including those killed and wounded',
    figures: [f(4000, 4000, 'about', 'people', 'killed-or-wounded')],
  },
  {
    url: EUROMAIDAN_BUDANOV,
    date: '',
    // A "read also" headline: "decimate" is to kill or wound, a share of the force.
    text: 'Expert says Russians fail to dislodge Ukrainian forces from Kursk Oblast as Kyiv troops decimate 30% of North Korean troops',
    figures: [f(30, 30, '', '%', 'share-of-force-lost')],
  },
  // Menafn (Ukrinform), 28 Apr 2025: North Korea's first confirmation; no figure of the war.
  {
    url: UKRINFORM_CONFIRMS,
    date: '2025-04-28',
    text: 'It is noted that the North Korean military was sent to the Russian-Ukrainian war in line with the bilateral defense treaty signed in June 2024',
    figures: [],
  },
  {
    url: UKRINFORM_CONFIRMS,
    date: '2025-04-28',
    // An article of a treaty.
    text: 'the situation meets the conditions for the application of Article 4 of the Comprehensive Strategic Partnership Treaty with Russia',
    figures: [],
  },
  {
    url: UKRINFORM_CONFIRMS,
    date: '2025-04-28',
    // The stored text stops here; "The number" is no number.
    text: 'The number, composition of and losses suffered by the DPRK military contingent',
    figures: [],
  },
  // Vijesti, 28 Apr 2025 (no date printed).
  {
    url: VIJESTI_CONFIRMS,
    date: '',
    // Taking part in the fighting: those there (as heldOut8 took "have been fighting
    // alongside Russia since November"). "several months" is a time.
    text: 'Ukraine, South Korea and Western countries have been condemning the participation of several thousand North Korean soldiers in the fighting for several months',
    figures: [f(3000, 9000, 'several thousand', 'troops', 'troops-present')],
  },
  {
    url: VIJESTI_CONFIRMS,
    date: '',
    text: 'Russia and North Korea signed a joint strategic partnership agreement in June 2024',
    figures: [],
  },
  // Korea JoongAng Daily (on Reuters), 17 Jun 2025.
  {
    url: JOONGANG_6000,
    date: '2025-06-17',
    // The headline. Engineers and builders together: no one measure is both, so unscored.
    text: 'North to dispatch 6,000 military engineers, construction workers to Russia',
    figures: [f(6000, 6000, '', 'troops')],
  },
  {
    url: JOONGANG_6000,
    date: '2025-06-17',
    // A date and a time.
    text: 'Published: 17 Jun. 2025, 20:07',
    figures: [],
  },
  {
    url: JOONGANG_6000,
    date: '2025-06-17',
    // The same 6,000, builders and sappers together: unscored.
    text: 'North Korea will dispatch 6,000 personnel to Russia, reports said Tuesday',
    figures: [f(6000, 6000, '', 'troops')],
  },
  {
    url: JOONGANG_6000,
    date: '2025-06-17',
    text: "Pyongyang will send 1,000 sappers and 5,000 military construction workers to Russia's Kursk Region",
    figures: [
      f(1000, 1000, '', 'troops', 'sappers'),
      f(5000, 5000, '', 'troops', 'construction-workers'),
    ],
  },
  // NK News, Jun 2025 (no date printed; the page prints its first paragraphs twice, taken
  // once).
  {
    url: NK_NEWS_6K,
    date: '',
    // The headline ("6K" is 6,000). Builders and deminers together: unscored.
    text: 'Kim Jong Un to send 6K military workers to rebuild Russia’s Kursk: Shoigu',
    figures: [f(6000, 6000, '', 'troops')],
  },
  {
    url: NK_NEWS_6K,
    date: '',
    text: 'North Korean deployment will include 5K construction workers and 1K mine clearance specialists, security chief says',
    figures: [
      f(5000, 5000, '', 'troops', 'construction-workers'),
      f(1000, 1000, '', 'troops', 'sappers'),
    ],
  },
  {
    url: NK_NEWS_6K,
    date: '',
    // Builders and deminers together: unscored.
    text: 'North Korean leader Kim Jong Un has ordered the dispatch of 6,000 military construction and demining specialists to rebuild war-torn infrastructure in Russia’s Kursk region',
    figures: [f(6000, 6000, '', 'troops')],
  },
  {
    url: NK_NEWS_6K,
    date: '',
    text: 'The deployment will include 5,000 construction workers and 1,000 mine clearance specialists',
    figures: [
      f(5000, 5000, '', 'troops', 'construction-workers'),
      f(1000, 1000, '', 'troops', 'sappers'),
    ],
  },
  // The Independent (on inkl), Jun 2025 (no date printed).
  {
    url: INDEPENDENT_5000,
    date: '',
    text: 'North Korea is sending 5,000 military construction workers and 1,000 sappers to Russia’s Kursk oblast',
    figures: [
      f(5000, 5000, '', 'troops', 'construction-workers'),
      f(1000, 1000, '', 'troops', 'sappers'),
    ],
  },
  {
    url: INDEPENDENT_5000,
    date: '',
    // An ordinal and a duration.
    text: 'This was the former Russian defence minister’s second meeting with the leader in less than three months',
    figures: [],
  },
  // Yonhap (on viewusglobal), Friday 24 Oct 2025 (no date printed): the memorial museum.
  {
    url: YONHAP_MEMORIAL,
    date: '',
    // Sent since October: the count sent so far. "June 2024" is a date.
    text: 'Since October last year, North Korea has sent around 15,000 troops to participate in the Russia-Ukraine war following a mutual defense treaty signed in June 2024',
    figures: [f(15000, 15000, 'around', 'troops', 'troops-sent')],
  },
  {
    url: YONHAP_MEMORIAL,
    date: '',
    text: 'South Korea’s spy agency said in April that some 600 North Korean soldiers are believed to have been killed while fighting for Russia, and more than 4,000 North Korean troops have also been injured',
    figures: [
      f(600, 600, 'some', 'people', 'killed'),
      f(4000, 4000, 'more than', 'people', 'wounded'),
    ],
  },
  {
    url: YONHAP_MEMORIAL,
    date: '',
    // A time.
    text: '“Just one year ago from today the last group of the combatants of our expeditionary forces left for Russia',
    figures: [],
  },
  // The Post News, Oct 2025 (no date printed): the memorial museum.
  {
    url: POST_NEWS_MEMORIAL,
    date: '',
    text: 'In November of 2024, the two countries signed a mutual defense agreement',
    figures: [],
  },
  {
    url: POST_NEWS_MEMORIAL,
    date: '',
    text: 'North Korea admitted in April 2025 that it had deployed soldiers to Russia',
    figures: [],
  },
  {
    url: POST_NEWS_MEMORIAL,
    date: '',
    // The stored text stops here, before the words that would say sent, present or lost:
    // measure unscored.
    text: 'Ukrainian authorities estimate that more than 14,000 North Korean',
    figures: [f(14000, 14000, 'more than', 'troops')],
  },
  // Sky News (on Israel Headline News), Jan 2025 (no date printed).
  {
    url: SKY_SWAP,
    date: '',
    text: "Ukraine's president, Volodymyr Zelenskyy, has offered a prisoner swap with North Korea after capturing two North Korean soldiers in Russia's Kursk region",
    figures: [f(2, 2, '', 'people', 'captured')],
  },
  {
    url: SKY_SWAP,
    date: '',
    // "one" and "the other" are the two men, no new figure.
    text: 'The captured soldiers expressed different desires, with one wanting to stay in Ukraine and the other wanting to return to Korea',
    figures: [],
  },
  {
    url: SKY_SWAP,
    date: '',
    // An identifier.
    text: 'Source Id: 8497369621',
    figures: [],
  },
  // LIGA.net, 24 Oct 2025: the memorial museum; no figure.
  {
    url: LIGA_MEMORIAL,
    date: '2025-10-24',
    // A duration.
    text: "Kim reminded that his country's troops have been in Russia's Kursk region for a year",
    figures: [],
  },
  // Europe Says, Oct 2025 (no date printed).
  {
    url: EUROPESAYS_SUMY,
    date: '',
    // A duration and a date.
    text: 'Ukrainian forces controlled the territory for more than six months, until the North Korean army helped the Russians to push them out in March 2025',
    figures: [],
  },
  {
    url: EUROPESAYS_SUMY,
    date: '',
    text: 'Ukrainian President Volodymyr Zelenskyy has previously estimated that about 4,000 North Korean soldiers had been killed or wounded, while U.S. officials offered a lower estimate of around 1,200 casualties',
    figures: [
      f(4000, 4000, 'about', 'people', 'killed-or-wounded'),
      f(1200, 1200, 'around', 'people', 'casualties'),
    ],
  },
  {
    url: EUROPESAYS_SUMY,
    date: '',
    text: 'they were spotted at war again, the Ukrainian Army General Staff said on Oct. 16',
    figures: [],
  },
  // Spotlight Nepal, 23 Oct 2024 (on the NIS briefing of that day).
  {
    url: SPOTLIGHT_NEPAL,
    date: '2024-10-23',
    // A duration.
    text: 'He said Ukraine will see in a couple of days how many North Korean troops will be deployed in Kursk and how they will be equipped',
    figures: [],
  },
  {
    url: SPOTLIGHT_NEPAL,
    date: '2024-10-23',
    // Another batch on top of the first: additional troops. "about the same number" repeats
    // it without a number, so no second figure.
    text: 'North Korea is believed to have sent another batch of around 1,500 soldiers to Russia following its dispatch of about the same number of troops earlier this month',
    figures: [f(1500, 1500, 'around', 'troops', 'troops-additional')],
  },
  {
    url: SPOTLIGHT_NEPAL,
    date: '2024-10-23',
    // The total expected by a later date. "around" goes with December, not the number.
    text: 'Pyongyang is expected to send a total of 10,000 troops to Russia by around December',
    figures: [f(10000, 10000, '', 'troops', 'troops-sent-expected')],
  },
  {
    url: SPOTLIGHT_NEPAL,
    date: '2024-10-23',
    text: 'This number includes approximately 3,000 already dispatched',
    figures: [f(3000, 3000, 'approximately', 'troops', 'troops-sent')],
  },
  // The New Indian Express (an AP explainer), 24 Oct 2024.
  {
    url: NEW_INDIAN_EXPRESS,
    date: '2024-10-24',
    text: "North Korean troops were arriving in Russia's Kursk region as early as Wednesday",
    figures: [],
  },
  {
    url: NEW_INDIAN_EXPRESS,
    date: '2024-10-24',
    // An ordinal.
    text: 'He has cautioned that the participation of a third country could escalate the conflict into a world war',
    figures: [],
  },
  {
    url: NEW_INDIAN_EXPRESS,
    date: '2024-10-24',
    // "An injection" of troops claimed: sent so far or to be sent, the words do not tell;
    // unscored.
    text: 'An injection of 10,000 North Korean troops, which is what both Ukrainian and South Korean intelligence have claimed',
    figures: [f(10000, 10000, '', 'troops')],
  },
  {
    url: NEW_INDIAN_EXPRESS,
    date: '2024-10-24',
    // An appeal in a surrender hotline's video, not a count (as heldOut8 left Zelensky's
    // rhetorical "30 thousand" unscored).
    text: 'There is no need to repeat the fate of hundreds of thousands of Russian soldiers who will never return home!',
    figures: [f(200000, 900000, 'hundreds of thousands', 'people')],
  },
  // The Kyiv Independent, 24 Oct 2024.
  {
    url: KYIV_INDEPENDENT_FIRST,
    date: '2024-10-24',
    // "first" is an ordinal; "Oct. 24" a date.
    text: "The first North Korean soldiers to participate alongside Russian forces in the war against Ukraine have been deployed to the front line in Kursk Oblast, Ukraine's military intelligence (HUR) reported on Oct. 24",
    figures: [],
  },
  {
    url: KYIV_INDEPENDENT_FIRST,
    date: '2024-10-24',
    // The officers and generals are part of the 12,000, not the count sent: unscored.
    text: 'North Korea has sent nearly 12,000 troops to Russia, including 500 officers and three generals',
    figures: [
      f(12000, 12000, 'nearly', 'troops', 'troops-sent'),
      f(500, 500, '', 'troops'),
      f(3, 3, '', 'troops'),
    ],
  },
  {
    url: KYIV_INDEPENDENT_FIRST,
    date: '2024-10-24',
    text: 'The first sightings of North Korean soldiers were recorded on Oct. 23',
    figures: [],
  },
  {
    url: KYIV_INDEPENDENT_FIRST,
    date: '2024-10-24',
    // A count of places, named next: no figure of the deployment.
    text: 'These soldiers are reportedly receiving training at five military training grounds',
    figures: [],
  },
  {
    url: KYIV_INDEPENDENT_FIRST,
    date: '2024-10-24',
    // A duration.
    text: 'who are given "a few weeks" to adjust',
    figures: [],
  },
  {
    url: KYIV_INDEPENDENT_FIRST,
    date: '2024-10-24',
    // Rations per soldier: no figure of the deployment.
    text: 'each soldier receives 50 meters of toilet paper and 300 grams of soap each month',
    figures: [],
  },
  {
    url: KYIV_INDEPENDENT_FIRST,
    date: '2024-10-24',
    // Deserters detained by Russia: a figure, but no measure of the vocabulary; unscored.
    text: 'A military intelligence source told the Kyiv Independent on Oct. 21 that Russian authorities detained 18 North Korean soldiers who abandoned their positions in Kursk Oblast',
    figures: [f(18, 18, '', 'people')],
  },
  {
    url: KYIV_INDEPENDENT_FIRST,
    date: '2024-10-24',
    text: 'South Korean media reported on Oct. 22 that Pyongyang has dispatched pilots capable of flying Russian warplanes',
    figures: [],
  },
  // KBS News Today, Apr 2025 (no date printed; on the Reuters analysis of 15 Apr).
  {
    url: KBS_SHELLS,
    date: '',
    // The headline.
    text: 'NK sent millions of shells to Russia',
    figures: [f(2000000, 9000000, 'millions', 'munitions', 'munitions-supplied')],
  },
  {
    url: KBS_SHELLS,
    date: '',
    text: 'Pyongyang supplied millions of artillery shells to Moscow to support its invasion of Ukraine',
    figures: [f(2000000, 9000000, 'millions', 'munitions', 'munitions-supplied')],
  },
  {
    url: KBS_SHELLS,
    date: '',
    text: 'On April 15 local time, Reuters reported the results of an analysis',
    figures: [],
  },
  {
    url: KBS_SHELLS,
    date: '',
    // A duration and a date.
    text: 'North Korea supplied weapons to Russia to help it invade Ukraine over 20 months, starting in September 2023 and until recently',
    figures: [],
  },
  {
    url: KBS_SHELLS,
    date: '',
    // Ships and port calls of the arms traffic: figures, but no measure of the vocabulary;
    // unscored.
    text: 'Four Russian ships visited Rajin Port 64 times to load weapons',
    figures: [f(4, 4, '', null), f(64, 64, '', null)],
  },
  {
    url: KBS_SHELLS,
    date: '',
    // The shells supplied; the containers and the share of key weapons have no measure of the
    // vocabulary, unscored.
    text: 'millions of shells were delivered in some 16,000 containers, and more than 75% of them were key weapons used by Russian troops in ground battles',
    figures: [
      f(2000000, 9000000, 'millions', 'munitions', 'munitions-supplied'),
      f(16000, 16000, 'some', null),
      f(75, 75, 'more than', '%'),
    ],
  },
  {
    url: KBS_SHELLS,
    date: '',
    text: 'It says the two prisoners of war who were captured by Ukraine exhibited “suicidal tendencies”upon capture',
    figures: [f(2, 2, '', 'people', 'captured')],
  },
  {
    url: KBS_SHELLS,
    date: '',
    // A unit's name.
    text: 'The combat groups of the 8th Battalion are retreating into the forest',
    figures: [],
  },
  {
    url: KBS_SHELLS,
    date: '',
    // The dispatch: the count sent. "estimated" as the third set wrote it.
    text: 'the dispatch of North Korean troops, whose number is estimated at 14,000, along with a massive supply of weapons greatly contributed to Russia amid the protracted war',
    figures: [f(14000, 14000, 'estimated', 'troops', 'troops-sent')],
  },
];
