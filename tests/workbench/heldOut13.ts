/**
 * The thirteenth held-out set (issue 22): selections from twelve more public articles on North
 * Korean troops in Russia (October 2024 – October 2025), none among ../shared/sources,
 * heldOut.ts … heldOut12.ts, devSet.ts or the phrase table's sources (and no repost of one of
 * their articles; of a wire story and its reposts only one rewrite was kept, and none of a wire
 * story already used: four articles found first were dropped whole before scoring, as a text
 * comparison showed their wire story in an earlier set or the phrase table), found with the
 * library's page search and taken in the order the stored text gives them (not for being easy
 * or hard), every sentence with a figure up to where the stored text stops: The Kyiv
 * Independent on the NIS's first 3,000 (October 2024), The Moscow Times' report (a repost) on
 * the second 1,500, a Kyiv Independent report (a repost) on Zelensky's Kyodo interview,
 * Ukrinform (on MENAFN) on the same interview, AFP (a repost) and Breitbart on the Pentagon's
 * "several hundred" casualties, the BBC (a repost) and KBS World Radio on the Western
 * officials' count of January, Reuters (Business Recorder) on the North's confirmation, Korea
 * Daily (JoongAng) on the NIS's April count, LIGA.net on Budanov's count of the engineers and
 * The Independent on the memorial in Pyongyang.
 * What a reader takes from each was written down before the parser ever ran on them, by someone
 * who had not read the parser's code nor run any held-out, development or phrase test while
 * writing it; it is to be scored once, and the parser is not tuned on it. Only the short
 * selections are stored, with their article's address and date ('' when the stored page does
 * not print one). Where the words do not decide a measure (more troops "expected to follow",
 * the strength of each of two brigades, "dozens" of what the sentence does not say,
 * engineering units for demining and rebuilding together) or no measure fits (pieces of
 * equipment), the measure is left out (not scored), with the reason beside it. A qualifier that
 * opens a sentence (or is printed with a capital inside one) is written in lower case, as the
 * approximator list gives it. Vague quantities follow the earlier sets ("thousands"
 * 2,000–9,000, "hundreds" 200–900, "several hundred" 300–900, "tens of thousands"
 * 20,000–90,000, "dozens" 24–108, "several" 3–9). Dates, durations ("in just three months",
 * "over several days"), ordinals ("a third deployment"), counts of occasions and of units ("two
 * brigades"), model names ("BTR-80") and money for Ukraine are not figures.
 */
import { f } from './phrases';
import type { HeldOutRow } from './heldOut';

const KYIV_INDEPENDENT_3000 =
  'https://kyivindependent.com/about-3-000-north-korean-troops-were-sent-to-russia-to-participate-in-war-against-ukraine-south-korean-intelligence-says/';
const UKRAINE24_KYODO = 'https://24ukraine.com/ukr_2904/zelensky-north-korean-soldiers';
const MENAFN_KYODO =
  'https://menafn.com/1108944269/Zelensky-Confirms-First-DPRK-Military-Deaths-In-Russia-To-Japanese-News-Agency';
const EXPRESS_AFP_SEVERAL_HUNDRED = 'https://theexpressnewstoday.com/?p=213403';
const SNAPBARD_BBC_1000 =
  'https://snapbard.com/about-1-000-north-koreans-killed-fighting-ukraine-in-kursk-officials-say-337203.html';
const BRECORDER_CONFIRMS =
  'https://www.brecorder.com/news/40359871/north-korea-confirms-troop-deployment-to-russia-hails-heroes';
const KOREADAILY_4700 = 'https://www.koreadailyus.com/?p=49148';
const CYPRUS_MT_1500 = 'https://cyprus-daily.news/?p=56650';
const BREITBART_HUNDREDS =
  'https://breitbart.com/asia/2024/12/18/biden-admin-claims-hundreds-of-north-korean-casualties-in-ukraine/amp';
const KBS_WORLD_BBC_1000 = 'http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=190523';
const LIGA_BUDANOV_ENGINEERS =
  'https://news.liga.net/en/politics/news/not-all-new-north-korean-soldiers-will-be-engaged-in-demining-operations-in-russia-budanov';
const INDEPENDENT_MEMORIAL =
  'https://www.the-independent.com/bulletin/news/north-korean-soldiers-war-ukraine-b2851778.html';

export const HELD_OUT_13: HeldOutRow[] = [
  // The Kyiv Independent (no date printed), Oct 2024: the NIS's first count of those sent.
  {
    url: KYIV_INDEPENDENT_3000,
    date: '',
    // More troops "expected to follow": the words do not decide between additional troops and
    // possible further ones; unscored.
    text: 'Nearly 3,000 soldiers had been sent to support the Kremlin\'s war in Ukraine, and "thousands more"were expected to follow',
    figures: [
      f(3000, 3000, 'nearly', 'troops', 'troops-sent'),
      f(2000, 9000, 'thousands', 'troops'),
    ],
  },
  {
    url: KYIV_INDEPENDENT_3000,
    date: '',
    // Preparing to join: a projection of those to be sent.
    text: "Ukraine's military intelligence has reported that Moscow is planning to involve Pyongyang in the full-scale war against Ukraine in the coming months, with around 10,000 North Korean soldiers preparing to join the Russian army",
    figures: [f(10000, 10000, 'around', 'troops', 'troops-sent-expected')],
  },
  {
    url: KYIV_INDEPENDENT_3000,
    date: '',
    // Months: dates.
    text: 'Signs of troops being trained inside North Korea were detected in September and October',
    figures: [],
  },
  {
    url: KYIV_INDEPENDENT_3000,
    date: '',
    text: 'Pyongyang had promised to provide a total of about 10,000 troops, whose deployment was expected to be completed by December',
    figures: [f(10000, 10000, 'about', 'troops', 'troops-sent-expected')],
  },
  {
    url: KYIV_INDEPENDENT_3000,
    date: '',
    // The strength of each brigade, not a total of those there; unscored. "Two" counts units.
    text: 'Two North Korean brigades of up to 6,000 personnel each are currently undergoing training in Russia',
    figures: [f(6000, 6000, 'up to', 'troops')],
  },
  {
    url: KYIV_INDEPENDENT_3000,
    date: '',
    // "Oct. 17" is a date.
    text: 'some North Korean officers are already in the occupied territories of Ukraine, he said on Oct. 17',
    figures: [],
  },
  // Left out before scoring: the sentence on the 18 soldiers detained by Russia is, word
  // for word, a selection of the ninth set (its Kyiv Independent article shares this
  // standing paragraph; a text comparison found it); it is not unseen.

  // Left out before scoring: the sentence on the pilots, in nearly the same words, is a
  // selection of the ninth set (a text comparison found it).

  // The Moscow Times' report, reposted (no date printed), Oct 2024: the NIS on the second 1,500.
  {
    url: CYPRUS_MT_1500,
    date: '',
    // "Wednesday" is a time; the 10,000 by December is a projection.
    text: 'North Korea sent an additional 1,500 troops to Russia, South Korea’s intelligence agency told lawmakers Wednesday, with around 10,000 soldiers total expected to be deployed by December',
    figures: [
      f(1500, 1500, '', 'troops', 'troops-additional'),
      f(10000, 10000, 'around', 'troops', 'troops-sent-expected'),
    ],
  },
  {
    url: CYPRUS_MT_1500,
    date: '',
    // The number in Russia: there now.
    text: 'The latest deployment brings the number of North Korean troops in Russia to 3,000, lawmaker Park Sun-won said after the National Intelligence Service (NIS) gave a briefing',
    figures: [f(3000, 3000, '', 'troops', 'troops-present')],
  },
  {
    url: CYPRUS_MT_1500,
    date: '',
    text: 'An additional 1,500 troops are believed to have been deployed to Russia… so approximately 3,000 North Korean soldiers are believed to have been deployed to Russia so far',
    figures: [
      f(1500, 1500, '', 'troops', 'troops-additional'),
      f(3000, 3000, 'approximately', 'troops', 'troops-sent'),
    ],
  },
  {
    url: CYPRUS_MT_1500,
    date: '',
    text: 'The planned deployment of about 10,000 troops from North Korea to Russia is expected by December',
    figures: [f(10000, 10000, 'about', 'troops', 'troops-sent-expected')],
  },
  {
    url: CYPRUS_MT_1500,
    date: '',
    // A time.
    text: 'Last week, the NIS revealed that Pyongyang decided to send a «large-scale» troop deployment to help Russia in its war against Ukraine',
    figures: [],
  },
  {
    url: CYPRUS_MT_1500,
    date: '',
    // Two brigades count units, not people; "Wednesday" and "the day before" are times.
    text: 'The U.S. Defense Department said Wednesday that there was evidence North Korea sent troops to Russia, and the day before Ukrainian President Volodymyr Zelensky said two North Korean brigades were undergoing training in Russia',
    figures: [],
  },
  // The Kyiv Independent's report, reposted (no date printed), Dec 2024: Zelensky to Kyodo.
  {
    url: UKRAINE24_KYODO,
    date: '',
    // A date; no count.
    text: 'Some of the North Korean soldiers deployed to fight for Russia have already been killed, President Volodymyr Zelensky said in an interview with Kyodo News on Dec. 1 without revealing their numbers',
    figures: [],
  },
  {
    url: UKRAINE24_KYODO,
    date: '',
    text: "Pyongyang is said to have dispatched between 10,000-12,000 troops to aid Moscow's war",
    figures: [f(10000, 12000, 'between', 'troops', 'troops-sent')],
  },
  {
    url: UKRAINE24_KYODO,
    date: '',
    // Troops Russia hopes to attract: possible further troops.
    text: 'Zelensky said that Russia is treating the first batch of North Korean soldiers well to attract tens of thousands more',
    figures: [f(20000, 90000, 'tens of thousands', 'troops', 'troops-possible-further')],
  },
  {
    url: UKRAINE24_KYODO,
    date: '',
    // Assigned to units fighting on the front: there now.
    text: "a Ukrainian military intelligence spokesperson told the media that 2,000 North Korean troops have been assigned to Russia's Marine and airborne units fighting on the front",
    figures: [f(2000, 2000, '', 'troops', 'troops-present')],
  },
  {
    url: UKRAINE24_KYODO,
    date: '',
    text: "North Korea is Russia's leading ally in its war against Ukraine, reportedly providing Moscow with over 100 ballistic missiles and 5 million artillery shells",
    figures: [
      f(100, 100, 'over', 'munitions', 'munitions-supplied'),
      f(5000000, 5000000, '', 'munitions', 'munitions-supplied'),
    ],
  },
  // Ukrinform on MENAFN, 1 Dec 2024: the same interview.
  {
    url: MENAFN_KYODO,
    date: '2024-12-01',
    text: 'At the same time, Zelensky did not specify how many North Korean soldiers deployed to the Kursk region of Russia, which borders Ukraine, were killed or wounded in battles with Ukrainian defenders',
    figures: [],
  },
  {
    url: MENAFN_KYODO,
    date: '2024-12-01',
    text: 'According to Zelensky, Kyiv has evidence that about 12,000 North Korean soldiers have been deployed',
    figures: [f(12000, 12000, 'about', 'troops', 'troops-sent')],
  },
  // AFP, reposted (no date printed), Dec 2024: the Pentagon's "several hundred" casualties.
  {
    url: EXPRESS_AFP_SEVERAL_HUNDRED,
    date: '',
    text: 'North Korean forces have suffered “several hundred” casualties fighting against Ukrainian troops in Russia’s Kursk region, according to a senior US military official',
    figures: [f(300, 900, 'several hundred', 'people', 'casualties')],
  },
  {
    url: EXPRESS_AFP_SEVERAL_HUNDRED,
    date: '',
    text: 'Pyongyang has sent thousands of troops to reinforce Russia’s war effort, including to the Kursk border region',
    figures: [f(2000, 9000, 'thousands', 'troops', 'troops-sent')],
  },
  {
    url: EXPRESS_AFP_SEVERAL_HUNDRED,
    date: '',
    text: '“Several hundred casualties is our latest estimate that the DPRK has suffered,” the official said',
    figures: [f(300, 900, 'several hundred', 'people', 'casualties')],
  },
  {
    url: EXPRESS_AFP_SEVERAL_HUNDRED,
    date: '',
    // A duration.
    text: 'Russia has used North Korean troops at the heart of an “intensive offensive” in Kursk over several days',
    figures: [],
  },
  {
    url: EXPRESS_AFP_SEVERAL_HUNDRED,
    date: '',
    // A date.
    text: 'North Korea and Russia have strengthened their military ties since Moscow’s invasion of Ukraine in February 2022',
    figures: [],
  },
  {
    url: EXPRESS_AFP_SEVERAL_HUNDRED,
    date: '',
    // Money for Ukraine, no figure of the deployment; "next month" is a time.
    text: 'has been rushing to provide it with billions of dollars in already authorised aid before president-elect Donald Trump takes office next month',
    figures: [],
  },
  // Breitbart (no date printed), Dec 2024: the "hundreds" of casualties.
  {
    url: BREITBART_HUNDREDS,
    date: '',
    // "on Tuesday" is a time.
    text: 'An unnamed American official reportedly told the British newspaper the Guardian on Tuesday that communist North Korea has documented hundreds of casualties in the Russian invasion of Ukraine',
    figures: [f(200, 900, 'hundreds', 'people', 'casualties')],
  },
  {
    url: BREITBART_HUNDREDS,
    date: '',
    // The "dozens" of the sentence before's casualties, but the words here do not say of what;
    // unscored. "on Monday" is a time.
    text: 'That estimate is potentially higher than the “dozens” that White House National Security Communications Advisor John Kirby offered on Monday',
    figures: [f(24, 108, 'dozens', 'people')],
  },
  {
    url: BREITBART_HUNDREDS,
    date: '',
    // Russian soldiers killed by North Koreans: Russia's dead.
    text: 'claimed that a large “friendly fire” incident occurred in which North Koreans killed several Russian soldiers',
    figures: [f(3, 9, 'several', 'people', 'ru-killed')],
  },
  {
    url: BREITBART_HUNDREDS,
    date: '',
    // A date.
    text: 'Russia and North Korea signed a mutual defense agreement in June that many have suggested now required North Korea to participate in defending Russian territory from Ukrainian attack',
    figures: [],
  },
  {
    url: BREITBART_HUNDREDS,
    date: '',
    // "this fall" is a time.
    text: 'The unnamed “senior U.S. military official” speaking to the Guardian described North Korea as suffering “several hundred casualties” since it involved itself in the Russian invasion this fall',
    figures: [f(300, 900, 'several hundred', 'people', 'casualties')],
  },
  {
    url: BREITBART_HUNDREDS,
    date: '',
    // Dates.
    text: 'Russia initially invaded Ukraine in 2014 but launched a “special operation” to oust President Volodymyr Zelensky in February 2022',
    figures: [],
  },
  {
    url: BREITBART_HUNDREDS,
    date: '',
    text: '“Several hundred casualties is our latest estimate that the DPRK [North Korea] has suffered,”',
    figures: [f(300, 900, 'several hundred', 'people', 'casualties')],
  },
  // The BBC, reposted (no date printed), Jan 2025: the Western officials' count.
  {
    url: SNAPBARD_BBC_1000,
    date: '',
    // "in just three months" is a duration.
    text: "Western officials have told the BBC that North Korean troops have already suffered nearly 40% casualties in the fighting in Russia's western Kursk region, in just three months",
    figures: [f(40, 40, 'nearly', '%', 'share-of-force-lost')],
  },
  {
    url: SNAPBARD_BBC_1000,
    date: '',
    // "battle casualties" without saying here what they include: casualties.
    text: "out of the estimated 11,000 troops sent from North Korea, known as DPRK (Democratic People's Republic of Korea), 4,000 were battle casualties",
    figures: [
      f(11000, 11000, 'estimated', 'troops', 'troops-sent'),
      f(4000, 4000, '', 'people', 'casualties'),
    ],
  },
  {
    url: SNAPBARD_BBC_1000,
    date: '',
    text: 'That term comprises those killed, wounded, missing or captured',
    figures: [],
  },
  {
    url: SNAPBARD_BBC_1000,
    date: '',
    // "by mid-January" is a date.
    text: 'the officials said around 1,000 are believed to have been killed by mid-January',
    figures: [f(1000, 1000, 'around', 'people', 'killed')],
  },
  {
    url: SNAPBARD_BBC_1000,
    date: '',
    // A date.
    text: 'Ukraine launched a lightning thrust into the Russian oblast of Kursk last August, taking Russian border guards by surprise',
    figures: [],
  },
  {
    url: SNAPBARD_BBC_1000,
    date: '',
    // Ground Ukraine still holds in Kursk.
    text: 'But Ukraine still retains several hundred square kilometres of Russian territory and is inflicting huge losses on its enemy',
    figures: [f(300, 900, 'several hundred', 'km2', 'kursk-ground-seized')],
  },
  // KBS World Radio (Yonhap; the page prints only the month, January 2025): the BBC's count.
  {
    url: KBS_WORLD_BBC_1000,
    date: '',
    text: 'About one-thousand North Koreans have reportedly been killed fighting against Ukraine in Russia’s western Kursk region',
    figures: [f(1000, 1000, 'about', 'people', 'killed')],
  },
  {
    url: KBS_WORLD_BBC_1000,
    date: '',
    // "on Wednesday" is a time; "as of mid-January" a date.
    text: 'Quoting Western officials, the BBC reported on Wednesday that out of the estimated eleven-thousand troops dispatched from North Korea, about one-thousand were believed to have been killed as of mid-January',
    figures: [
      f(11000, 11000, 'estimated', 'troops', 'troops-sent'),
      f(1000, 1000, 'about', 'people', 'killed'),
    ],
  },
  {
    url: KBS_WORLD_BBC_1000,
    date: '',
    // The casualties are said to include the missing and captured.
    text: 'The officials reportedly said North Korea has suffered nearly 40 percent casualties, or about four-thousand casualties, referring to all those killed, wounded, missing or captured',
    figures: [
      f(40, 40, 'nearly', '%', 'share-of-force-lost'),
      f(4000, 4000, 'about', 'people', 'casualties-all'),
    ],
  },
  {
    url: KBS_WORLD_BBC_1000,
    date: '',
    // "On January 9" is a date.
    text: 'On January 9, the Ukrainian president said during a meeting of the Ukraine Defense Contact Group in Germany that the North Korean forces had suffered four-thousand casualties',
    figures: [f(4000, 4000, '', 'people', 'casualties')],
  },
  {
    url: KBS_WORLD_BBC_1000,
    date: '',
    // "On Monday last week" is a time.
    text: 'On Monday last week, South Korea’s spy agency said North Korea had suffered three-thousand casualties, including 300 deaths',
    figures: [f(3000, 3000, '', 'people', 'casualties'), f(300, 300, '', 'people', 'killed')],
  },
  // Reuters on Business Recorder, 28 Apr 2025: the North confirms the deployment.
  {
    url: BRECORDER_CONFIRMS,
    date: '2025-04-28',
    // "for the first time" is an ordinal; "on Monday" a time.
    text: 'North Korea confirmed for the first time on Monday that it had sent troops to fight for Russia in the war in Ukraine under orders from leader Kim Jong Un',
    figures: [],
  },
  {
    url: BRECORDER_CONFIRMS,
    date: '2025-04-28',
    // A time.
    text: 'Russia said last week that Ukrainian forces had been expelled from the last Russian village they had been holding',
    figures: [],
  },
  {
    url: BRECORDER_CONFIRMS,
    date: '2025-04-28',
    // A date.
    text: 'the comprehensive strategic partnership treaty he signed with Putin last year',
    figures: [],
  },
  // Korea Daily (JoongAng), 30 Apr 2025: the NIS's April count.
  {
    url: KOREADAILY_4700,
    date: '2025-04-30',
    text: 'South Korea’s spy agency estimates 4,700 North Korean casualties in Russia’s war in Ukraine',
    figures: [f(4700, 4700, '', 'people', 'casualties')],
  },
  {
    url: KOREADAILY_4700,
    date: '2025-04-30',
    // "Jan. 11" is a date.
    text: 'Ukrainian President Volodymyr Zelensky announced on Jan. 11 that Ukrainian forces had captured two North Korean soldiers in Russia’s western Kursk region',
    figures: [f(2, 2, '', 'people', 'captured')],
  },
  {
    url: KOREADAILY_4700,
    date: '2025-04-30',
    // "two separate occasions" counts deployments, not people.
    text: 'approximately 15,000 North Korean troops were deployed to support Russia’s war in Ukraine on two separate occasions',
    figures: [f(15000, 15000, 'approximately', 'troops', 'troops-sent')],
  },
  {
    url: KOREADAILY_4700,
    date: '2025-04-30',
    // "April 30" is a date.
    text: 'Of those, an estimated 4,700 soldiers were killed or injured, including about 600 confirmed deaths, lawmakers briefed on the intelligence said on April 30',
    figures: [
      f(4700, 4700, 'an estimated', 'people', 'killed-or-wounded'),
      f(600, 600, 'about', 'people', 'killed'),
    ],
  },
  {
    url: KOREADAILY_4700,
    date: '2025-04-30',
    // "as of March" is a date.
    text: 'Roughly 2,000 injured soldiers have been repatriated to North Korea by train or plane as of March',
    figures: [f(2000, 2000, 'roughly', 'people', 'wounded-repatriated')],
  },
  {
    url: KOREADAILY_4700,
    date: '2025-04-30',
    // A date.
    text: 'Russia reclaimed the territory in March, leading to a decline in active combat',
    figures: [],
  },
  {
    url: KOREADAILY_4700,
    date: '2025-04-30',
    // An ordinal.
    text: '“There’s no current evidence of a third deployment, but the possibility remains.”',
    figures: [],
  },
  // LIGA.net (no date printed), Jul 2025: Budanov on the engineers of the third deployment.
  {
    url: LIGA_BUDANOV_ENGINEERS,
    date: '',
    // Engineering units for demining and rebuilding, builders and sappers together; unscored.
    // "over the next few months" is a time.
    text: 'Pyongyang plans to deploy military engineering units totaling 6,000 personnel to the Kursk region over the next few months for alleged demining and reconstruction work',
    figures: [f(6000, 6000, '', 'troops')],
  },
  {
    url: LIGA_BUDANOV_ENGINEERS,
    date: '',
    text: '"Some of them may indeed be involved in demining and building fortifications, but will they all do it?" Budanov said',
    figures: [],
  },
  {
    url: LIGA_BUDANOV_ENGINEERS,
    date: '',
    // Pieces of equipment: no measure (as the twelfth set); "M2010" and "BTR-80" are model
    // names, no figures.
    text: 'According to him, North Korea will also send 50 to 100 pieces of equipment to Russia, including M2010 main battle tanks, or "Chongma-D", and BTR-80 armored personnel carriers',
    figures: [f(50, 100, '', null)],
  },
  {
    url: LIGA_BUDANOV_ENGINEERS,
    date: '',
    text: 'According to Ukrainian intelligence, North Korea has already compensated for the losses of its military personnel in the Kursk region in units deployed in Russia, and the number of its troops there is currently about 11,000 soldiers',
    figures: [f(11000, 11000, 'about', 'troops', 'troops-present')],
  },
  {
    url: LIGA_BUDANOV_ENGINEERS,
    date: '',
    // A date; "No North Korean soldiers" is no count.
    text: 'On July 1, 2025, the Main Intelligence Directorate reported that direct involvement No North Korean soldiers are being recorded as participating in combat on the side of Russia against the Defense Forces',
    figures: [],
  },
  {
    url: LIGA_BUDANOV_ENGINEERS,
    date: '',
    // Trained and "may be transferred": possible further troops. "About" is printed with a
    // capital inside the sentence; written in lower case, as the approximator list gives it.
    text: 'At that time, the intelligence service stated that at military training grounds About 3,500 North Korean soldiers have undergone training in the Russian Far East, and they may be transferred to the Kursk region',
    figures: [f(3500, 3500, 'about', 'troops', 'troops-possible-further')],
  },
  // The Independent (no date printed), Oct 2025: the memorial in Pyongyang.
  {
    url: INDEPENDENT_MEMORIAL,
    date: '',
    // A duration.
    text: "Kim Jong Un stated that a year had passed since North Korea dispatched combatants to Russia's Kursk region",
    figures: [],
  },
  {
    url: INDEPENDENT_MEMORIAL,
    date: '',
    text: 'South Korean estimates suggest North Korea supplied approximately 15,000 troops, with the British defence ministry claiming around 6,000 North Korean soldiers have died',
    figures: [
      f(15000, 15000, 'approximately', 'troops', 'troops-sent'),
      f(6000, 6000, 'around', 'people', 'killed'),
    ],
  },
  {
    url: INDEPENDENT_MEMORIAL,
    date: '',
    // A date.
    text: 'The partnership, formalised last June as a "Comprehensive Strategic Partnership", includes a mutual defence agreement',
    figures: [],
  },
];
