/**
 * The sixth held-out set (issue 22): selections from nineteen more public articles on North
 * Korean troops in Russia (October 2024 – April 2025), none among ../shared/sources,
 * heldOut.ts … heldOut5.ts or devSet.ts (and no repost of one of their articles; of several rewrites of one
 * wire story only one was kept), found with the library's page
 * search and taken in the order the stored text gives them (not for being easy or hard) while
 * another change to the parser was under way. What a reader takes from each was written down
 * before the parser ever ran on them, by someone who had not read the parser's code nor run
 * any held-out, development or phrase test while writing it; it is to be scored once, after
 * that change is merged, and the parser is not tuned on it. Only the short selections are
 * stored, with their article's address and date ('' when the stored page does not print one).
 * Where a figure could be troops sent, present or additional and the selection does not say
 * which, its measure is left out (not scored), with the reason beside it. A qualifier that
 * opens a sentence is written in lower case, as the approximator list gives it.
 */
import { f } from './phrases';
import type { HeldOutRow } from './heldOut';

const DEVDISCOURSE_OCT =
  'https://www.devdiscourse.com/article/law-order/3132230-3000-north-korean-troops-in-russia-a-rising-tension';
const TRIBUNE_SA =
  'https://tribunesouthafrica.com/north-korean-troops-deployed-to-eastern-russia-for-training-us-says';
const VOZ =
  'https://voz.us/en/world/250428/23916/north-korea-confirms-troop-deployment-in-russia.html';
const THE_SUN_MY =
  'https://thesun.my/world-news/north-korea-confirms-troop-deployment-to-russia-s-kursk-MF14009555';
const DEVDISCOURSE_APR =
  'https://www.devdiscourse.com/article/law-order/3361471-north-korean-troops-in-russian-ukrainian-conflict-a-strategic-alliance-unveiled';
const BKLYN = 'https://bklyn-ny.com/?p=10261';
const BUSINESSINFOMEDIA =
  'https://businessinfomedia.com/north-korean-troops-train-in-russia-as-moscow-deepens-war-coalition';
const KYIV_POST = 'https://www.kyivpost.com/post/41271';
const COUPONCHRISTINE = 'https://couponchristine.com/usa-assumes-high-losses-among-north-koreans';
const HAMILTON =
  'https://hamiltoncountycoc.com/us-officials-claim-north-korean-troops-are-getting-closer-to-the-ukraine-border';
const BYTESEU = 'https://byteseu.com/505160';
const INSTAPUNDIT = 'https://instapundit.com/679434/';
const DEVDISCOURSE_AUSTIN =
  'https://www.devdiscourse.com/article/politics/3132238-north-koreas-military-moves-troops-training-in-russia';
const DAILYWRAP_CA =
  'https://dailywrap.ca/north-korea-bolsters-russia-with-troops-and-kamikaze-drones,7106742402324609a';
const KBS_NEWS = 'https://news.kbs.co.kr/news/pc/view/view.do?ncd=8192764';
const FAKTI =
  'https://fakti.bg/en/world/959768-north-korea-has-sent-a-new-military-contingent-to-russia';
const KYIV_INDEPENDENT =
  'https://kyivindependent.com./ukraine-captured-2-north-korean-soldiers-as-pows-in-russias-kursk-oblast-zelensky-says';
const FOX_NEWS =
  'https://www.foxnews.com/world/ukraine-captured-north-korean-soldiers-south-koreas-intelligence-service-says';
const INKL_CAPTURE =
  'https://inkl.com/news/ukrainian-forces-capture-two-north-korean-soldiers-in-kursk';

export const HELD_OUT_6: HeldOutRow[] = [
  // Devdiscourse, on the NIS briefing (Reuters), 23 Oct 2024.
  {
    url: DEVDISCOURSE_OCT,
    date: '2024-10-23',
    text: 'Approximately 3,000 North Korean troops have been dispatched to Russia',
    figures: [f(3000, 3000, 'approximately', 'troops', 'troops-sent')],
  },
  {
    url: DEVDISCOURSE_OCT,
    date: '2024-10-23',
    text: "This information was disclosed by South Korea's National Intelligence Service (NIS) during a private parliamentary briefing",
    figures: [],
  },
  {
    url: DEVDISCOURSE_OCT,
    date: '2024-10-23',
    // The second batch of the first deployment (not the reinforcements of 2025 that the
    // vocabulary's "additional" means), and a total that could be sent or present: the
    // selection does not settle either, so neither measure is scored.
    text: 'another 1,500 North Korean troops have recently arrived in Russia, bringing the total to 3,000',
    figures: [f(1500, 1500, '', 'troops'), f(3000, 3000, '', 'troops')],
  },
  {
    url: DEVDISCOURSE_OCT,
    date: '2024-10-23',
    text: 'NIS believes North Korea plans to send 10,000 troops by December',
    figures: [f(10000, 10000, '', 'troops', 'troops-sent-expected')],
  },
  {
    url: DEVDISCOURSE_OCT,
    date: '2024-10-23',
    text: 'The soldiers are currently split between multiple military bases for training',
    figures: [],
  },
  // Tribune South Africa (AFP, Oct 2024; the stored page prints no date).
  {
    url: TRIBUNE_SA,
    date: '',
    text: 'North Korea has sent 10,000 troops to Russia for training, the White House said Monday',
    figures: [f(10000, 10000, '', 'troops', 'troops-sent')],
  },
  {
    url: TRIBUNE_SA,
    date: '',
    // A projection of those on Russian soil: expected sent or present, not settled by the
    // words; unscored.
    text: 'Pyongyang may soon have as many as 12,000 soldiers on Russian soil',
    figures: [f(12000, 12000, 'as many as', 'troops')],
  },
  // Voz (on KCNA's confirmation, Apr 2025; no date printed).
  {
    url: VOZ,
    date: '',
    text: 'The Pionyang regime confirmed Monday that it deployed troops to Russia',
    figures: [],
  },
  {
    url: VOZ,
    date: '',
    text: 'Kim also announced that a monument to "battle exploits" would soon be erected in the capital',
    figures: [],
  },
  {
    url: VOZ,
    date: '',
    text: 'had denounced the dispatch of 10,000 troops by Pyongyang before the official confirmation',
    figures: [f(10000, 10000, '', 'troops', 'troops-sent')],
  },
  // The Sun (Malaysia; AFP, Apr 2025; no date printed).
  {
    url: THE_SUN_MY,
    date: '',
    text: 'North Korea has confirmed for the first time it had deployed troops to Russia',
    figures: [],
  },
  {
    url: THE_SUN_MY,
    date: '',
    text: 'Pyongyang sent more than 10,000 soldiers to help in Kursk last year',
    figures: [f(10000, 10000, 'more than', 'troops', 'troops-sent')],
  },
  // Devdiscourse, on North Korea's confirmation (Apr 2025; no date printed).
  {
    url: DEVDISCOURSE_APR,
    date: '',
    text: 'North Korea has sent approximately 14,000 troops, including reinforcements, to the conflict',
    figures: [f(14000, 14000, 'approximately', 'troops', 'troops-sent')],
  },
  // Brooklyn (on Zelensky, Jan 2025; no date printed).
  {
    url: BKLYN,
    date: '',
    text: 'captured two North Korean soldiers, President Volodymyr Zelensky announced on Jan. 11',
    figures: [f(2, 2, '', 'people', 'captured')],
  },
  // Business Info Media (on the NIS, Oct 2024; no date printed).
  {
    url: BUSINESSINFOMEDIA,
    date: '',
    text: 'Pyongyang had sent around 1,500 troops to train in eastern Russia',
    figures: [f(1500, 1500, 'around', 'troops', 'troops-sent')],
  },
  // Kyiv Post, 29 Oct 2024.
  {
    url: KYIV_POST,
    date: '2024-10-29',
    // A total still to come ("approaching"), sent or present not said: unscored.
    text: 'Zelensky now has put the total figure of Pyongyang’s troops at approaching 12,000',
    figures: [f(12000, 12000, 'approaching', 'troops')],
  },
  {
    url: KYIV_POST,
    date: '2024-10-29',
    text: 'there were already around 3,000 North Korean soldiers on Russian territory, and another 9,000 expected briefly',
    figures: [
      f(3000, 3000, 'around', 'troops', 'troops-present'),
      f(9000, 9000, '', 'troops', 'troops-possible-further'),
    ],
  },
  {
    url: KYIV_POST,
    date: '2024-10-29',
    // No unit word; the article's troops.
    text: 'We think that they will have 12,000 soon',
    figures: [f(12000, 12000, '', 'troops', 'troops-sent-expected')],
  },
  {
    url: KYIV_POST,
    date: '2024-10-29',
    text: 'more than 600,000 Russian soldiers have been killed or wounded since Russia’s full-scale invasion of Ukraine in February started in 2022',
    figures: [f(600000, 600000, 'more than', 'people', 'ru-killed-or-wounded')],
  },
  {
    url: KYIV_POST,
    date: '2024-10-29',
    // "participating in the war": sent or present, not said; unscored.
    text: 'signed off on the estimated figure of 10,000 North Korean troops participating in the war',
    figures: [f(10000, 10000, '', 'troops')],
  },
  {
    url: KYIV_POST,
    date: '2024-10-29',
    // "the next several weeks" is a span of time, not a figure.
    text: 'has sent around 10,000 soldiers in total to train in eastern Russia that will probably augment Russian forces near Ukraine over the next several weeks',
    figures: [f(10000, 10000, 'around', 'troops', 'troops-sent')],
  },
  // couponchristine.com (on a US official, Dec 2024; no date printed).
  {
    url: COUPONCHRISTINE,
    date: '',
    text: 'North Korea is said to have sent 10,000 soldiers to Russia for support',
    figures: [f(10000, 10000, '', 'troops', 'troops-sent')],
  },
  {
    url: COUPONCHRISTINE,
    date: '',
    // What the casualties include is said only in the next sentence: casualties.
    text: 'Our most recent estimate is that North Korea has suffered several hundred casualties',
    figures: [f(300, 900, 'several hundred', 'people', 'casualties')],
  },
  {
    url: COUPONCHRISTINE,
    date: '',
    text: "after Russia's attack on Ukraine in February 2022",
    figures: [],
  },
  {
    url: COUPONCHRISTINE,
    date: '',
    text: 'In June, the two countries signed a defense pact that came into force this month',
    figures: [],
  },
  {
    url: COUPONCHRISTINE,
    date: '',
    text: 'North Korea sent around 10,000 soldiers to reinforce Russian units',
    figures: [f(10000, 10000, 'around', 'troops', 'troops-sent')],
  },
  {
    url: COUPONCHRISTINE,
    date: '',
    text: 'at least 30 North Korean soldiers had been killed or injured there',
    figures: [f(30, 30, 'at least', 'people', 'killed-or-wounded')],
  },
  {
    url: COUPONCHRISTINE,
    date: '',
    text: 'The Ukrainian army invaded the Kursk region in August and occupied several hundred square kilometers there',
    figures: [f(300, 900, 'several hundred', 'km2', 'kursk-ground-seized')],
  },
  // hamiltoncountycoc.com (on the Pentagon, Oct 2024; no date printed).
  {
    url: HAMILTON,
    date: '',
    text: 'The Pentagon confirmed on Tuesday that 10,000 North Korean troops are training in Russia',
    figures: [f(10000, 10000, '', 'troops', 'troops-present')],
  },
  {
    url: HAMILTON,
    date: '',
    // As in the second set, the article before the quote marks is not in the qualifier.
    text: 'a “couple thousand” are already there in the region of Russia near the border with Ukraine',
    figures: [f(2000, 3000, 'couple thousand', 'troops', 'troops-present')],
  },
  {
    url: HAMILTON,
    date: '',
    // As printed "12,000 more" (further troops), though other reports give Zelensky's 12,000
    // as the whole force soon: genuinely ambiguous, unscored.
    text: 'he thinks there will be 12,000 more North Korean troops in Russia',
    figures: [f(12000, 12000, '', 'troops')],
  },
  {
    url: HAMILTON,
    date: '',
    text: 'There are North Korean troops in Russia, and Russian President Vladimir Putin is neither denying nor confirming this',
    figures: [],
  },
  // byteseu.com (on John Kirby, Oct 2024; no date printed).
  {
    url: BYTESEU,
    date: '',
    text: 'at least 3,000 North Korean soldiers are now being trained in facilities in eastern Russia',
    figures: [f(3000, 3000, 'at least', 'troops', 'troops-present')],
  },
  {
    url: BYTESEU,
    date: '',
    text: 'between early to mid-October, North Korea moved at least 3,000 soldiers into eastern Russia',
    figures: [f(3000, 3000, 'at least', 'troops', 'troops-sent')],
  },
  {
    url: BYTESEU,
    date: '',
    text: 'the soldiers traveled by ship from the Wonsan area in eastern North Korea to Vladivostok',
    figures: [],
  },
  {
    url: BYTESEU,
    date: '',
    text: 'Russia is suffering extraordinary casualties on the battlefield every day',
    figures: [],
  },
  // Instapundit (quoting AP, Oct 2024; no date printed).
  {
    url: INSTAPUNDIT,
    date: '',
    text: '3,000 North Korean troops are in Russia preparing to fight in Ukraine',
    figures: [f(3000, 3000, '', 'troops', 'troops-present')],
  },
  {
    url: INSTAPUNDIT,
    date: '',
    text: 'About 3,000 North Korean troops have been sent to Russia',
    figures: [f(3000, 3000, 'about', 'troops', 'troops-sent')],
  },
  {
    url: INSTAPUNDIT,
    date: '',
    // A second batch of the first deployment, and the first batch: neither "additional" in
    // the vocabulary's sense nor clearly sent or present; unscored.
    text: 'another 1,500 North Korean troops have joined the 1,500 his agency estimated were in the country last week',
    figures: [f(1500, 1500, '', 'troops'), f(1500, 1500, '', 'troops')],
  },
  {
    url: INSTAPUNDIT,
    date: '',
    text: 'North Korea aims to deploy a total of 10,000 troops to Russia by December',
    figures: [f(10000, 10000, '', 'troops', 'troops-sent-expected')],
  },
  {
    url: INSTAPUNDIT,
    date: '',
    text: 'the 3,000 North Korean soldiers sent to Russia have been split among multiple military bases',
    figures: [f(3000, 3000, '', 'troops', 'troops-sent')],
  },
  // Devdiscourse, on Lloyd Austin, 23 Oct 2024.
  {
    url: DEVDISCOURSE_AUSTIN,
    date: '2024-10-23',
    text: 'US Defense Secretary Lloyd Austin confirms North Korea has sent 3,000 troops to Russia for training',
    figures: [f(3000, 3000, '', 'troops', 'troops-sent')],
  },
  {
    url: DEVDISCOURSE_AUSTIN,
    date: '2024-10-23',
    // The first batch carried by ship: sent, but only part of those sent so far; unscored.
    text: "the Russian navy's recent transport of 1,500 North Korean special forces",
    figures: [f(1500, 1500, '', 'troops')],
  },
  {
    url: DEVDISCOURSE_AUSTIN,
    date: '2024-10-23',
    // No unit word; the article's troops.
    text: 'Zelenskyy claimed the number could reach 10,000',
    figures: [f(10000, 10000, '', 'troops', 'troops-sent-expected')],
  },
  // Daily Wrap (Canadian edition, on Yonhap, Dec 2024; no date printed).
  {
    url: DAILYWRAP_CA,
    date: '',
    // Sent, and operating in Kursk now: sent or present, both said; unscored.
    text: "about 10,000 soldiers sent by Kim Jong Un's regime are operating in the Kursk region",
    figures: [f(10000, 10000, 'about', 'troops')],
  },
  {
    url: DAILYWRAP_CA,
    date: '',
    // No unit word ("of them"); the article's soldiers.
    text: 'so far, about 3,000 of them have been killed or wounded',
    figures: [f(3000, 3000, 'about', 'people', 'killed-or-wounded')],
  },
  {
    url: DAILYWRAP_CA,
    date: '',
    // Calibres, not quantities.
    text: 'currently supplying 240 millimeter rocket launchers and 170 mm self-propelled artillery',
    figures: [],
  },
  {
    url: DAILYWRAP_CA,
    date: '',
    text: "first unveiled during Kim Jong-un's on-site inspection in November",
    figures: [],
  },
  {
    url: DAILYWRAP_CA,
    date: '',
    text: 'about 3,000 North Korean soldiers have been killed or wounded in battles in the Kursk section',
    figures: [f(3000, 3000, 'about', 'people', 'killed-or-wounded')],
  },
  // KBS News (English), 6 Mar 2025, on Ukrainian intelligence.
  {
    url: KBS_NEWS,
    date: '2025-03-06',
    text: 'Since October last year, 12,000 troops have been dispatched, and an additional 1,500 were sent earlier this year',
    figures: [
      f(12000, 12000, '', 'troops', 'troops-sent'),
      f(1500, 1500, '', 'troops', 'troops-additional'),
    ],
  },
  {
    url: KBS_NEWS,
    date: '2025-03-06',
    // In Russia in training, and a possible third deployment: present or possible further,
    // not settled; unscored. "a third deployment" is no share.
    text: 'about 3,500 North Korean troops are undergoing local adaptation training in the Russian Far East, and there is a possibility of a third deployment',
    figures: [f(3500, 3500, 'about', 'troops')],
  },
  {
    url: KBS_NEWS,
    date: '2025-03-06',
    text: 'over 3,600 North Korean soldiers have been injured, and more than 400 have died',
    figures: [
      f(3600, 3600, 'over', 'people', 'wounded'),
      f(400, 400, 'more than', 'people', 'killed'),
    ],
  },
  // fakti.bg (on the South Korean Joint Chiefs of Staff, Mar 2025; no date printed).
  {
    url: FAKTI,
    date: '',
    text: 'North Korea has sent 3,000 new soldiers to Russia since the beginning of the year',
    figures: [f(3000, 3000, '', 'troops', 'troops-additional')],
  },
  {
    url: FAKTI,
    date: '',
    text: 'another 3,000 soldiers were sent as reinforcements in January and February',
    figures: [f(3000, 3000, '', 'troops', 'troops-additional')],
  },
  {
    url: FAKTI,
    date: '',
    text: 'of the 11,000 North Korean soldiers initially sent, 4,000 were probably killed or wounded',
    figures: [
      f(11000, 11000, '', 'troops', 'troops-sent'),
      f(4000, 4000, '', 'people', 'killed-or-wounded'),
    ],
  },
  {
    url: FAKTI,
    date: '',
    text: 'so far there was no indication that the launch was imminent',
    figures: [],
  },
  // Kyiv Independent (Jan 2025; no date printed).
  {
    url: KYIV_INDEPENDENT,
    date: '',
    text: 'Ukrainian troops captured two North Korean soldiers as prisoners of war (POWs)',
    figures: [f(2, 2, '', 'people', 'captured')],
  },
  {
    url: KYIV_INDEPENDENT,
    date: '',
    // "deployed ... in Kursk Oblast": sent or present, not said; unscored.
    text: 'North Korea deployed around 12,000 soldiers in Kursk Oblast',
    figures: [f(12000, 12000, 'around', 'troops')],
  },
  {
    url: KYIV_INDEPENDENT,
    date: '',
    text: 'launched a surprise cross-border incursion in August 2024',
    figures: [],
  },
  {
    url: KYIV_INDEPENDENT,
    date: '',
    text: "Zelensky's statement comes nearly two weeks after",
    figures: [],
  },
  {
    url: KYIV_INDEPENDENT,
    date: '',
    text: 'captured alive on Dec. 26, died a short while ago',
    figures: [],
  },
  {
    url: KYIV_INDEPENDENT,
    date: '',
    text: 'he was born in 2005 and was a rifleman who had been going through military service in North Korea since 2021',
    figures: [],
  },
  // Fox News, 12 Jan 2025.
  {
    url: FOX_NEWS,
    date: '2025-01-12',
    text: 'Ukraine captured two wounded North Korean soldiers',
    figures: [f(2, 2, '', 'people', 'captured')],
  },
  {
    url: FOX_NEWS,
    date: '2025-01-12',
    text: 'the Ukrainian military captured two North Korean soldiers on January 9 in the Kursk battlefield',
    figures: [f(2, 2, '', 'people', 'captured')],
  },
  {
    url: FOX_NEWS,
    date: '2025-01-12',
    text: 'Pyongyang has sent 10,000 – 12,000 troops to fight alongside Russia',
    figures: [f(10000, 12000, '', 'troops', 'troops-sent')],
  },
  // inkl (Jan 2025; no date printed).
  {
    url: INKL_CAPTURE,
    date: '',
    text: 'around 11,000 North Korean troops are deployed in the Kursk region',
    figures: [f(11000, 11000, 'around', 'troops', 'troops-present')],
  },
  {
    url: INKL_CAPTURE,
    date: '',
    text: 'Ukrainian forces have occupied several hundred square kilometers',
    figures: [f(300, 900, 'several hundred', 'km2', 'kursk-ground-seized')],
  },
  {
    url: INKL_CAPTURE,
    date: '',
    text: 'over 1,000 North Korean forces were killed or wounded in Kursk in the last week of December',
    figures: [f(1000, 1000, 'over', 'people', 'killed-or-wounded')],
  },
  {
    url: INKL_CAPTURE,
    date: '',
    text: 'one soldier having a jaw wound and the other a fractured leg',
    figures: [],
  },
];
