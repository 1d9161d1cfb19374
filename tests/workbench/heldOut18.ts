/**
 * The eighteenth held-out set (issue 22): selections from fifteen more public articles on North
 * Korean troops in Russia's war, December 2024 to spring 2025, each naming a place in Kursk or
 * Donetsk region, a front section or a named unit: the taking of Plekhovo (Plekhove) in December,
 * the 8th Special Operations Regiment's fights, the Pokrovsk front, the fall of Sudzha in March
 * and Gerasimov's claim of the whole region. None is among ../shared/sources, the addresses used by
 * the earlier sets or the phrase table's sources, and none is a repost or rewrite of one of their
 * articles: Radio Free Asia's interview with a sergeant of the 8th regiment (used before) came up
 * again in three rewrites (IJ Reportika, Munhwa News, Korea Daily US), which were passed over.
 * They were found with the library's page search (English pages only) and taken in the order the
 * search gave them (not for being easy or hard), every sentence with a figure up to where the
 * stored text stops: Europe Says (Newsweek) and The Express News Today (Forbes) on Plekhovo, The
 * Tundra Drums on the 8th regiment's 77 and Kurakhove, Mahalsa (The Telegraph) on a flag on the
 * Pokrovsk front, Espreso, Conflict Watcher and The Kyiv Independent on the 8th regiment's
 * fights in January, Stars and Stripes (The Washington Post) and Mint on the fall of Sudzha,
 * Madrid Daily on Korenevo and Sudzha in November, SSB Crack Exams on Gerasimov's Gornal,
 * i24NEWS on the 94th brigade at Plekhovo, the Kyiv Post on HUR's strikes near Novoivanivka,
 * Euromaidan Press (Forbes) on the failed attack on Makhnovka, and Daily Wrap on the 17th Brigade's
 * drone operators. Pulse News's rewrite of Reuters' Makhnovka and Pokrovsk story (used by set 8
 * through The Japan Times) was passed over, and so were AP's Novoivanovka story's reposts (Saudi
 * Gazette, used; Firstpost; US Live). A headline of another story printed beside Espreso's
 * (Zelensky's 200,000 peacekeepers) is not the article's and was left out.
 * What a reader takes from each was written down before the parser ever ran on them, by someone
 * who had not read the parser's code nor run any held-out, development or phrase test while
 * writing it; it is to be scored once, and the parser is not tuned on it. Only the short
 * selections are stored, with their article's address and date ('' when the stored page does not
 * print one, even where the address carries one).
 * Where the words do not decide a measure (the men of one assault, a share of those in one
 * assault, Ukrainians killed but not wounded, Russia's own force in Kursk, the troops a photo may
 * herald, the casualties of both armies together) or no measure fits (areas printed in square
 * miles, the vocabulary's being km2; a village's people; a share of Ukraine's own land; the share
 * of its Kursk gains Ukraine still holds), the measure is left out (not scored), with the reason
 * beside it. Vague quantities follow the earlier sets ("thousands" 2,000–9,000, "several hundred"
 * 300–900, "hundreds" 200–900, "several" 3–9); "up to half" is 50 %. Dates, durations ("in two
 * hours", "for over 8 hours", "three days"), ordinals ("the ninth hour", "a second and a third"),
 * distances ("two kilometers", "one kilometer"), counts of occasions, units, posts or vehicles
 * ("three waves", "248 attacks", "two brigades", "five new observation posts", "two Humvees"), unit
 * names ("8th regiment", "92nd and 94th Separate Special Operations Brigades") and the slang
 * "'200' and '300'" (for dead and wounded, no count) are not figures.
 */
import { f } from './phrases';
import type { HeldOutRow } from './heldOut';

const EUROPESAYS_PLEKHOVO = 'https://www.europesays.com/1685432';
const EXPRESSNEWS_PLEKHOVE = 'https://theexpressnewstoday.com/?p=212564';
const TUNDRADRUMS_77 =
  'https://thetundradrums.com/ukraine-killed-north-korean-soldiers-fighting-for-russia-in-kursk';
const MAHALSA_FLAG =
  'https://mahalsa.co.uk/the-flag-that-is-beginning-to-worry-ukraines-exhausted-front-line-troops/amp';
const ESPRESO_21 =
  'https://global.espreso.tv/russia-ukraine-war-fierce-battle-between-ukrainian-special-forces-operators-and-north-koreans-video';
const CONFLICTWATCHER_21 =
  'https://conflictwatcher.com/ukrainian-forces-thwart-north-korean-attack-in-kursk-21-dead,7117036727519361a';
const KYIVINDEPENDENT_17 = 'https://kyivindependent.com./ukraine-repels-north-korean-assault';
const STRIPES_SUDZHA =
  'https://stripes.com/theaters/europe/2025-03-18/north-koreans-russian-advances-ukraine-17184617.html';
const LIVEMINT_PIPELINE =
  'https://www.livemint.com/news/world/russia-says-it-is-close-to-ousting-ukraine-from-its-kursk-region/amp-11741864765858.html';
const MADRIDDAILY_KORENEVO =
  'https://madriddaily.net/russian-and-north-korean-soldiers-deal-shock-blow-to-ukraine-world-news';
const SSBCRACK_GORNAL =
  'https://ssbcrackexams.com/russia-claims-full-liberation-of-kursk-region-with-north-korean-support-ukraine-denies';
const I24_PLEKHOVO =
  'https://www.i24news.tv/en/news/ukraine-conflict/artc-north-korean-soldiers-killed-fighting-for-russia-in-ukraine';
const KYIVPOST_NOVOIVANIVKA = 'https://fu.kyivpost.com/post/44510';
const EUROMAIDAN_MAKHNOVKA =
  'https://euromaidanpress.com/2025/01/09/forbes-up-to-400-russo-north-korean-troops-lost-in-single-attack-on-ukrainian-positions-in-kursk/';
const DAILYWRAP_17TH =
  'https://dailywrap.uk/north-korean-soldiers-captured-in-ukraine-kursk-clash,7113565934397569a';

export const HELD_OUT_18: HeldOutRow[] = [
  // Europe Says (Newsweek; no date printed): the taking of Plekhovo.
  {
    url: EUROPESAYS_PLEKHOVO,
    date: '',
    // The village's people before the war: a count of people, no measure fits; unscored.
    // "December 6 and 7" is a date.
    text: 'Between December 6 and 7, North Korean soldiers captured the village of Plekhovo, which had a prewar population of 627',
    figures: [f(627, 627, '', 'people')],
  },
  {
    url: EUROPESAYS_PLEKHOVO,
    date: '',
    // Ukrainians killed (not wounded): ua-killed-or-wounded is wider; unscored.
    text: 'More than 300 Ukrainian soldiers were reportedly killed in the attack',
    figures: [f(300, 300, 'more than', 'people')],
  },
  {
    url: EUROPESAYS_PLEKHOVO,
    date: '',
    // "In two hours" is a duration. The enemy (Ukraine's) lost men: "lost" may be dead only or
    // dead and wounded; the words do not decide; unscored.
    text: 'In two hours, they passed through like a hurricane, did not take prisoners. The enemy lost more than 300 servicemen',
    figures: [f(300, 300, 'more than', 'people')],
  },
  {
    url: EUROPESAYS_PLEKHOVO,
    date: '',
    // A count of units.
    text: 'Now two brigades are trying to share the laurels – who was the first to enter the settlement liberated by Korean specialists',
    figures: [],
  },
  {
    url: EUROPESAYS_PLEKHOVO,
    date: '',
    // A caption's year.
    text: 'North Korean soldiers taking part in a ceremony in Pyongyang in 2017',
    figures: [],
  },
  {
    url: EUROPESAYS_PLEKHOVO,
    date: '',
    // A distance and a date.
    text: 'Plekhovo, liberated on December 6 in the Kursk direction, was indeed taken by fighters of the Korean special forces. They walked two kilometers through a minefield',
    figures: [],
  },
  {
    url: EUROPESAYS_PLEKHOVO,
    date: '',
    // A duration; "200" and "300" are the army's slang for dead and wounded, not counts.
    text: 'The operation took about 2.5 hours. They took their ‘200’ and ‘300’ with them',
    figures: [],
  },
  // The Express News Today (Forbes; no date printed): the battle at Plekhove.
  {
    url: EXPRESSNEWS_PLEKHOVE,
    date: '',
    // The corps' loss as a share of its strength. The salient is the ground Ukraine took, but
    // in square miles, while kursk-ground-seized counts km2 (a reader does not convert): the
    // area's measure is left out, as for every area in square miles in this set.
    text: 'may have lost 4% of its strength in a single battle along the eastern edge of the 250-square-mile salient that Ukrainian forces carved out of Kursk back in August',
    figures: [f(4, 4, '', '%', 'share-of-force-lost'), f(250, 250, '', 'mi2')],
  },
  {
    url: EXPRESSNEWS_PLEKHOVE,
    date: '',
    // Ukraine's garrison of the village: no measure fits; unscored. "three waves" counts
    // occasions.
    text: 'Attacking in three waves across open fields outside the village of Plekhove on Saturday, North Korean infantry eventually managed to eject the 100 Ukrainian troops holding the village',
    figures: [f(100, 100, '', 'troops')],
  },
  {
    url: EXPRESSNEWS_PLEKHOVE,
    date: '',
    // The men of one assault, not all those present; unscored. Brigade names are not figures.
    text: 'The assault may have involved more than 500 North Koreans, reportedly from the Democratic People’s Republic of Korea’s 92nd and 94th Separate Special Operations Brigades',
    figures: [f(500, 500, 'more than', 'troops')],
  },
  {
    url: EXPRESSNEWS_PLEKHOVE,
    date: '',
    // A share of those in one assault, not of the whole force; unscored.
    text: 'Their casualties may have accounted for up to half of the soldiers involved',
    figures: [f(50, 50, 'up to', '%')],
  },
  {
    url: EXPRESSNEWS_PLEKHOVE,
    date: '',
    // Ordinals.
    text: 'Ukrainian fighters repelled the first wave of attacks,” Tsaplienko added. “But then there was a second and a third [wave]',
    figures: [],
  },
  {
    url: EXPRESSNEWS_PLEKHOVE,
    date: '',
    // "potentially" is not an approximator of the number. The corps deployed north of the
    // salient: those present.
    text: 'trucks hauled away potentially hundreds of dead and wounded North Koreans—together representing a significant percentage of the approximately 12,000-person North Korean 11th Army Corps deployed north of the Kursk salient',
    figures: [
      f(200, 900, 'hundreds', 'people', 'killed-or-wounded'),
      f(12000, 12000, 'approximately', 'troops', 'troops-present'),
    ],
  },
  // The Tundra Drums (no date printed): the 8th regiment's 77, and Kurakhove.
  {
    url: TUNDRADRUMS_77,
    date: '',
    // "December 23" is a date; "exceeded" is printed as the qualifier.
    text: 'Ukrainian President Volodymyr Zelenskyy reported on December 23 that North Korean casualties in the Kursk region exceeded 3,000, according to preliminary data',
    figures: [f(3000, 3000, 'exceeded', 'people', 'casualties')],
  },
  {
    url: TUNDRADRUMS_77,
    date: '',
    // The toll of the same casualties, by Seoul's count.
    text: 'South Korea’s intelligence estimates place the toll at 1,100, with North Korea preparing to send reinforcements',
    figures: [f(1100, 1100, '', 'people', 'casualties')],
  },
  {
    url: TUNDRADRUMS_77,
    date: '',
    text: 'In August, North Korea deployed 11,000 troops to bolster Russian forces in the Kursk region during Ukraine’s counteroffensive',
    figures: [f(11000, 11000, '', 'troops', 'troops-sent')],
  },
  {
    url: TUNDRADRUMS_77,
    date: '',
    // "over three days" is a duration; "8th regiment" a unit name.
    text: 'The Ukrainian Special Operations Forces revealed that their 8th regiment killed 77 North Koreans and wounded 40 over three days',
    figures: [f(77, 77, '', 'people', 'killed'), f(40, 40, '', 'people', 'wounded')],
  },
  {
    url: TUNDRADRUMS_77,
    date: '',
    // Counts of attacks (occasions) and dates.
    text: 'Russia ramped up its offensive in Donetsk, launching 248 attacks on December 24 and 200 more on Christmas Day',
    figures: [],
  },
  // Mahalsa (The Telegraph; no date printed): a flag on a slag heap near Pokrovsk.
  {
    url: MAHALSA_FLAG,
    date: '',
    // Troops a photo may herald on the Pokrovsk front: neither sent nor present, and not a
    // stated further deployment; unscored.
    text: 'Ukraine soldiers and civilians in the area are about to face an onslaught of thousands of troops from one of the strangest corners of the world',
    figures: [f(2000, 9000, 'thousands', 'troops')],
  },
  // Espreso (no date printed for the article): the 8th regiment's fight of over 8 hours.
  {
    url: ESPRESO_21,
    date: '',
    text: "Ukrainian forces eliminate 21 North Korean fighters, wound 40 in Russia's Kursk region",
    figures: [f(21, 21, '', 'people', 'killed'), f(40, 40, '', 'people', 'wounded')],
  },
  {
    url: ESPRESO_21,
    date: '',
    // "neutralized", set beside "wounded" and after the headline's "eliminate": killed.
    text: "Operators from Ukraine's Special Operations Forces neutralized 21 North Korean soldiers and wounded 40 more during an attack on Ukrainian positions in Russia's Kursk region",
    figures: [f(21, 21, '', 'people', 'killed'), f(40, 40, '', 'people', 'wounded')],
  },
  {
    url: ESPRESO_21,
    date: '',
    // A duration.
    text: 'held off an advance by North Korean forces armed with small arms and grenade launchers for over 8 hours',
    figures: [],
  },
  {
    url: ESPRESO_21,
    date: '',
    // An ordinal and a share of ammunition left.
    text: 'At the ninth hour of the battle, the special forces group had only a third of their ammunition left',
    figures: [],
  },
  {
    url: ESPRESO_21,
    date: '',
    // A count of vehicles used to withdraw.
    text: 'The soldiers coordinated their exfil in two Humvees',
    figures: [],
  },
  {
    url: ESPRESO_21,
    date: '',
    // The total the 4,000 are counted out of: those sent.
    text: 'President Volodymyr Zelenskyy said that 4,000 North Korean soldiers out of a total of 12,000 were killed in the fighting in the Kursk region of Russia',
    figures: [f(4000, 4000, '', 'people', 'killed'), f(12000, 12000, '', 'troops', 'troops-sent')],
  },
  // Conflict Watcher (no date printed): the same fight, another outlet's account.
  {
    url: CONFLICTWATCHER_21,
    date: '',
    text: 'Ukrainian forces thwart North Korean attack in kursk: 21 dead',
    figures: [f(21, 21, '', 'people', 'killed')],
  },
  {
    url: CONFLICTWATCHER_21,
    date: '',
    text: 'Ukrainian Special Operations Forces (SOF) killed 21 North Korean soldiers who attacked Ukrainian positions in the Kursk region of Russia',
    figures: [f(21, 21, '', 'people', 'killed')],
  },
  {
    url: CONFLICTWATCHER_21,
    date: '',
    // A duration.
    text: 'It lasted for more than eight hours',
    figures: [],
  },
  {
    url: CONFLICTWATCHER_21,
    date: '',
    text: 'Ukrainian Special Operations Forces (SOF) killed 21 and wounded 40 North Korean soldiers who attacked Ukrainian positions in the Kursk region in western Russia',
    figures: [f(21, 21, '', 'people', 'killed'), f(40, 40, '', 'people', 'wounded')],
  },
  {
    url: CONFLICTWATCHER_21,
    date: '',
    // A duration; "8th SOF Regiment" is a unit name.
    text: 'Operators of the 8th SOF Regiment of the Ukrainian Armed Forces, supported by allied infantry, repelled the attacks of the North Korean soldiers for over eight hours',
    figures: [],
  },
  {
    url: CONFLICTWATCHER_21,
    date: '',
    // An ordinal and a count of vehicles.
    text: 'In the ninth hour of the fight, due to depleted ammunition, a decision was made to withdraw the unit from the battlefield and retreat with two Humvee vehicles',
    figures: [],
  },
  {
    url: CONFLICTWATCHER_21,
    date: '',
    text: 'According to South Korean authorities, Kim Jong Un sent over 10,000 soldiers to support Russia in the war against Ukraine',
    figures: [f(10000, 10000, 'over', 'troops', 'troops-sent')],
  },
  {
    url: CONFLICTWATCHER_21,
    date: '',
    // A date.
    text: 'This information was confirmed on January 6 by then-U.S. Secretary of State Antony Blinken during a visit to Seoul',
    figures: [],
  },
  {
    url: CONFLICTWATCHER_21,
    date: '',
    text: "Antony Blinken stated that at least a thousand North Korean soldiers have been killed or wounded in the conflict on Russia's side",
    figures: [f(1000, 1000, 'at least', 'people', 'killed-or-wounded')],
  },
  // The Kyiv Independent, 13 January 2025: an assault repelled, 17 killed.
  {
    url: KYIVINDEPENDENT_17,
    date: '2025-01-13',
    text: "Ukraine's special forces claim to repel North Korean assault in Russia's Kursk Oblast, killing 17 soldiers",
    figures: [f(17, 17, '', 'people', 'killed')],
  },
  {
    url: KYIVINDEPENDENT_17,
    date: '2025-01-13',
    // "Jan. 13" is a date.
    text: "Ukraine's Special Operations Forces repelled an assault by North Korean troops in Russia's Kursk Oblast, the unit's press service said on Jan. 13, claiming to have killed 17 North Korean soldiers",
    figures: [f(17, 17, '', 'people', 'killed')],
  },
  {
    url: KYIVINDEPENDENT_17,
    date: '2025-01-13',
    // A date. (The start of this background sentence is the outlet's standing wording, which
    // a row of set 17 from another of its articles holds; only the clause with the date is kept.)
    text: 'countering a Ukrainian incursion launched on Aug. 6',
    figures: [],
  },
  {
    url: KYIVINDEPENDENT_17,
    date: '2025-01-13',
    text: "South Korea's National Intelligence Service (NIS) claimed that North Korean casualties have already reached 300 soldiers killed and 2,700 wounded",
    figures: [f(300, 300, '', 'people', 'killed'), f(2700, 2700, '', 'people', 'wounded')],
  },
  {
    url: KYIVINDEPENDENT_17,
    date: '2025-01-13',
    // A date.
    text: 'a claim echoed by White House National Security Council spokesperson John Kirby on Dec. 27',
    figures: [],
  },
  // Stars and Stripes (The Washington Post), 18 March 2025: the fall of Sudzha.
  {
    url: STRIPES_SUDZHA,
    date: '2025-03-18',
    // A duration.
    text: 'Russia’s heavy use of North Korean troops and equipment to nearly retake the Kursk region after seven months of Ukrainian control demonstrated the Kremlin’s desire to reclaim the land at any cost',
    figures: [],
  },
  {
    url: STRIPES_SUDZHA,
    date: '2025-03-18',
    // A share of Ukraine's own land held by Russia: no measure fits; unscored.
    text: 'Russia occupies around 20 percent of Ukrainian territory',
    figures: [f(20, 20, 'around', '%')],
  },
  {
    url: STRIPES_SUDZHA,
    date: '2025-03-18',
    // The share Ukraine still holds (kursk-share-retaken is the share Russia took back, not
    // this); unscored. The 500 square miles are the ground Ukraine once took (square miles:
    // measure left out, see the first such row).
    text: 'Ukrainian troops are now shown occupying about 10 percent of the more than 500 square miles that they once held',
    figures: [f(10, 10, 'about', '%'), f(500, 500, 'more than', 'mi2')],
  },
  // Mint (no date printed): Russia close to ousting Ukraine from Kursk.
  {
    url: LIVEMINT_PIPELINE,
    date: '',
    // The unit in the pipeline was Russia's: its dead. "One unit" counts a unit.
    text: 'One unit crawled through a disused section of a natural gas pipeline this week to outflank Ukrainian troops defending Sudzha, with several dying of methane poisoning',
    figures: [f(3, 9, 'several', 'people', 'ru-killed')],
  },
  // Madrid Daily (no date printed): Korenevo and Sudzha in the autumn.
  {
    url: MADRIDDAILY_KORENEVO,
    date: '',
    // A date and an ordinal.
    text: 'it marks the first incursion by another state onto Russian soil since the Second World War',
    figures: [],
  },
  {
    url: MADRIDDAILY_KORENEVO,
    date: '',
    // A date.
    text: 'The bold early August offensive by Kyiv into Kursk was the most substantial move into Russian-held land since the outbreak of the war in February 2022',
    figures: [],
  },
  {
    url: MADRIDDAILY_KORENEVO,
    date: '',
    text: 'Ukraine had relinquished over 40 percent of its acquired ground in Kursk',
    figures: [f(40, 40, 'over', '%', 'kursk-share-retaken')],
  },
  {
    url: MADRIDDAILY_KORENEVO,
    date: '',
    // The ground Ukraine held at its height and holds now, in square miles: measure left out.
    text: 'At the height of their control, Ukrainian units held approximately 531 square miles, which, according to the source, has now diminished to around 309 square miles',
    figures: [f(531, 531, 'approximately', 'mi2'), f(309, 309, 'around', 'mi2')],
  },
  {
    url: MADRIDDAILY_KORENEVO,
    date: '',
    // Russia's force in Kursk; whether North Koreans are counted in it the words do not say
    // (combined-force is the two together); unscored.
    text: 'Russia has amassed nearly 60,000 troops in Kursk',
    figures: [f(60000, 60000, 'nearly', 'troops')],
  },
  // SSB Crack Exams (no date printed): Gerasimov claims the whole of Kursk region.
  {
    url: SSBCRACK_GORNAL,
    date: '',
    // "last year" is a date.
    text: 'Intelligence sources from South Korea and the West report that over 10,000 North Korean soldiers were deployed to Russia last year to assist in the conflict against Ukraine',
    figures: [f(10000, 10000, 'over', 'troops', 'troops-sent')],
  },
  {
    url: SSBCRACK_GORNAL,
    date: '',
    // A date.
    text: 'which has occupied parts of eastern and southern Ukraine since the conflict escalated in 2022',
    figures: [],
  },
  // i24NEWS, 16 December 2024: losses at Plekhovo, Vorozhba and Martinovka.
  {
    url: I24_PLEKHOVO,
    date: '2024-12-16',
    // Its first ten words are the intelligence statement's, which set 4 holds from another
    // article (Caliber's on a US estimate); this story is i24NEWS's own.
    text: 'at least 30 North Korean soldiers were killed or wounded in clashes that took place this weekend in the Kursk region of Russia, around the villages of Plekhovo, Vorozhba, and Martinovka',
    figures: [f(30, 30, 'at least', 'people', 'killed-or-wounded')],
  },
  {
    url: I24_PLEKHOVO,
    date: '2024-12-16',
    // A unit name.
    text: "assault groups are being reformed with new personnel, notably from the 94th Independent Brigade of the KPA (Korean People's Army)",
    figures: [],
  },
  // Kyiv Post (no date printed): HUR on the strikes near Novoivanivka in December.
  {
    url: KYIVPOST_NOVOIVANIVKA,
    date: '',
    // A date; the casualties are not counted.
    text: 'On Dec. 20, a strike by Ukraine’s Security and Defense Forces on a concentration of DPRK forces in the vicinity of Novoivanivka, Kursk region, resulted in significant casualties among North Korean troops, both killed and wounded',
    figures: [],
  },
  {
    url: KYIVPOST_NOVOIVANIVKA,
    date: '',
    text: 'On the same day, assault units of the North Korean army suffered at least five additional casualties in another area',
    figures: [f(5, 5, 'at least', 'people', 'casualties')],
  },
  {
    url: KYIVPOST_NOVOIVANIVKA,
    date: '',
    // A date.
    text: 'On Dec. 21, Russian forces continued supplying North Korean units with ammunition and provisions to compensate for their losses and sustain their offensive operations',
    figures: [],
  },
  {
    url: KYIVPOST_NOVOIVANIVKA,
    date: '',
    // A date.
    text: 'The following day, Dec. 22, Ukrainian forces carried out a successful strike on a key communications hub of the North Korean army',
    figures: [],
  },
  {
    url: KYIVPOST_NOVOIVANIVKA,
    date: '',
    // A date.
    text: 'North Korean units deployed in the Dar’ino-Novoivanovka area of the Kursk region, involved in the war against Ukraine, fired mortars and automatic grenade launchers on Dec. 24',
    figures: [],
  },
  {
    url: KYIVPOST_NOVOIVANIVKA,
    date: '',
    // A distance.
    text: 'Enemy units frequently change positions and remain approximately one kilometer from the front line',
    figures: [],
  },
  {
    url: KYIVPOST_NOVOIVANIVKA,
    date: '',
    // A count of observation posts (places, not people or weapons) and their code names.
    text: 'North Korean soldiers have established at least five new observation posts, code-named “Mezha 1-5,” to enhance reconnaissance',
    figures: [],
  },
  // Euromaidan Press, 9 January 2025 (Forbes): the failed attack on Makhnovka.
  {
    url: EUROMAIDAN_MAKHNOVKA,
    date: '2025-01-09',
    // Casualties of both armies together: no measure of the vocabulary; unscored.
    text: 'A combined force of Russian and North Korean troops sustained approximately 400 casualties in a failed attempt to capture the village of Makhnovka in western Russia’s Kursk Oblast',
    figures: [f(400, 400, 'approximately', 'people')],
  },
  {
    url: EUROMAIDAN_MAKHNOVKA,
    date: '2025-01-09',
    // A date; "a battalion" counts a unit.
    text: 'announced on 4 January that “the Russian army lost up to a battalion of infantry, including North Korean soldiers and Russian paratroopers” in battles near Makhnovka',
    figures: [],
  },
  {
    url: EUROMAIDAN_MAKHNOVKA,
    date: '2025-01-09',
    // The same force's casualties in one day, both armies: unscored. "6 January" is a date.
    text: 'Social media analyst Andrew Perpetua appeared to confirm these losses on 6 January, reporting visual confirmation of 408 casualties in a single day',
    figures: [f(408, 408, '', 'people')],
  },
  {
    url: EUROMAIDAN_MAKHNOVKA,
    date: '2025-01-09',
    // A share of one attacking force, not of the whole contingent; unscored. "14 December" is
    // a date.
    text: 'Ukrainian journalist Andriy Tsaplienko reported that on 14 December, North Korean forces suffered losses exceeding half their attacking force',
    figures: [f(50, 50, 'exceeding', '%')],
  },
  // Daily Wrap (no date printed): the 17th Brigade's drone operators.
  {
    url: DAILYWRAP_17TH,
    date: '',
    // A unit name.
    text: 'The Ukrainian military presented a combat recording involving soldiers from the 17th Brigade based in Kryvyi Rih',
    figures: [],
  },
  {
    url: DAILYWRAP_17TH,
    date: '',
    // Those now in the battles: present.
    text: 'According to Western sources, more than 10,000 North Korean soldiers are supporting the Russians in the battles in the Kursk region',
    figures: [f(10000, 10000, 'more than', 'troops', 'troops-present')],
  },
  {
    url: DAILYWRAP_17TH,
    date: '',
    // "eliminated" in the General Staff's reports: killed.
    text: "The General Staff in Kyiv reported on Tuesday that Ukraine's Special Operations Forces eliminated 13 North Korean soldiers in the Kursk region",
    figures: [f(13, 13, '', 'people', 'killed')],
  },
  {
    url: DAILYWRAP_17TH,
    date: '',
    text: 'U.S. Secretary of State Antony Blinken confirmed during a visit to Seoul that at least a thousand North Korean soldiers fighting against Ukraine on the side of Russia have been killed or wounded',
    figures: [f(1000, 1000, 'at least', 'people', 'killed-or-wounded')],
  },
  {
    url: DAILYWRAP_17TH,
    date: '',
    // Refers back to the two prisoners; a date and a unit name.
    text: "one of the North Korean soldiers was captured on 9 January by soldiers of the 84th Tactical Group of Ukraine's Special Operations Forces and the other by paratroopers of the Armed Forces of Ukraine",
    figures: [],
  },
];
