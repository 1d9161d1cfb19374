/**
 * The tenth held-out set (issue 22): selections from sixteen more public articles on North
 * Korean troops in Russia (October 2024 – April 2025), none among ../shared/sources,
 * heldOut.ts … heldOut9.ts or devSet.ts (and no repost of one of their articles; of a wire
 * story and its reposts only one rewrite each was kept, and none of a wire story already
 * used), found with the library's page search and taken in the order the stored text gives
 * them (not for being easy or hard), every sentence with a figure up to where the stored text
 * stops. What a reader takes from each was written down before the parser ever ran on them,
 * by someone who had not read the parser's code nor run any held-out, development or phrase
 * test while writing it; it is to be scored once, and the parser is not tuned on it. Only the
 * short selections are stored, with their article's address and date ('' when the stored page
 * does not print one). Where the words do not say whether troops were sent, are there or are
 * still to come, or no measure of the vocabulary fits a figure (a detachment moved inside
 * Russia, a yearly rate of shells, Ukraine's missiles, ground Russia took in Sumy, the
 * missing), its measure is left out (not scored), with the reason beside it. A qualifier that
 * opens a sentence is written in lower case, as the approximator list gives it. Vague
 * quantities follow the earlier sets ("thousands" 2,000–9,000, as "hundreds" is 200–900) and,
 * by the same rule, "several" alone is 3–9, "dozens" 24–108 (two to nine dozen) and "several
 * dozens" 36–108. Counts of places, of leaders at a summit, ages, ordinals, article numbers
 * and one named soldier are not figures.
 */
import { f } from './phrases';
import type { HeldOutRow } from './heldOut';

const UNN_BUDANOV_11000 =
  'https://unn.ua/en/news/budanov-11-thousand-north-korean-troops-are-preparing-to-fight-in-ukraine-from-november-1';
const UNN_BUDANOV_FIRST =
  'https://unn.ua/en/news/budanov-dprks-first-troops-may-appear-in-kursk-region-tomorrow';
const UAWIRE_ECONOMIST =
  'http://uawire.azurewebsites.net/ukraine-s-intelligence-chief-north-korean-troops-heading-to-russia-s-kursk-region';
const MOSCOW_TIMES_RUTTE =
  'https://www.themoscowtimes.com/2024/10/28/nato-secretary-general-mark-rutte-decried-the-deployment-as-a-sign-ofrussian-president-vladimir-putins-growing-desperation-a86832';
const POLITICO_RUTTE_OPED =
  'https://www.politico.eu/article/north-korea-troops-europe-turning-point-mark-rutte/';
const BRUSSELS_TIMES_RUTTE =
  'https://brusselstimes.com/1302384/nato-chief-wants-to-discuss-russia-north-korea-threat-with-trump';
const DEFENSE_MIRROR_NIS =
  'https://www.defensemirror.com/news/38243/North_Korean_Troops_Suffer_Losses_in_Russia_Ukraine_War__Says_South_Korea';
const KBS_STORM_SHADOW = 'https://news.kbs.co.kr/news/pc/view/view.do?ncd=8113976';
const NYT_INDICATIONS = 'https://unmeterednews.com/?p=46684';
const ONLINE_UA_KIRBY =
  'https://news.online.ua/en/expendable-material-kirby-named-the-number-of-north-korean-soldiers-killed-in-the-kursk-region-889031/';
const LIGA_PENTAGON =
  'https://news.liga.net/en/politics/news/north-korean-military-attacks-in-kursk-oblast-not-so-effective-they-suffer-losses-pentagon';
const TFI_GERASIMOV =
  'https://tfiglobalnews.com/2025/04/26/russia-joined-up-with-north-korean-troops-on-ground-to-liberate-kursk';
const MOSCOW_TIMES_JCS =
  'https://www.themoscowtimes.com/2024/12/23/north-korean-soldiers-suffer-1100-casualties-in-ukraine-war-south-korean-military-says-a87427';
const JOONGANG_KIRBY =
  'https://koreajoongangdaily.joins.com/news/2024-12-17/national/northKorea/North-Korean-forces-suffer-significant-losses-in-Ukraine-conflict-US-says/2202448';
const KYIV_INDEPENDENT_NOT_SEEN =
  'https://nafoforum.org/magazine/north-korean-troops-not-seen-for-3-weeks-in-parts-of-kursk-oblast-ukraines-special-forces-say';
const NYT_DETAINED =
  'https://jara.news/troops-detained-in-ukraine-give-rare-glimpse-into-north-koreas-military-2/';

export const HELD_OUT_10: HeldOutRow[] = [
  // UNN, 18 Oct 2024 (on The War Zone's interview with Budanov).
  {
    url: UNN_BUDANOV_11000,
    date: '2024-10-18',
    // The headline: preparing to fight, but the words alone do not say whether they are in
    // Russia yet (sent, present or to come): measure unscored. "November 1" is a date.
    text: 'Budanov: 11 thousand North Korean troops are preparing to fight in Ukraine from November 1',
    figures: [f(11000, 11000, '', 'troops')],
  },
  {
    url: UNN_BUDANOV_11000,
    date: '2024-10-18',
    // Being trained in eastern Russia: there now.
    text: 'Kirill Budanov said that 11,000 North Korean infantrymen are being trained in eastern Russia for the war in Ukraine',
    figures: [f(11000, 11000, '', 'troops', 'troops-present')],
  },
  {
    url: UNN_BUDANOV_11000,
    date: '2024-10-18',
    // A first detachment of those already there, to be moved on inside Russia: no measure of
    // the vocabulary is that; unscored.
    text: 'The first detachment of 2,600 soldiers will deploy to the Kursk region on November 1',
    figures: [f(2600, 2600, '', 'troops')],
  },
  {
    url: UNN_BUDANOV_11000,
    date: '2024-10-18',
    text: 'Kyrylo Budanov, said that about 11,000 North Korean infantrymen are being trained in eastern Russia to fight in Ukraine',
    figures: [f(11000, 11000, 'about', 'troops', 'troops-present')],
  },
  {
    url: UNN_BUDANOV_11000,
    date: '2024-10-18',
    // A date.
    text: '"They will be ready (to fight in Ukraine - ed.) on November 1," Lieutenant General Kirill Budanov told TWZ',
    figures: [],
  },
  {
    url: UNN_BUDANOV_11000,
    date: '2024-10-18',
    // The same detachment: unscored.
    text: 'The first detachment of 2,600 soldiers will go to the Kursk region, where Ukraine has created a bridgehead for heavy fighting',
    figures: [f(2600, 2600, '', 'troops')],
  },
  {
    url: UNN_BUDANOV_11000,
    date: '2024-10-18',
    text: 'It is not yet clear where the rest of the North Korean troops will go, the intelligence chief added',
    figures: [],
  },
  {
    url: UNN_BUDANOV_11000,
    date: '2024-10-18',
    // A battalion said to be forming: no measure of the vocabulary; unscored.
    text: 'The estimated number of personnel is up to three thousand people',
    figures: [f(3000, 3000, 'up to', 'troops')],
  },
  {
    url: UNN_BUDANOV_11000,
    date: '2024-10-18',
    // Deserters (as heldOut9 took the 18 detained): a figure, but no measure; unscored.
    text: 'Sources also reported that 18 North Korean soldiers had already escaped from their positions on the border of the Bryansk and Kursk regions of Russia',
    figures: [f(18, 18, '', 'people')],
  },
  // UNN, 22 Oct 2024 (Budanov to The War Zone; of its reposts only this one kept).
  {
    url: UNN_BUDANOV_FIRST,
    date: '2024-10-22',
    // The headline: "first" is an ordinal.
    text: "Budanov: DPRK's first troops may appear in Kursk region tomorrow",
    figures: [],
  },
  {
    url: UNN_BUDANOV_FIRST,
    date: '2024-10-22',
    // A date.
    text: 'The first military from North Korea may arrive in the Kursk region as early as October 23',
    figures: [],
  },
  {
    url: UNN_BUDANOV_FIRST,
    date: '2024-10-22',
    // A duration.
    text: "“We'll see in a couple of days,” he added",
    figures: [],
  },
  {
    url: UNN_BUDANOV_FIRST,
    date: '2024-10-22',
    // Trained in Russia: there now. "two brigades" counts units, not people; the 6,000 is
    // taken as printed (whether it is each brigade's or both is not said).
    text: 'The President of Ukraine announced the training of two brigades of 6,000 DPRK troops in Russia',
    figures: [f(6000, 6000, '', 'troops', 'troops-present')],
  },
  {
    url: UNN_BUDANOV_FIRST,
    date: '2024-10-22',
    text: 'North Korea has sent fighter pilots to Vladivostok to potentially help Russia in the war with Ukraine',
    figures: [],
  },
  // UAWire (on The Economist's interview with Budanov), Oct 2024 (no date printed).
  {
    url: UAWIRE_ECONOMIST,
    date: '',
    // "the end of this month" is a time.
    text: "Reports from Ukraine's Main Intelligence Directorate (GUR) indicate plans to move North Korean fighters to Russia’s Kursk region by the end of this month",
    figures: [],
  },
  {
    url: UAWIRE_ECONOMIST,
    date: '',
    // A count of places.
    text: 'North Korean soldiers are currently undergoing training at four sites in Russia’s Khabarovsk region and the Far East',
    figures: [],
  },
  {
    url: UAWIRE_ECONOMIST,
    date: '',
    // Officers and generals, not the force sent (as heldOut9 left them): unscored.
    text: 'He affirmed the deployment of at least 500 North Korean officers and three generals to Russia',
    figures: [f(500, 500, 'at least', 'troops'), f(3, 3, '', 'troops')],
  },
  {
    url: UAWIRE_ECONOMIST,
    date: '',
    // The first detachment to be moved on to Kursk (see UNN above): unscored.
    text: "Intelligence reports suggest that 2,600 North Korean soldiers are planned to be deployed for combat in Russia's Kursk region by the end of October",
    figures: [f(2600, 2600, '', 'troops')],
  },
  {
    url: UAWIRE_ECONOMIST,
    date: '',
    // A yearly rate of shells, not a count supplied, and the gap to Russia's own output: no
    // measure of the vocabulary is either; unscored. "late 2022" is a date.
    text: "Budanov revealed that weapon deliveries, which began in late 2022, have reached a rate of 2.8 million shells annually, just 100,000 shy of Russia's domestic production",
    figures: [f(2800000, 2800000, '', 'munitions'), f(100000, 100000, '', 'munitions')],
  },
  {
    url: UAWIRE_ECONOMIST,
    date: '',
    // Missiles handed over: supplied. "several" is 3–9; "2023" a date.
    text: 'As 2023 neared its end, North Korea handed over several ballistic missiles and launch systems, managed by North Korean crews',
    figures: [f(3, 9, 'several', 'munitions', 'munitions-supplied')],
  },
  // The Moscow Times, 28 Oct 2024: Rutte's press conference.
  {
    url: MOSCOW_TIMES_RUTTE,
    date: '2024-10-28',
    text: 'Ukrainian forces launched a surprise incursion into the Kursk region in early August, initially taking control of a large swath of territory that Russian troops have since gradually clawed back in counteroffensive operations',
    figures: [],
  },
  {
    url: MOSCOW_TIMES_RUTTE,
    date: '2024-10-28',
    // Russia's own losses. "nearly three years" is a duration.
    text: 'Rutte said more than 600,000 Russian soldiers have been killed or wounded since Moscow launched the full-scale invasion of Ukraine nearly three years ago',
    figures: [f(600000, 600000, 'more than', 'people', 'ru-killed-or-wounded')],
  },
  {
    url: MOSCOW_TIMES_RUTTE,
    date: '2024-10-28',
    // A duration.
    text: 'Last week, Ukrainian President Volodymyr Zelensky warned that Russia was planning to send North Korean troops into battle within days',
    figures: [],
  },
  {
    url: MOSCOW_TIMES_RUTTE,
    date: '2024-10-28',
    // Training, but where (in Russia already, or at home to be sent) is not said: unscored.
    text: 'He has claimed North Korea is training 10,000 soldiers to support Russia',
    figures: [f(10000, 10000, '', 'troops')],
  },
  // Politico Europe, 6 Nov 2024: Rutte's own op-ed.
  {
    url: POLITICO_RUTTE_OPED,
    date: '2024-11-06',
    // The 32 allies are no figure of the war; the deployment is the troops sent.
    text: 'Last week, a delegation of South Korean intelligence and defense chiefs briefed the 32 NATO allies and our Indo-Pacific partners on the deployment of thousands of North Korean troops to Russia’s Kursk region',
    figures: [f(2000, 9000, 'thousands', 'troops', 'troops-sent')],
  },
  {
    url: POLITICO_RUTTE_OPED,
    date: '2024-11-06',
    // An ordinal and a time.
    text: 'This is the first time in a century that Russia has invited foreign troops into the country',
    figures: [],
  },
  // The Brussels Times, Nov 2024 (no date printed).
  {
    url: BRUSSELS_TIMES_RUTTE,
    date: '',
    // Leaders at a summit: no figure of the war.
    text: 'Rutte said upon his arrival at the European Political Community summit in Budapest, which brought together about 40 leaders from Europe',
    figures: [],
  },
  {
    url: BRUSSELS_TIMES_RUTTE,
    date: '',
    text: 'Russia and North Korea have grown considerably closer since Moscow launched its invasion of Ukraine in February 2022',
    figures: [],
  },
  {
    url: BRUSSELS_TIMES_RUTTE,
    date: '',
    text: "along with 11,000 North Korean soldiers sent to Russia's Kursk region, according to a Ukrainian estimate",
    figures: [f(11000, 11000, '', 'troops', 'troops-sent')],
  },
  // Defense Mirror, Nov 2024 (no date printed), on the NIS briefing of 20 Nov.
  {
    url: DEFENSE_MIRROR_NIS,
    date: '',
    // "some" is no number; "Nov. 20" a date.
    text: 'the NIS disclosed in a briefing to the National Assembly on Nov. 20 that some North Korean soldiers stationed in Russia’s Kursk region, near the Ukrainian border, were killed or injured in battles',
    figures: [],
  },
  {
    url: DEFENSE_MIRROR_NIS,
    date: '',
    text: 'A report by RBC-Ukraine on Nov. 18, citing U.S.-based Global Defense Corp, claimed a missile strike by Ukraine using U.K.-supplied Storm Shadow missiles killed around 500 North Korean soldiers in the Kursk region',
    figures: [f(500, 500, 'around', 'people', 'killed')],
  },
  {
    url: DEFENSE_MIRROR_NIS,
    date: '',
    // The total planned: a projection of those sent.
    text: 'The NIS had earlier reported that North Korea planned to send approximately 10,900 soldiers, primarily Special Forces personnel, to aid Russia',
    figures: [f(10900, 10900, 'approximately', 'troops', 'troops-sent-expected')],
  },
  {
    url: DEFENSE_MIRROR_NIS,
    date: '',
    // Ages.
    text: 'Many of these soldiers, aged in their late teens or early 20s, are believed to lack the training required for modern warfare',
    figures: [],
  },
  {
    url: DEFENSE_MIRROR_NIS,
    date: '',
    text: 'The military pact signed during Russian President Vladimir Putin’s visit to Pyongyang in June reportedly includes cooperation in cyber defense',
    figures: [],
  },
  // KBS News, 24 Nov 2024.
  {
    url: KBS_STORM_SHADOW,
    date: '2024-11-24',
    text: 'Reports have emerged from foreign media that 500 North Korean soldiers have been killed in Kursk, Russia',
    figures: [f(500, 500, '', 'people', 'killed')],
  },
  {
    url: KBS_STORM_SHADOW,
    date: '2024-11-24',
    // A date.
    text: 'This is a video that spread on Telegram, showing Ukraine attacking Kursk, Russia with Storm Shadow missiles on the 20th',
    figures: [],
  },
  {
    url: KBS_STORM_SHADOW,
    date: '2024-11-24',
    // Ukraine's missiles launched and shot down: figures, but no measure of the vocabulary;
    // unscored.
    text: 'The British Guardian reported that up to 12 Storm Shadows appear to have been launched, but the Russian military claimed to have shot down 2 missiles and did not disclose any significant damage',
    figures: [f(12, 12, 'up to', null), f(2, 2, '', null)],
  },
  {
    url: KBS_STORM_SHADOW,
    date: '2024-11-24',
    text: 'Ukrainian sources, including the military-focused media Global Defense, reported that 500 North Korean soldiers were killed when Ukraine attacked underground facilities in the village of Marino, Kursk with Storm Shadows',
    figures: [f(500, 500, '', 'people', 'killed')],
  },
  {
    url: KBS_STORM_SHADOW,
    date: '2024-11-24',
    // A Russian general killed; three North Koreans wounded ("two" and "one" are the three,
    // no new figure).
    text: 'a Telegram channel that provides war-related intelligence claimed that one Russian general was also killed, and "three North Korean soldiers, including two male officers and one female presumed to be an interpreter, were injured."',
    figures: [f(1, 1, '', 'people', 'ru-killed'), f(3, 3, '', 'people', 'wounded')],
  },
  {
    url: KBS_STORM_SHADOW,
    date: '2024-11-24',
    // "a" general is no figure.
    text: 'There have already been reports from foreign media that a North Korean general was injured in the Kursk region',
    figures: [],
  },
  {
    url: KBS_STORM_SHADOW,
    date: '2024-11-24',
    text: 'There are some 10,000 also North Korean soldiers in the Kursk region',
    figures: [f(10000, 10000, 'some', 'troops', 'troops-present')],
  },
  {
    url: KBS_STORM_SHADOW,
    date: '2024-11-24',
    // The stored text stops after this; no number.
    text: 'Meanwhile, France has suggested that it has allowed Ukraine to attack Russian territory with its own missiles',
    figures: [],
  },
  // A repost of The New York Times, Dec 2024 (no date printed).
  {
    url: NYT_INDICATIONS,
    date: '',
    // "last week" is a time.
    text: 'The Pentagon spokesman said the North Koreans had entered combat last week in the Russian region of Kursk, but he did not specify the number of casualties',
    figures: [],
  },
  {
    url: NYT_INDICATIONS,
    date: '',
    text: 'General Ryder gave the assessment a day after Ukraine’s military intelligence agency said that at least 30 North Korean soldiers had been killed or injured along the front line in Kursk over the weekend',
    figures: [f(30, 30, 'at least', 'people', 'killed-or-wounded')],
  },
  {
    url: NYT_INDICATIONS,
    date: '',
    text: 'The move this fall to deploy thousands of North Korean forces in Russia’s war against Ukraine rattled Kyiv’s allies',
    figures: [f(2000, 9000, 'thousands', 'troops', 'troops-sent')],
  },
  // Online.ua, Dec 2024 (no date printed): Kirby's briefing of 27 Dec.
  {
    url: ONLINE_UA_KIRBY,
    date: '',
    // Killed and wounded (in one week).
    text: 'According to United States estimates, North Korean troops have lost a thousand killed and wounded in the Kursk region in the last week alone',
    figures: [f(1000, 1000, '', 'people', 'killed-or-wounded')],
  },
  {
    url: ONLINE_UA_KIRBY,
    date: '',
    text: 'White House spokesman John Kirby said this at a briefing on December 27',
    figures: [],
  },
  {
    url: ONLINE_UA_KIRBY,
    date: '',
    // "losses" alone: what they include is not said in these words.
    text: 'His estimate of losses of a thousand troops significantly exceeds the number previously cited by American officials',
    figures: [f(1000, 1000, '', 'people', 'casualties')],
  },
  {
    url: ONLINE_UA_KIRBY,
    date: '',
    text: "On December 23, Volodymyr Zelenskyy shared new important data following the meeting of the Supreme Commander-in-Chief's Headquarters",
    figures: [],
  },
  // LIGA.net, 31 Dec 2024.
  {
    url: LIGA_PENTAGON,
    date: '2024-12-31',
    text: 'Singh stated that North Korean forces are experiencing "significant amount of casualties" in Kursk Oblast, confirming the White House\'s data of 1,000 killed and wounded soldiers',
    figures: [f(1000, 1000, '', 'people', 'killed-or-wounded')],
  },
  {
    url: LIGA_PENTAGON,
    date: '2024-12-31',
    text: "She noted that the Pentagon had previously reported North Korea's deployment of approximately 12,000 soldiers to support Russia's war against Ukraine",
    figures: [f(12000, 12000, 'approximately', 'troops', 'troops-sent')],
  },
  {
    url: LIGA_PENTAGON,
    date: '2024-12-31',
    text: 'However, the Pentagon cannot confirm whether North Korea has started sending more soldiers to Russia',
    figures: [],
  },
  {
    url: LIGA_PENTAGON,
    date: '2024-12-31',
    // Personnel lost: losses of any kind.
    text: 'On December 23, South Korean intelligence services reported that North Korean troops had lost over 1,000 personnel in the war against Ukraine',
    figures: [f(1000, 1000, 'over', 'people', 'casualties')],
  },
  {
    url: LIGA_PENTAGON,
    date: '2024-12-31',
    text: 'On December 27, President Volodymyr Zelenskyy stated that North Korean soldiers are killing their fellow soldiers on the battlefield',
    figures: [],
  },
  // TFI Global News (on RT), 26 Apr 2025 by its address (no date printed): Gerasimov's report.
  {
    url: TFI_GERASIMOV,
    date: '',
    // Ukraine's own losses, by Russia's count. "August of the previous year" is a date.
    text: 'According to Gerasimov, the Ukrainian military suffered over 76,000 casualties—both killed and wounded—during their offensive, which began in August of the previous year',
    figures: [f(76000, 76000, 'over', 'people', 'ua-killed-or-wounded')],
  },
  {
    url: TFI_GERASIMOV,
    date: '',
    // Ground Russia holds in Sumy: no measure of the vocabulary (kursk-ground-seized is
    // Ukraine's in Kursk); unscored. The four settlements are places.
    text: 'where they now control four settlements and more than 90 square kilometers of territory',
    figures: [f(90, 90, 'more than', 'km2')],
  },
  {
    url: TFI_GERASIMOV,
    date: '',
    // A count of places.
    text: 'In the Kursk Region itself, 19 settlements have already been cleared of mines',
    figures: [],
  },
  {
    url: TFI_GERASIMOV,
    date: '',
    // An article number.
    text: 'The treaty stipulates mutual military assistance in the event of an attack, referencing Article 51 of the UN Charter',
    figures: [],
  },
  {
    url: TFI_GERASIMOV,
    date: '',
    text: 'suggesting that North Korea had sent around 12,000 troops to Russia for training and potential deployment',
    figures: [f(12000, 12000, 'around', 'troops', 'troops-sent')],
  },
  // The Moscow Times (on AFP), 23 Dec 2024: the Joint Chiefs of Staff.
  {
    url: MOSCOW_TIMES_JCS,
    date: '2024-12-23',
    text: "More than 1,000 North Korean soldiers have been killed or wounded fighting alongside Russian troops in the Ukraine war, South Korea's Joint Chiefs of Staff said on Monday",
    figures: [f(1000, 1000, 'more than', 'people', 'killed-or-wounded')],
  },
  {
    url: MOSCOW_TIMES_JCS,
    date: '2024-12-23',
    text: "The new figure follows a report by Seoul's spy agency to lawmakers last week, which said at least 100 North Korean soldiers had been killed since entering combat in December",
    figures: [f(100, 100, 'at least', 'people', 'killed')],
  },
  {
    url: MOSCOW_TIMES_JCS,
    date: '2024-12-23',
    text: 'we assess that North Korean troops who have recently engaged in combat with Ukrainian forces have suffered around 1,100 casualties',
    figures: [f(1100, 1100, 'around', 'people', 'casualties')],
  },
  {
    url: MOSCOW_TIMES_JCS,
    date: '2024-12-23',
    text: 'Pyongyang is reportedly "preparing for the rotation or additional deployment of soldiers."',
    figures: [],
  },
  // Korea JoongAng Daily, 17 Dec 2024: Kirby's first estimate.
  {
    url: JOONGANG_KIRBY,
    date: '2024-12-17',
    // A date and a time.
    text: 'Published: 17 Dec. 2024, 10:23',
    figures: [],
  },
  {
    url: JOONGANG_KIRBY,
    date: '2024-12-17',
    // "some" is no number.
    text: '“We do believe that they have suffered some significant losses, killed and wounded,” National Security Communications Adviser John Kirby said at a press briefing',
    figures: [],
  },
  {
    url: JOONGANG_KIRBY,
    date: '2024-12-17',
    // The losses of the sentence before; these words alone do not say killed, wounded or
    // both: measure unscored. Both vague quantities as printed.
    text: 'I would say, certainly in the realm of dozens, several dozens',
    figures: [f(24, 108, 'dozens', 'people'), f(36, 108, 'several dozens', 'people')],
  },
  {
    url: JOONGANG_KIRBY,
    date: '2024-12-17',
    // The missing: no measure of the vocabulary counts only them; unscored.
    text: 'Kirby’s remarks follow Ukrainian military intelligence reports earlier in the day that "at least 30 soldiers" had been killed or wounded while fighting in Russia\'s Kursk region, with "at least three" North Korean soldiers reported missing',
    figures: [f(30, 30, 'at least', 'people', 'killed-or-wounded'), f(3, 3, 'at least', 'people')],
  },
  {
    url: JOONGANG_KIRBY,
    date: '2024-12-17',
    // "second" is an ordinal.
    text: '“We’ve just started to see this movement of them from the second line to the front line,” Kirby added',
    figures: [],
  },
  // The Kyiv Independent (on NAFO Forum), Jan 2025 (no date printed; the stored text starts
  // mid-sentence).
  {
    url: KYIV_INDEPENDENT_NOT_SEEN,
    date: '',
    text: 'undisclosed Ukrainian and U.S. officials told The New York Times that North Korean troops had been taken off the front lines after suffering heavy casualties',
    figures: [],
  },
  {
    url: KYIV_INDEPENDENT_NOT_SEEN,
    date: '',
    // Half of the contingent killed or wounded; the contingent deployed is those sent.
    text: "Ukraine's Commander-in-Chief Oleksandr Syrskyi said on Jan. 19 that roughly half of the 11-12,000 strong North Korean contingent deployed to the embattled Russian region have been killed or wounded",
    figures: [
      f(50, 50, 'roughly', '%', 'share-of-force-lost'),
      f(11000, 12000, '', 'troops', 'troops-sent'),
    ],
  },
  // A repost of The New York Times, Jan 2025 (no date printed), on the NIS briefing of 13 Jan.
  {
    url: NYT_DETAINED,
    date: '',
    text: 'South Korea’s National Intelligence Service told lawmakers in Seoul on Monday that it estimates 300 North Korean soldiers have been killed and 2,700 others wounded in battles against Ukraine',
    figures: [f(300, 300, '', 'people', 'killed'), f(2700, 2700, '', 'people', 'wounded')],
  },
  {
    url: NYT_DETAINED,
    date: '',
    text: 'The White House has put the toll even higher',
    figures: [],
  },
  {
    url: NYT_DETAINED,
    date: '',
    // One soldier's story: no figure.
    text: 'One North Korean soldier was trying to blow himself up with a grenade, shouting the name of North Korea’s leader, Kim Jong-un, when he was shot by Ukrainian troops, they said',
    figures: [],
  },
];
