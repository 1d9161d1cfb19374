/**
 * The twenty-eighth held-out set (issue 22): selections from fifteen more public articles on North
 * Korean troops in Russia's war, October 2024 to January 2026, from sites whose domain name begins
 * with a letter from a to m (the twenty-ninth set, written at the same time, takes the others).
 * None is among ../shared/sources or the addresses listed as used before (used-urls-28.txt), and
 * none is knowingly a repost or rewrite of one of their articles. They were found with the
 * library's page search (English pages only), with queries varied over the prisoners, munitions and
 * howitzers, rotations and reinforcements, Pyongyang's own statements, memorials, drone training,
 * workers and engineers, Shoigu's visits and intelligence estimates, and taken in the order the
 * search gave them (not for being easy or hard):
 * - Caliber.Az (no date printed; March 2025): the NIS on drone training in Russia;
 * - Like123 (6 November 2024): Kovalenko on drone training, the NIS's 3,000 and 10,000;
 * - Korea JoongAng Daily (no date printed; 26 June 2025): the NIS on the 6,000 due in July or
 *   August;
 * - Euromaidan Press, 27 February 2025: the reinforcements of January and February;
 * - All The News (no date printed; December 2025): Kim at the memorial museum's building site;
 * - Middle East Bulletin, 26 January 2026: Kim and the memorial's sculptures;
 * - The Independent, 28 April 2025: Kim's first admission of the deployment;
 * - Regaldi (no date printed; a blog's retelling of Business Insider): troops flying drones;
 * - The Japan News (Yomiuri; no date printed, February 2025): a Ukrainian commander's interview;
 * - Defense Express (no date printed; after 2 September 2025): the troops' work and 2,000 dead;
 * - Dagens (no date printed; June 2025): 25,000 workers for Alabuga;
 * - Caliber.Az (no date printed; November 2024): howitzers and rocket launchers sent;
 * - Babel, 23 July 2025: Syrsky on Russia's losses in the Kursk operation;
 * - The Japan Times, 3 July 2025: up to 30,000 more troops;
 * - LBC, 2 July 2025: the same 30,000, after CNN, and the 15,000 sent so far.
 * Passed over, in the order met: pages in other languages; addresses already used; Global South's
 * rewrite of The Korea Herald's story on 4,000 casualties (Brazil Latest's copy used); the RFE/RL
 * video page on a prisoner (its stored text carries no number); Babel, Kyiv Independent, Politico
 * and Leiria Economica on shells and containers (before the deployment, 2023 to August 2024);
 * EconoTimes' copy of Reuters' story on the memorial's building site (The Straits Times' copy
 * used); News.az's copy of AFP's and LBC's copy of Reuters' stories on Pyongyang's first admission
 * (The Sun's and Business Recorder's copies used); American Military News's reprint of RFE/RL on
 * more troops (in doubt whether the same story as copies used); European Journal's blurb of a CNN
 * video on labourers (undated, likely before the deployment); ABC News on the prisoners (i929fm's
 * copy used); Dagens on drone training (in doubt: Dagens' own story on the same training was used),
 * and Eriinfo's copy of Business Insider's (B17's copy used); Dailywrap's retelling of Yonhap's
 * story on drone tactics (Caliber.Az's, first in the search, kept); Local Europe's and AJC's copies
 * of AP's story on the builders (Supremacy's copy used); TechTrendLuxe's copy of AFP's story on
 * Zelensky's 3,000 (UrduPoint's used); Allaroundworlds', LNG in Northern BC's and Newser's
 * retellings of Reuters' story on a soldier's self-detonation (Timeline Daily's used); CNA's copy
 * of AFP's story on 300 dead (in doubt); Khabarwalay on the first fire on the troops (in doubt);
 * Dailynewshub365's copy of AFP's story on the Pentagon's 10,000 (in doubt); Business Insider
 * Africa's story on drones (the same story as Regaldi's retelling, which came first); The Korea
 * Herald's Yonhap story on Shoigu's visit (in doubt); Aajakakura's and 8pmnews' copies of AFP's
 * story on 2,000 dead (The Moscow Times' copy is among the shared sources); NewsZop's IANS story on
 * 4,700 casualties (Millennium Post's copy is among the shared sources); DT Next's IANS story on
 * Putin's thanks (in doubt); Magzter's copy of The Guardian's story on wounded soldiers in a Kursk
 * hospital (Rated News's copy used); a CloudFront copy of Reuters' story on fake documents (HNGN's
 * copy used); Millennium Post's AP story on Zelensky's 10,000 (in doubt).
 * Every sentence with a number was taken, up to where the stored text stops, with one exception
 * said here: Euromaidan Press's last sentence is cut off inside its range ("to be between 1,000"),
 * so its upper bound is lost, and it is not taken. Caliber.Az's last sentence on drones is cut off
 * after its numbers and is taken up to them. Datelines, photo credits and links to other stories
 * are not sentences of the article and are not taken, save a photo caption that is a sentence.
 * What a reader takes from each was written down before the parser ever ran on them, by someone who
 * had not read the parser's code nor run any held-out, development or phrase test while writing it;
 * it is to be scored once, and the parser is not tuned on it. Only the short selections are stored,
 * with their article's address and date ('' when the stored page does not print one, even where the
 * address carries one).
 * Conventions, as in the earlier sets: vague quantities are ranges ("thousands" 2,000–9,000,
 * "hundreds" 200–900, "several" 3–9); "1,000 to 3,000" is one range with no qualifier. A count said
 * again as a claim is a figure again; a number that only points back at people already counted
 * ("The 25,000 North Koreans in question") is not. Munitions are figures with the measure
 * munitions-supplied where the words say they were sent, delivered or secured from Pyongyang.
 * Builders and sappers counted together (6,000) have no measure, as the earlier sets did; so have
 * Pyongyang's own "350 casualties" (the words say casualties, not deaths, as set 11 took them).
 * Where the words do not decide a measure or none fits, the measure is left out (not scored), with
 * the reason beside it: civilian workers and specialists, a drone plant's workforce, ground Ukraine
 * still held. Dates, ages, durations ("the next five years", "a few months later"), ordinals and
 * names ("the first time", "Ninth Party Congress"), calibres and weapons' names ("240mm",
 * "M-1978"), unit names, counts of countries, territories and examples ("the two countries",
 * "several key territories", "One highlighted example") are not figures, nor is "almost triple"
 * (a multiplier with no number of its own). Russia's own losses take the measures with the party
 * ru- ("the enemy's total losses ... of which ... were killed"); "a third" of Russia's bombs is 33 %
 * with no measure (a share of bombs, not of a force); "80 000" (a space for the thousands) is
 * 80,000; and up to 30,000 more troops planned are additional troops, as set 12 took them.
 */
import { f } from './phrases';
import type { HeldOutRow } from './heldOut';

const CALIBER_DRONES =
  'https://caliber.az/en/post/seoul-s-spy-agency-reveals-north-korean-forces-learning-drone-tactics-in-russia';
const LIKE123_DRONES =
  'https://like123.com/ukraine-says-north-korean-soldiers-in-russias-kursk-oblast-receive-combat-drone-training';
const JOONGANG_NIS =
  'https://koreajoongangdaily.joins.com/news/2025-06-26/national/northKorea/Norths-Russiabound-troops-may-deploy-in-July-or-August-NIS-says/2339823';
const EUROMAIDAN_MORE =
  'https://euromaidanpress.com/2025/02/27/seoul-says-more-north-korean-soldiers-deployed-to-russia/';
const ALLTHENEWS_MUSEUM =
  'https://allthe.news/fil/articles/kim-jong-un-inspects-memorial-construction-for-north-korean-soldiers-killed-in-ukraine-war';
const MEB_SCULPTURES =
  'https://www.middleeastbulletin.com/north-korean-leader-guides-creation-of-memorial-for-fallen-soldiers';
const INDEPENDENT_ADMISSION =
  'https://www.independent.co.uk/news/world/europe/ukraine-russia-war-putin-zelensky-north-korea-troops-latest-news-b2740529.html';
const REGALDI_DRONES =
  'https://blog.regaldi.ai/blog/post/north-korean-soldiers-reportedly-flying-drones-for-russia-in-ukraine';
const YOMIURI_GREEN = 'https://japannews.yomiuri.co.jp/world/europe/20250228-240775';
const DEFENCEUA_ENGINEERS =
  'https://en.defence-ua.com/industries/north_korean_troops_remain_in_russia_what_exactly_are_they_doing-15747.html';
const DAGENS_ALABUGA =
  'https://www.dagens.com/war/media-reports-north-korean-considering-sending-another-25000-citizens-to-russia';
const CALIBER_HOWITZERS =
  'https://caliber.az/en/post/north-korean-troops-and-weapons-boost-russia-s-offensive-in-ukraine';

const BABEL_SYRSKY =
  'https://babel.ua/en/news/119932-commander-in-chief-during-the-kursk-operation-the-russian-federation-lost-at-least-80-000-soldiers-killed-or-wounded';
const JAPANTIMES_30000 =
  'https://www.japantimes.co.jp/news/2025/07/03/world/politics/russia-more-north-korean-troops/';
const LBC_30000 = 'https://www.lbc.co.uk/world-news/north-korea-troops-putin-ukraine-offensive/';

export const HELD_OUT_28: HeldOutRow[] = [
  // Caliber.Az (no date printed; March 2025): the NIS on drone training.
  {
    url: CALIBER_DRONES,
    date: '',
    // A date.
    text: "On March 5, South Korea's intelligence agency revealed that North Korean soldiers sent to Russia for the Ukraine war are receiving drone training from Moscow.",
    figures: [],
  },
  {
    url: CALIBER_DRONES,
    date: '',
    text: 'In addition to supplying ammunition and conventional weaponry, North Korea has sent approximately 11,000 troops to the Kursk region of Russia since October to assist in the ongoing conflict.',
    figures: [f(11000, 11000, 'approximately', 'troops', 'troops-sent')],
  },
  {
    url: CALIBER_DRONES,
    date: '',
    // A year and a count of countries.
    text: 'This initiative follows a strategic partnership established between the two countries in 2023, marking a deepening military alliance.',
    figures: [],
  },
  {
    url: CALIBER_DRONES,
    date: '',
    // The stored text stops after "counterin"; the selection ends before the cut.
    text: 'Sources suggest that the drone collaboration is a reciprocal gesture after North Korea sent approximately 8,000 soldiers to fight alongside Russian forces in Kursk Oblast, with up to 12,000 troops reportedly deployed last fall',
    figures: [
      f(8000, 8000, 'approximately', 'troops', 'troops-sent'),
      f(12000, 12000, 'up to', 'troops', 'troops-sent'),
    ],
  },
  // Like123, 6 November 2024: Kovalenko on drone training.
  {
    url: LIKE123_DRONES,
    date: '2024-11-06',
    // Rounds Russia secured from Pyongyang: supplied. "February 2022" is a date.
    text: 'Russia has intensified military ties with North Korea since February 2022, securing ballistic missiles and more than two million artillery rounds.',
    figures: [f(2000000, 2000000, 'more than', 'munitions', 'munitions-supplied')],
  },
  {
    url: LIKE123_DRONES,
    date: '2024-11-06',
    // Troops training in Russia now: present; the number planned by December: a projection.
    text: 'South Korea reports that 3,000 North Korean troops are training in Russia, with a plan to increase the number to 10,000 by December.',
    figures: [
      f(3000, 3000, '', 'troops', 'troops-present'),
      f(10000, 10000, '', 'troops', 'troops-sent-expected'),
    ],
  },
  {
    url: LIKE123_DRONES,
    date: '2024-11-06',
    text: 'Earlier, Ukrainian President Volodymyr Zelenskyy stated that there are already 11,000 North Korean troops in Kursk Oblast.',
    figures: [f(11000, 11000, '', 'troops', 'troops-present')],
  },
  // Korea JoongAng Daily (no date printed; 26 June 2025 in its address): the NIS on the 6,000.
  {
    url: JOONGANG_NIS,
    date: '',
    // A photo caption: a date.
    text: 'National Intelligence Service director Lee Jong-seok attends a parliamentary intelligence committee meeting held at the National Assembly in western Seoul on June 26.',
    figures: [],
  },
  {
    url: JOONGANG_NIS,
    date: '',
    // Engineers and builders counted together: neither sappers nor construction workers alone;
    // unscored (as the earlier sets took the same 6,000).
    text: "North Korea is expected to dispatch an additional 6,000 personnel — including military engineers and construction workers — to Russia as early as July or August to assist with demining and reconstruction efforts in the Kursk region, according to South Korea's National Intelligence Service (NIS) on Thursday.",
    figures: [f(6000, 6000, '', 'troops')],
  },
  {
    url: JOONGANG_NIS,
    date: '',
    // "roughly one month" is a duration.
    text: 'Regarding the potential deployment timeline, Lee reportedly said, “In the first troop dispatch of 11,000 soldiers, the decision came roughly one month after Russian Security Council Secretary Sergei Shoigu visited Pyongyang and reached an agreement.',
    figures: [f(11000, 11000, '', 'troops', 'troops-sent')],
  },
  {
    url: JOONGANG_NIS,
    date: '',
    text: 'Lee also reported that North Korea is believed to have supplied Russia with roughly 10 million rounds of missiles and long-range artillery shells using ships and military aircraft.',
    figures: [f(10000000, 10000000, 'roughly', 'munitions', 'munitions-supplied')],
  },
  // Euromaidan Press, 27 February 2025: more troops to Russia.
  {
    url: EUROMAIDAN_MORE,
    date: '2025-02-27',
    // A date.
    text: 'North Korea has deployed more troops to Russia to reinforce Russian forces fighting against Ukrainian troops in Kursk Oblast, South Korea’s intelligence agency (NIS) reported on 27 February.',
    figures: [],
  },
  {
    url: EUROMAIDAN_MORE,
    date: '2025-02-27',
    // The size of the new deployment.
    text: 'The exact size remains unknown, but South Korean media, citing anonymous sources, estimate it at 1,000 to 3,000 soldiers.',
    figures: [f(1000, 3000, '', 'troops', 'troops-additional')],
  },
  {
    url: EUROMAIDAN_MORE,
    date: '2025-02-27',
    text: 'Initially, Ukrainian troops seized over 1,000 square kilometers.',
    figures: [f(1000, 1000, 'over', 'km2', 'kursk-ground-seized')],
  },
  {
    url: EUROMAIDAN_MORE,
    date: '2025-02-27',
    // Ground Ukraine still holds, not what it took nor what Russia retook: no measure fits;
    // unscored. "six months" is a duration.
    text: 'After six months of fighting, Russian forces failed to dislodge them, and Kyiv’s troops still control 400 square kilometers.',
    figures: [f(400, 400, '', 'km2')],
  },
  {
    url: EUROMAIDAN_MORE,
    date: '2025-02-27',
    text: 'Previously, Pyongyang deployed around 12,000 troops, as per Ukraine’s military intelligence, to the region to support Russia, suffering up to 4,000 casualties in the battles, according to Ukrainian reports.',
    figures: [
      f(12000, 12000, 'around', 'troops', 'troops-sent'),
      f(4000, 4000, 'up to', 'people', 'casualties'),
    ],
  },
  {
    url: EUROMAIDAN_MORE,
    date: '2025-02-27',
    // The reinforcements sent in January and February, beyond the first deployment.
    text: 'Yonhap reported on 27 February that over 1,000 Pyongyang troops were sent to Russia by ship from Chongjin and by rail from Rason between January and February.',
    figures: [f(1000, 1000, 'over', 'troops', 'troops-additional')],
  },
  // All The News (no date printed; December 2025): Kim at the memorial museum's site.
  {
    url: ALLTHENEWS_MUSEUM,
    date: '',
    // An ordinal.
    text: "Accompanied by his wife Ri Sol-ju and daughter Ju-ae, the event marks North Korea's first museum honoring soldiers killed overseas.",
    figures: [],
  },
  {
    url: ALLTHENEWS_MUSEUM,
    date: '',
    // An ordinal.
    text: 'According to the Korean Central News Agency (KCNA), Kim presided over a tree-planting ceremony, digging the first shovelful of earth alongside his daughter Ju-ae.',
    figures: [],
  },
  {
    url: ALLTHENEWS_MUSEUM,
    date: '',
    // An ordinal.
    text: 'This marks the first time North Korea has built a museum honoring soldiers killed in overseas actions.',
    figures: [],
  },
  {
    url: ALLTHENEWS_MUSEUM,
    date: '',
    text: "North Korea has deployed more than 10,000 troops and conventional weapons to aid Russia's war efforts in Ukraine, with thousands believed to have been killed in action.",
    figures: [
      f(10000, 10000, 'more than', 'troops', 'troops-sent'),
      f(2000, 9000, 'thousands', 'people', 'killed'),
    ],
  },
  // Middle East Bulletin, 26 January 2026: Kim and the memorial's sculptures.
  {
    url: MEB_SCULPTURES,
    date: '2026-01-26',
    text: 'In 2024, North Korea reportedly deployed around 14,000 soldiers to support Russian forces in Ukraine.',
    figures: [f(14000, 14000, 'around', 'troops', 'troops-sent')],
  },
  {
    url: MEB_SCULPTURES,
    date: '2026-01-26',
    text: 'Estimates suggest that more than 6,000 of these soldiers lost their lives.',
    figures: [f(6000, 6000, 'more than', 'people', 'killed')],
  },
  {
    url: MEB_SCULPTURES,
    date: '2026-01-26',
    // An ordinal in a name.
    text: 'The visit comes as North Korea prepares for its Ninth Party Congress, expected early next month.',
    figures: [],
  },
  {
    url: MEB_SCULPTURES,
    date: '2026-01-26',
    // A duration.
    text: 'This congress is likely to outline the country’s main policies for the next five years and could include a large military parade.',
    figures: [],
  },
  // The Independent, 28 April 2025: Kim's first admission.
  {
    url: INDEPENDENT_ADMISSION,
    date: '2025-04-28',
    // The force that fought in Kursk: present there.
    text: 'Around 10,000 to 12,000 North Korean troops were estimated to have fought alongside Russian forces last fall in Kursk where Ukraine had launched a surprise incursion, according to the intelligence estimates from the US, South Korean and Ukrainian intelligence officials.',
    figures: [f(10000, 12000, 'around', 'troops', 'troops-present')],
  },
  // Regaldi (no date printed): a blog's retelling of Business Insider on troops flying drones.
  {
    url: REGALDI_DRONES,
    date: '',
    // A date.
    text: 'According to the Ukrainian military’s statement, North Korean troops have been actively deployed within Russia’s Kursk region — a strategically significant area that became the center of attention following Ukraine’s unexpected cross‑border assault in August 2024.',
    figures: [],
  },
  {
    url: REGALDI_DRONES,
    date: '',
    // A count of territories, not of people.
    text: 'That offensive momentarily disrupted Russian control over several key territories.',
    figures: [],
  },
  {
    url: REGALDI_DRONES,
    date: '',
    // A duration.
    text: 'In response, Pyongyang allegedly dispatched soldiers a few months later to assist Moscow in countering these Ukrainian incursions and stabilizing the defensive lines.',
    figures: [],
  },
  // The Japan News (Yomiuri; no date printed, 28 February 2025 in its address): "Green".
  {
    url: YOMIURI_GREEN,
    date: '',
    // A photo caption: a date.
    text: 'Drone view shows destroyed buildings in the frontline town of Toretsk, amid Russia’s attack on Ukraine, Donetsk region, Ukraine, on Feb. 22.',
    figures: [],
  },
  {
    url: YOMIURI_GREEN,
    date: '',
    // A date.
    text: 'Commander Green, in the online interview on Feb. 19, described North Korean soldiers’ way of fighting when they first joined the conflict as resembling something from the “Soviet era or … Korean War era.”',
    figures: [],
  },
  // Defense Express (no date printed; September 2025): the troops' work and the dead.
  {
    url: DEFENCEUA_ENGINEERS,
    date: '',
    // Civilian specialists, not troops: no measure fits; unscored.
    text: 'Pyongyang reportedly intends to send thousands of specialists to russia, primarily to gain experience in industrial sectors, including the defense industry.',
    figures: [f(2000, 9000, 'thousands', 'people')],
  },
  {
    url: DEFENCEUA_ENGINEERS,
    date: '',
    // "One highlighted example" counts examples, not people.
    text: 'One highlighted example is the Yelabuga Special Economic Zone, where Moscow has ambitious plans to massively expand its drone production.',
    figures: [],
  },
  {
    url: DEFENCEUA_ENGINEERS,
    date: '',
    // A drone plant's workforce, not North Korean troops: no measure fits; unscored.
    text: 'What began with around 1,000 employees is now projected to grow into a workforce of 40,000, underlining russia’s heavy reliance on manpower to sustain its drone warfare.',
    figures: [f(1000, 1000, 'around', 'people'), f(40000, 40000, '', 'people')],
  },
  {
    url: DEFENCEUA_ENGINEERS,
    date: '',
    // "September 2" is a date.
    text: 'On September 2, South Korean lawmakers, citing intelligence sources, reported that about 2,000 North Korean soldiers sent to russia to participate in combat operations in Ukraine have been killed.',
    figures: [f(2000, 2000, 'about', 'people', 'killed')],
  },
  {
    url: DEFENCEUA_ENGINEERS,
    date: '',
    // Pyongyang's own count, but of "casualties", not deaths: the words do not decide between
    // its dead and its killed or wounded; unscored (as set 11 took the same 350). "the first two
    // phases" counts phases.
    text: 'This figure sharply contrasts with Pyongyang’s own admission of “only” 350 casualties during the first two phases of deployment.',
    figures: [f(350, 350, '', 'people')],
  },
  // Dagens (no date printed; June 2025): workers for Alabuga.
  {
    url: DAGENS_ALABUGA,
    date: '',
    // Civilian workers, not soldiers (the article says so): no measure fits; unscored.
    text: 'According to Japan’s public broadcaster, NHK, North Korea is considering sending as many as 25,000 citizens to Russia.',
    figures: [f(25000, 25000, 'as many as', 'people')],
  },
  {
    url: DAGENS_ALABUGA,
    date: '',
    // Points back at the 25,000 already counted.
    text: 'The 25,000 North Koreans in question are not soldiers, though.',
    figures: [],
  },
  {
    url: DAGENS_ALABUGA,
    date: '',
    // A date.
    text: 'The latest attack happened as recent as Sunday June 15.',
    figures: [],
  },
  {
    url: DAGENS_ALABUGA,
    date: '',
    // "June 17" is a date.
    text: 'After a meeting on June 17, Pyongyang is reported to have agreeed to send 1000 combat engineers and 5000 military builders to the Russian region of Kursk.',
    figures: [
      f(1000, 1000, '', 'troops', 'sappers'),
      f(5000, 5000, '', 'troops', 'construction-workers'),
    ],
  },
  {
    url: DAGENS_ALABUGA,
    date: '',
    // A date.
    text: 'Oe June 9, Ukraine’s military intelligence chief, Kyrylo Budanov, reported that North Korea and Russia had agreed to start establishing production of Shahed drones on North Korean soil.',
    figures: [],
  },
  // Caliber.Az (no date printed; November 2024): howitzers and rocket launchers.
  {
    url: CALIBER_HOWITZERS,
    date: '',
    // A date.
    text: "On November 20, South Korea's National Intelligence Service (NIS) confirmed that North Korea has continued to supply Russia with self-propelled howitzers and multiple rocket launchers.",
    figures: [],
  },
  {
    url: CALIBER_HOWITZERS,
    date: '',
    text: "In recent weeks, the NIS revealed that approximately 10,900 North Korean soldiers have been deployed to Russia's Kursk region as part of Russian airborne and marine units.",
    figures: [f(10900, 10900, 'approximately', 'troops', 'troops-sent')],
  },
  {
    url: CALIBER_HOWITZERS,
    date: '',
    // A count of countries.
    text: 'During her visit, she held discussions with Russian President Vladimir Putin and Foreign Minister Sergey Lavrov, deepening the diplomatic ties between the two countries.',
    figures: [],
  },
  {
    url: CALIBER_HOWITZERS,
    date: '',
    // Weapons delivered: supplied. "M-1978", "240mm" and "BM-27" are names and a calibre;
    // "November 16" is a date.
    text: 'On November 16, the Financial Times reported that North Korea had delivered nearly 50 M-1978 "Koksan" self-propelled howitzers and 20 upgraded 240mm multiple rocket launchers based on the Soviet BM-27 "Uragan" MLRS system.',
    figures: [
      f(50, 50, 'nearly', 'munitions', 'munitions-supplied'),
      f(20, 20, '', 'munitions', 'munitions-supplied'),
    ],
  },
  // Babel, 23 July 2025: Syrsky on Russia's losses in the Kursk operation.
  {
    url: BABEL_SYRSKY,
    date: '2025-07-23',
    // Russia's own losses.
    text: 'During the Kursk operation, the Russian Federation lost at least 80 000 soldiers killed or wounded.',
    figures: [f(80000, 80000, 'at least', 'people', 'ru-killed-or-wounded')],
  },
  {
    url: BABEL_SYRSKY,
    date: '2025-07-23',
    // A share of bombs, not of a force: no measure fits; unscored.
    text: 'a third of Russian guided bombs were used by the Russians in the Kursk region, not in Ukraine;',
    figures: [f(33, 33, '', '%')],
  },
  {
    url: BABEL_SYRSKY,
    date: '2025-07-23',
    // An ordinal.
    text: 'Russian fiber-optic drones, which are impossible to jam, first appeared on the battlefield in Kursk, not in eastern Ukraine;',
    figures: [],
  },
  {
    url: BABEL_SYRSKY,
    date: '2025-07-23',
    // A date.
    text: 'The Kursk operation began on August 6, 2024.',
    figures: [],
  },
  {
    url: BABEL_SYRSKY,
    date: '2025-07-23',
    // An ordinal.
    text: 'In October, it became known that the first soldiers from the DPRK had arrived in the Kursk region.',
    figures: [],
  },
  {
    url: BABEL_SYRSKY,
    date: '2025-07-23',
    // The North Korean soldiers who had arrived in the Kursk region (the sentence before).
    text: 'It was about 12 thousand soldiers.',
    figures: [f(12000, 12000, 'about', 'troops', 'troops-sent')],
  },
  {
    url: BABEL_SYRSKY,
    date: '2025-07-23',
    // Russia's losses, and its dead among them. "February 6" is a date.
    text: 'The General Staff reported on February 6 that during the operation, the enemyʼs total losses amounted to almost 40 thousand people, of which more than 16 thousand were killed.',
    figures: [
      f(40000, 40000, 'almost', 'people', 'ru-killed-or-wounded'),
      f(16000, 16000, 'more than', 'people', 'ru-killed'),
    ],
  },
  {
    url: BABEL_SYRSKY,
    date: '2025-07-23',
    // A date.
    text: 'President Volodymyr Zelensky reported the Russian offensive in Kursk on February 7.',
    figures: [],
  },
  {
    url: BABEL_SYRSKY,
    date: '2025-07-23',
    // A date.
    text: 'On March 12, the General Staff confirmed the significant advance of the Russians in the region, but at that time rejected the statements about the encirclement.',
    figures: [],
  },
  {
    url: BABEL_SYRSKY,
    date: '2025-07-23',
    // A date.
    text: 'On May 21, the General Staff said that the Ukrainian operation in the region was ongoing.',
    figures: [],
  },
  {
    url: BABEL_SYRSKY,
    date: '2025-07-23',
    // A date.
    text: 'As of July 23, the General Staff publishes the following map:',
    figures: [],
  },
  // The Japan Times, 3 July 2025: up to 30,000 more.
  {
    url: JAPANTIMES_30000,
    date: '2025-07-03',
    // More troops on top of those sent (as set 12 took the same 30,000).
    text: 'North Korea could send up to 30,000 additional troops to Russia over the coming months to aid Moscow in its war against Ukraine, media reports citing Ukrainian intelligence officials and Western security sources have said.',
    figures: [f(30000, 30000, 'up to', 'troops', 'troops-additional')],
  },
  {
    url: JAPANTIMES_30000,
    date: '2025-07-03',
    // "almost triple" multiplies a number the sentence does not give: no figure of its own.
    text: 'If confirmed, this would almost triple the total number of North Korean soldiers directly supporting Russia after an estimated 14,000 were sent last year to repel Ukraine’s incursion into Russia’s Kursk region.',
    figures: [f(14000, 14000, 'estimated', 'troops', 'troops-sent')],
  },
  {
    url: JAPANTIMES_30000,
    date: '2025-07-03',
    // The war's age, a count of countries and a duration.
    text: 'The move would also mark an intensification of the more than 3-year-old conflict that is now stretching across Europe and Asia, highlighting the speed at which Pyongyang’s military ties with Moscow have deepened since the two signed a mutual defense treaty just over a year ago.',
    figures: [],
  },
  // LBC, 2 July 2025: up to 30,000 more, after CNN.
  {
    url: LBC_30000,
    date: '2025-07-02',
    // The headline: more troops to come.
    text: "North Korea ‘to send 30,000 troops for Putin’s next large-scale offensive,' Ukraine warns",
    figures: [f(30000, 30000, '', 'troops', 'troops-additional')],
  },
  {
    url: LBC_30000,
    date: '2025-07-02',
    text: 'North Korea is preparing to send up to 30,000 troops to bolster Vladimir Putin’s invasion of Ukraine, according to Kyiv’s intelligence services — a move that would mark a major escalation in Pyongyang’s support for Russia.',
    figures: [f(30000, 30000, 'up to', 'troops', 'troops-additional')],
  },
  {
    url: LBC_30000,
    date: '2025-07-02',
    // The total sent, the first deployment, and the further ones of this year.
    text: 'The claim follows reports that around 15,000 North Korean personnel have already been sent to assist the Kremlin’s war machine — including 11,000 last year during fighting in the Kursk region, and a further 4,000 earlier this year.',
    figures: [
      f(15000, 15000, 'around', 'troops', 'troops-sent'),
      f(11000, 11000, '', 'troops', 'troops-sent'),
      f(4000, 4000, '', 'troops', 'troops-additional'),
    ],
  },
  {
    url: LBC_30000,
    date: '2025-07-02',
    // Points back at Putin and Kim.
    text: 'The two authoritarian leaders appear to be deepening ties rapidly, with Moscow now said to be providing weapons, ammunition, and equipment to North Korean troops in preparation for full-scale deployment.',
    figures: [],
  },
  {
    url: LBC_30000,
    date: '2025-07-02',
    // A photo caption.
    text: 'Several North Korean soldiers have been captured in Ukraine.',
    figures: [f(3, 9, 'several', 'people', 'captured')],
  },
  {
    url: LBC_30000,
    date: '2025-07-02',
    // Bomb disposal experts are the sappers.
    text: 'South Korea’s spy agency also believes Pyongyang will send 5,000 military construction workers and 1,000 bomb disposal experts to rebuild Russian-held areas, potentially as early as this month.',
    figures: [
      f(5000, 5000, '', 'troops', 'construction-workers'),
      f(1000, 1000, '', 'troops', 'sappers'),
    ],
  },
];
