/**
 * The twenty-seventh held-out set (issue 22): selections from sixteen more public articles on North
 * Korean troops in Russia's war, October 2024 to December 2025, from sites whose domain name begins
 * with a letter from n to z (the twenty-sixth set, written at the same time, takes the others). None
 * is among ../shared/sources, the addresses used by the earlier sets (used-urls-26.txt) or the
 * phrase table's sources, and none is knowingly a repost or rewrite of one of their articles. They
 * were found with the library's page search (English pages only), with queries varied over the
 * prisoners, munitions, rotations, Pyongyang's own statements, memorials, training, workers and
 * engineers, intelligence estimates and the first deployment, and taken in the order the search
 * gave them (not for being easy or hard):
 * - Postimes (no date printed): Kim's AI drones and the 3,000 sent in January and February 2025;
 * - NK News (no date printed): a Siberian region seeking North Korean workers;
 * - National Conservative Movement (no date printed): the BBC's inquiry into North Korean labourers;
 * - Sabiniax (The Express; January 2025 by its address): Koksan howitzers and rocket launchers;
 * - News.az (the BBC's story; no date printed, December 2024): the NIS's first count of the wounded;
 * - TASS, 13 December 2025: the engineers' cleared hectares and destroyed explosives;
 * - Sasha Ingber's newsletter (no date printed, October 2024): Ukraine expecting the special forces;
 * - Newsmax (Reuters), 19 October 2024: the first 1,500 and the shells shipped;
 * - UNN, 9 January 2025: Zelensky's 4,000 at Ramstein;
 * - KBS World (Yonhap), 7 October 2024: six officers killed near Donetsk;
 * - ViewUS Global (no date printed): the same strike, after Radio Free Asia;
 * - TASS (no date printed): Putin on the troops' heroism in Kursk;
 * - The Truth International (no date printed, April 2025): Putin's thanks and Pyongyang's admission;
 * - NK News (no date printed; January 2025 by its address): how the two prisoners were taken;
 * - SSJ News (no date printed, October 2024): the Pentagon's 10,000 sent to train;
 * - Sabiniax (The Express; no date printed): Russia's wounded in North Korean hospitals.
 * Passed over, in the order met: pages in other languages; addresses already used; Ukrainska
 * Pravda's and Ukrinform's retellings of Yonhap's story on the prisoners' letter (a repost of it was
 * used); UA News's retelling of AFP's and Yonhap's stories on the prisoners' October interview and
 * SpaceWar's AFP story on the same (BSS News's and The Korea Herald's copies were used); Planet
 * Pulsar's story on a million shells (2023, before the deployment); Ukrainska Pravda's rewrite of
 * Reuters' story of 27 February 2025 on more troops (passed over before); WION's rewrite of AFP's
 * story on Pyongyang's first admission (passed over before); ScoonTV's copy of NPR's story on drone
 * skills (WVTF's copy used); Odessa Journal's and RBC-Ukraine's rewrites of Reuters' story on at
 * least 100 dead (Asahi's copy used); UrduPoint's copy of AFP's story on the 1,500 of October 2024
 * (HNGN's copy used); Ukrainska Pravda on Zelensky's 4,000 at Ramstein (dropped by set 14); LIGA.net
 * on Russia hiding the losses (no number); Voice of Asia's copy of the BBC's story on the troops'
 * withdrawal (NewsLoup's used) and RBC-Ukraine's retelling of the New York Times on the same
 * (Espreso's used); a category page of Wellness Master holding two HuffPost stories; and Sputnik's
 * page on Putin's thanks, whose sentences carry no number (only a time stamp).
 * Every sentence with a number was taken, up to where the stored text stops, with two exceptions
 * said here: the Pentagon spokeswoman's quoted "around 10,000 soldiers in total" (SSJ News), whose
 * words an earlier set had already taken, and a sentence of the labourers' story whose number is
 * cut off by the end of the stored text ("over 1"). Postimes' last sentence is also cut off, but
 * after its number, and is taken with its measure left out.
 * What a reader takes from each was written down before the parser ever ran on them, by someone
 * who had not read the parser's code nor run any held-out, development or phrase test while
 * writing it; it is to be scored once, and the parser is not tuned on it. Only the short
 * selections are stored, with their article's address and date ('' when the stored page does not
 * print one, even where the address carries one).
 * Conventions, as in the earlier sets: vague quantities are ranges ("thousands" 2,000–9,000,
 * "several hundred" 300–900, "hundreds" 200–900, "several" 3–9); "10,000-plus" is 10,000 with
 * "plus" as its qualifier, and "500,000 (half a million)" is one figure. A count said again as a
 * claim is a figure again (the six officers in a headline and in the text); a number that only
 * points back at people already counted ("including the six North Korean officers") is not, and
 * neither is one man ("One of the soldiers"). Munitions are figures with the measure
 * munitions-supplied where the words say they were sent; weapons Pyongyang is only "poised to
 * send" and explosives destroyed by the engineers are figures with no measure. Where the words do
 * not decide a measure or none fits, the measure is left out (not scored), with the reason beside
 * it: civilian workers sought or sent, a labour shortage, shipping containers, an area in hectares,
 * the dead of both armies together, troops going home, Russian wounded treated in North Korea, a
 * sentence cut off before its noun. Dates, durations ("18-hour shifts", "two days off a year",
 * "over the past three years"), ordinals ("the first reports", "77th founding anniversary"),
 * money ("$100-$200 a month", "millions"), a multiplier ("double"), calibres, weights and weapon or
 * unit names ("170mm", "40-ton", "M1989", "528th Engineer Regiment", "Il-76") are not figures,
 * and neither is the count of a reporter's sources ("one of two Ukrainian officials").
 */
import { f } from './phrases';
import type { HeldOutRow } from './heldOut';

const POSTIMES_DRONES = 'https://postimes.ng/kim-jong-un-oversees-tests-of-ai-suicide-drones';
const NKNEWS_NOVOSIBIRSK = 'https://nknews.org/?p=936988';
const NATCON_LABOURERS =
  'https://nationalconservativemovement.com/north-koreans-in-russia-working-like-slaves-says-new-report';
const SABINIAX_KOKSAN =
  'https://sabiniax.online/2025/01/28/the-terrifying-north-korean-weapon-entering-the-hands-of-putins-thugs';
const NEWSAZ_BBC = 'https://news.az/news/at-least-100-north-koreans-dead-in-ukraine-war-says-south';
const TASS_HECTARES = 'https://tass.com/defense/2058247';
const INGBER_SPECIAL_FORCES =
  'https://sashaingber.substack.com/p/ukraine-expects-north-korean-forces';
const NEWSMAX_1500 =
  'https://www.newsmax.com/world/globaltalk/south-korea-north-korea-russia/2024/10/19/id/1184722/';
const UNN_RAMSTEIN =
  'https://unn.ua/en/news/dprk-has-already-lost-4-thousand-soldiers-in-the-war-on-the-side-of-russia-zelensky';
const KBS_SIX_OFFICERS = 'http://world.kbs.co.kr/service/news_view.htm?Seq_Code=188305&lang=e';
const VIEWUS_SIX_OFFICERS = 'https://viewusglobal.com/debate/article/75047';
const TASS_PUTIN_HEROISM = 'https://tass.com/defense/1956063';
const TRUTH_PUTIN_THANKS =
  'https://thetruthinternational.com/putin-thanks-kim-jong-un-as-north-korea-confirms-deployment-of-troops-to-support-russia-in-kursk';
const NKNEWS_CAPTURE =
  'https://nknews.org/2025/01/how-ukraine-pulled-off-risky-missions-to-capture-north-korean-soldiers-in-kursk';
const SSJ_PENTAGON = 'https://ssj.news/p/north-korea-sends-10000-soldiers?action=share';
const SABINIAX_HOSPITALS = 'https://sabiniax.online/?p=300742';

export const HELD_OUT_27: HeldOutRow[] = [
  // Postimes (no date printed): Kim's AI drones, and the reinforcements of early 2025.
  {
    url: POSTIMES_DRONES,
    date: '',
    // An aircraft's engines and an aircraft's name.
    text: 'He was seen examining a large four-engine aircraft with a radar dome, believed to be a modified Russian Il-76 cargo plane, according to photos published by the agency.',
    figures: [],
  },
  {
    url: POSTIMES_DRONES,
    date: '',
    // "between January and February" is a time.
    text: 'On Thursday, Seoul’s military said that the North has sent “an additional 3,000 troops were sent between January and February as reinforcements” to aid Russia’s war efforts.',
    figures: [f(3000, 3000, '', 'troops', 'troops-additional')],
  },
  {
    url: POSTIMES_DRONES,
    date: '',
    // The stored text stops inside this sentence, before it says what the 11,000 are (sent,
    // present or something else): the measure is left out; unscored.
    text: 'According to South Korea’s Joint Chiefs of Staff, of the 11,000 North Korea',
    figures: [f(11000, 11000, '', 'troops')],
  },
  // NK News (no date printed): a Siberian region seeking North Korean workers.
  {
    url: NKNEWS_NOVOSIBIRSK,
    date: '',
    // The headline. Civilian workers a region seeks, not troops: no measure fits; unscored.
    text: 'Russian region in Siberia seeks 2,000 North Koreans for construction projects',
    figures: [f(2000, 2000, '', 'people')],
  },
  {
    url: NKNEWS_NOVOSIBIRSK,
    date: '',
    // Civilian workers: no measure; unscored.
    text: 'A Russian region in Siberia plans to employ thousands of North Korean workers for multiple construction projects, a regional official announced Thursday, citing ongoing labor shortages amid Moscow’s war in Ukraine.',
    figures: [f(2000, 9000, 'thousands', 'people')],
  },
  {
    url: NKNEWS_NOVOSIBIRSK,
    date: '',
    // A shortage of workers in one region's building trade: no measure; unscored.
    text: 'Alexei Kolmakov, head of the Novosibirsk Oblast construction ministry, said at a press conference that the regional construction industry is experiencing labor shortages estimated at 4,500-5,000 workers',
    figures: [f(4500, 5000, 'estimated', 'people')],
  },
  // National Conservative Movement (no date printed): the BBC's inquiry into North Korean labourers.
  {
    url: NATCON_LABOURERS,
    date: '',
    // Civilian labourers on building sites, not the military construction workers of Kursk: no
    // measure fits; unscored.
    text: 'Thousands of North Korean laborers have been sent to work in punishing conditions in Russia as Moscow’s wartime economy struggles to complete construction projects, a new investigation reports.',
    figures: [f(2000, 9000, 'thousands', 'people')],
  },
  {
    url: NATCON_LABOURERS,
    date: '',
    // A duration.
    text: 'The ex-laborers said North Korean workers typically work 18-hour shifts building high-rise apartment blocks.',
    figures: [],
  },
  {
    url: NATCON_LABOURERS,
    date: '',
    // A count of days off, a time.
    text: 'The workers are given only two days off a year and are typically not provided adequate safety equipment.',
    figures: [],
  },
  {
    url: NATCON_LABOURERS,
    date: '',
    // Money.
    text: 'Workers receive compensation only after their contract expires, and even then it amounts to $100-$200 a month.',
    figures: [],
  },
  {
    url: NATCON_LABOURERS,
    date: '',
    // Civilian workers sent each year before 2019: no measure; unscored. "millions" is money and
    // "2019" a year.
    text: 'North Korea previously sent thousands of workers into Russia each year, earning the Pyongyang regime millions, before the United Nations banned the use of North Korean workers in 2019.',
    figures: [f(2000, 9000, 'thousands', 'people')],
  },
  // Sabiniax (The Express; no date printed, 28 January 2025 in its address): Koksan howitzers.
  {
    url: SABINIAX_KOKSAN,
    date: '',
    // The sentence as stored (its subject lost). Weapons Pyongyang is poised to send, not yet
    // supplied: a munitions figure with no measure; unscored.
    text: 'is poised to send troops over 100 extra long-range weapons to unleash on Ukrainian forces, a top general has revealed.',
    figures: [f(100, 100, 'over', 'munitions')],
  },
  {
    url: SABINIAX_KOKSAN,
    date: '',
    // A calibre and a weapon's name.
    text: 'The Hermit State’s 170mm M1989 Koksan howitzers, dubbed “juche cannons”, are among the longest-range artillery systems in the world.',
    figures: [],
  },
  {
    url: SABINIAX_KOKSAN,
    date: '',
    // "double" multiplies a number the sentence does not give: no figure.
    text: 'According to Kyrylo Budanov, ’s military intelligence chief, North Korea is preparing to double the number of artillery systems it has sent to the border region of Kursk.',
    figures: [],
  },
  {
    url: SABINIAX_KOKSAN,
    date: '',
    // A weapon's name and a year.
    text: 'The M1989 has been in service since 1989 and has been used by the North Korean military, as well as some Iranian soldiers.',
    figures: [],
  },
  {
    url: SABINIAX_KOKSAN,
    date: '',
    // A weight.
    text: 'The 40-ton self-propelled gun weapon was first spotted during a military parade',
    figures: [],
  },
  {
    url: SABINIAX_KOKSAN,
    date: '',
    // Howitzers sent: supplied. "over the last three months" is a time.
    text: 'According to Lt Gen Budanov, North Korean Supreme Leader has already sent Putin at least 120 M1989 Koksans over the last three months.',
    figures: [f(120, 120, 'at least', 'munitions', 'munitions-supplied')],
  },
  {
    url: SABINIAX_KOKSAN,
    date: '',
    // Rocket launchers sent: supplied. "M1991" is a weapon's name.
    text: 'The dictator has also sent Moscow 120 M1991 multiple-launch rocket systems, the general claimed.',
    figures: [f(120, 120, '', 'munitions', 'munitions-supplied')],
  },
  {
    url: SABINIAX_KOKSAN,
    date: '',
    // "10,000-plus": "plus" is the qualifier as printed (as "6,000+" in set 20).
    text: 'It comes amid an extraordinary revelation that the 10,000-plus soldiers sent to help Putin’s men have been temporarily pulled back from the frontline after suffering heavy losses, including a colonel.',
    figures: [f(10000, 10000, 'plus', 'troops', 'troops-sent')],
  },
  // News.az (the BBC's story; no date printed, December 2024): the NIS's count of the wounded.
  {
    url: NEWSAZ_BBC,
    date: '',
    text: "Lee Sung-kwon, speaking to reporters after parliament was briefed by the country's National Intelligence Service, said another 1,000 had been injured.",
    figures: [f(1000, 1000, '', 'people', 'wounded')],
  },
  {
    url: NEWSAZ_BBC,
    date: '',
    // An ordinal.
    text: 'The first reports of North Korean casualties came earlier this week.',
    figures: [],
  },
  {
    url: NEWSAZ_BBC,
    date: '',
    text: "It emerged in October that the North had sent 10,000 troops to help Russia's war effort.",
    figures: [f(10000, 10000, '', 'troops', 'troops-sent')],
  },
  {
    url: NEWSAZ_BBC,
    date: '',
    // "a day later" is a time.
    text: 'On Monday a US Pentagon spokesman said North Koreans had been killed, without giving a number, and a day later an unnamed US official said that there had been "several hundred" killed or wounded.',
    figures: [f(300, 900, 'several hundred', 'people', 'killed-or-wounded')],
  },
  {
    url: NEWSAZ_BBC,
    date: '',
    // "none" is no count and "first weeks" an ordinal and a time.
    text: 'The North Korean troops, none of whom will have any previous combat experience, are believed to have spent their first weeks in Russia in training and then in support roles.',
    figures: [],
  },
  // TASS, 13 December 2025: what the engineers cleared in Kursk.
  {
    url: TASS_HECTARES,
    date: '2025-12-13',
    // An area cleared of mines, in hectares (no measure counts it), and explosive devices
    // destroyed, not supplied to Russia (a munitions figure with no measure): both unscored.
    // "528th Engineer Regiment" is a unit name.
    text: 'Combat engineers of the North Korean 528th Engineer Regiment involved in mine clearance in Russia’s Kursk Region have removed mines on an area of almost 42,400 hectares and destroyed over 1.5 million explosives, Governor Alexander Khinshtein said on his Telegram channel.',
    figures: [f(42400, 42400, 'almost', 'ha'), f(1500000, 1500000, 'over', 'munitions')],
  },
  {
    url: TASS_HECTARES,
    date: '2025-12-13',
    // The governor's own words, the same claim: unscored as above.
    text: 'Combat engineers from the friendly republic have cleared almost 42,400 hectares of our territory from mines and destroyed over 1.5 million explosive devices.',
    figures: [f(42400, 42400, 'almost', 'ha'), f(1500000, 1500000, 'over', 'munitions')],
  },
  {
    url: TASS_HECTARES,
    date: '2025-12-13',
    // A unit name.
    text: 'As reported earlier, the personnel of the 528th Engineer Regiment returned to North Korea after accomplishing the combat assignment by the Workers’ Party of Korea in the Kursk Region.',
    figures: [],
  },
  // Sasha Ingber's newsletter (no date printed, October 2024): Ukraine expects the special forces.
  {
    url: INGBER_SPECIAL_FORCES,
    date: '',
    // The reporter's sources, not a quantity of the war.
    text: 'He is one of two Ukrainian officials that tell me North Korea’s special forces are likely to be sent to Kursk, the region in Western Russia that Ukrainian forces have held since August.',
    figures: [],
  },
  {
    url: INGBER_SPECIAL_FORCES,
    date: '',
    // Sent from North Korea, on their way to bases in Russia: sent (as set 25's "heading to
    // Ukraine"). "last week" is a time.
    text: "Then came South Korea's National Intelligence Service warning last week that 1,500 North Korean special forces were heading to Russian military bases.",
    figures: [f(1500, 1500, '', 'troops', 'troops-sent')],
  },
  {
    url: INGBER_SPECIAL_FORCES,
    date: '',
    // Those expected to arrive in the end: a projection of the total sent. Zelensky's alert is
    // set beside it as the same kind of number (read as a projection too).
    text: 'The diplomat expects some 12,000 North Koreans to eventually arrive, more than President Volodymyr Zelensky’s alert of 10,000.',
    figures: [
      f(12000, 12000, 'some', 'troops', 'troops-sent-expected'),
      f(10000, 10000, '', 'troops', 'troops-sent-expected'),
    ],
  },
  // Newsmax (Reuters), 19 October 2024: the first 1,500, and what Pyongyang has shipped.
  {
    url: NEWSMAX_1500,
    date: '2024-10-19',
    text: "North Korea has shipped 1,500 special forces troops to Russia's Far East for training at local military bases, and they will likely be deployed for combat in the war in Ukraine, South Korea's spy agency said on Friday.",
    figures: [f(1500, 1500, '', 'troops', 'troops-sent')],
  },
  {
    url: NEWSMAX_1500,
    date: '2024-10-19',
    // Shipping containers are not a count of shells or weapons: no measure; unscored.
    text: 'North Korea has shipped artillery rounds, ballistic missiles, and anti-tank rockets to Russia in more than 13,000 containers since August last year',
    figures: [f(13000, 13000, 'more than', null)],
  },
  {
    url: NEWSMAX_1500,
    date: '2024-10-19',
    // Rounds shipped to Russia: supplied.
    text: 'In all, more than 8 million artillery and rocket rounds have been shipped to Russia, it said.',
    figures: [f(8000000, 8000000, 'more than', 'munitions', 'munitions-supplied')],
  },
  // UNN, 9 January 2025: Zelensky at the Ramstein meeting.
  {
    url: UNN_RAMSTEIN,
    date: '2025-01-09',
    // "lost" soldiers: losses of men, of a kind not told (casualties).
    text: 'North Korea has already lost 4,000 soldiers in the Russian war against Ukraine.',
    figures: [f(4000, 4000, '', 'people', 'casualties')],
  },
  {
    url: UNN_RAMSTEIN,
    date: '2025-01-09',
    // Zelensky's words: the same losses claimed ("4 thousand" is 4,000).
    text: 'They are losing them - 4 thousand as of now - Zelensky said.',
    figures: [f(4000, 4000, '', 'people', 'casualties')],
  },
  {
    url: UNN_RAMSTEIN,
    date: '2025-01-09',
    // A date; "a group" is no number.
    text: 'On January 7, it was reported that the Special Operations Forces of the Armed Forces of Ukraine destroyed a group of North Korean military personnel in Kursk region.',
    figures: [],
  },
  {
    url: UNN_RAMSTEIN,
    date: '2025-01-09',
    // A date.
    text: "On December 31, 2024, the head of the Defense Ministry's Main Intelligence Directorate, Kirill Budanov, stated that Russia was using North Korean soldiers so far in the Kursk region.",
    figures: [],
  },
  // KBS World (Yonhap), 7 October 2024: six officers killed near Donetsk.
  {
    url: KBS_SIX_OFFICERS,
    date: '2024-10-07',
    // The headline.
    text: 'Reports: 6 N. Korean Soldiers Killed in Ukrainian Missile Strike near Donetsk',
    figures: [f(6, 6, '', 'people', 'killed')],
  },
  {
    url: KBS_SIX_OFFICERS,
    date: '2024-10-07',
    text: 'Six North Korean soldiers were reportedly killed on the Russian front line near the Donetsk region in eastern Ukraine.',
    figures: [f(6, 6, '', 'people', 'killed')],
  },
  {
    url: KBS_SIX_OFFICERS,
    date: '2024-10-07',
    // The strike's dead of both armies, of whom the six North Koreans: the 20 is no measure of
    // the vocabulary; unscored. The six are the North Korean dead, claimed again.
    text: 'Citing intelligence sources Friday, Ukrainian media outlet the Kyiv Post said out of more than 20 military personnel killed in a Ukrainian missile strike the previous day, six were North Korean officers.',
    figures: [f(20, 20, 'more than', 'people'), f(6, 6, '', 'people', 'killed')],
  },
  {
    url: KBS_SIX_OFFICERS,
    date: '2024-10-07',
    text: 'At least three other North Korean soldiers were injured.',
    figures: [f(3, 3, 'at least', 'people', 'wounded')],
  },
  // ViewUS Global (no date printed): the same strike, after Radio Free Asia.
  {
    url: VIEWUS_SIX_OFFICERS,
    date: '',
    // The headline.
    text: 'Six North Korean Officers Killed in Ukraine: North Korea’s Involvement in Russia’s War Grows',
    figures: [f(6, 6, '', 'people', 'killed')],
  },
  {
    url: VIEWUS_SIX_OFFICERS,
    date: '',
    text: 'Reports have surfaced that six North Korean officers were killed in a Russian-occupied area near Donetsk in eastern Ukraine, drawing international attention.',
    figures: [f(6, 6, '', 'people', 'killed')],
  },
  {
    url: VIEWUS_SIX_OFFICERS,
    date: '',
    // The six are counted here as "among ... casualties": the words say casualties, not killed.
    // The twenty are the casualties of both armies together: no measure; unscored.
    text: 'According to a report from Radio Free Asia (RFA), citing Ukrainian media outlet Kyiv Post, Ukrainian intelligence sources confirmed that six North Korean military officers were among more than twenty casualties from a missile strike by Ukrainian forces the previous day.',
    figures: [f(6, 6, '', 'people', 'casualties'), f(20, 20, 'more than', 'people')],
  },
  {
    url: VIEWUS_SIX_OFFICERS,
    date: '',
    text: 'Several North Korean soldiers reportedly sustained injuries during the attack.',
    figures: [f(3, 9, 'several', 'people', 'wounded')],
  },
  {
    url: VIEWUS_SIX_OFFICERS,
    date: '',
    // The dead of both armies together: unscored. "the six North Korean officers" points back
    // at the officers already counted.
    text: 'This aligns with claims from the Russian patriotic organization “Kremlin Snuffbox,” which posted on Telegram that a Russian Defense Ministry official confirmed the deaths of 20 soldiers, including the six North Korean officers, during missile defense training.',
    figures: [f(20, 20, '', 'people')],
  },
  {
    url: VIEWUS_SIX_OFFICERS,
    date: '',
    text: 'The group also reported that three North Korean officers were injured and subsequently transported to Moscow for treatment.',
    figures: [f(3, 3, '', 'people', 'wounded')],
  },
  {
    url: VIEWUS_SIX_OFFICERS,
    date: '',
    // A date.
    text: 'The incident occurred while North Korean personnel inspected troop deployments on September 30.',
    figures: [],
  },
  {
    url: VIEWUS_SIX_OFFICERS,
    date: '',
    // An ordinal.
    text: 'However, this is the first confirmed report of North Korean military personnel being killed in combat.',
    figures: [],
  },
  // TASS (no date printed): Putin on the troops' heroism in Kursk.
  {
    url: TASS_PUTIN_HEROISM,
    date: '',
    // A dateline.
    text: 'MOSCOW, May 11. /TASS/. Russian President Vladimir Putin noted professionalism, courage and heroism of North Korean soldiers who helped to liberate Russia’s Kursk Region.',
    figures: [],
  },
  // The Truth International (no date printed, April 2025): Putin's thanks, Pyongyang's admission.
  {
    url: TRUTH_PUTIN_THANKS,
    date: '',
    // An ordinal.
    text: 'For the first time, North Korea officially confirmed on Monday that it had deployed troops to Russia.',
    figures: [],
  },
  {
    url: TRUTH_PUTIN_THANKS,
    date: '',
    text: 'This confirmation comes after months of reports from South Korean and Western intelligence agencies suggesting that Pyongyang had sent over 10,000 soldiers to assist Russia last year.',
    figures: [f(10000, 10000, 'over', 'troops', 'troops-sent')],
  },
  // NK News (no date printed; January 2025 in its address): how the two prisoners were taken.
  {
    url: NKNEWS_CAPTURE,
    date: '',
    // "Over the last week" is a time; "first-person" is no number.
    text: 'Over the last week, Ukrainian troops have shared first-person accounts of operations that captured two North Korean soldiers, presenting Russia and the DPRK as willing to do whatever it takes to prevent them from falling into Kyiv’s hands.',
    figures: [f(2, 2, '', 'people', 'captured')],
  },
  {
    url: NKNEWS_CAPTURE,
    date: '',
    // One man's story, no quantity of the war.
    text: 'One of the soldiers clung to a grenade as Ukrainian forces closed in, apparently acting on orders to take out as many enemies as possible in his final moments.',
    figures: [],
  },
  // SSJ News (no date printed, October 2024): the Pentagon's 10,000 sent to train.
  {
    url: SSJ_PENTAGON,
    date: '',
    // The headline.
    text: 'North Korea Sends 10,000 Soldiers To Russia For Training, Possible Support For Russian Troops',
    figures: [f(10000, 10000, '', 'troops', 'troops-sent')],
  },
  {
    url: SSJ_PENTAGON,
    date: '',
    // "over the next several weeks" is a time.
    text: 'the Department of Defense believes the DPRK (the official name for North Korea) has sent around 10,000 soldiers to Russia to train, adding that they will likely be augmenting Russian forces near Ukraine over the next several weeks',
    figures: [f(10000, 10000, 'around', 'troops', 'troops-sent')],
  },
  {
    url: SSJ_PENTAGON,
    date: '',
    // Russia's own losses, and its dead as Austin counted them; "(half a million)" restates the
    // 500,000 and is not a second figure. "October 23rd" is a date.
    text: 'with estimated Russian losses to be 500,000 (half a million) since the start of the war, though Secretary of Defense Lloyd J. Austin III had said it was over 300,000 service member deaths in a statement on October 23rd',
    figures: [
      f(500000, 500000, 'estimated', 'people', 'ru-killed-or-wounded'),
      f(300000, 300000, 'over', 'people', 'ru-killed'),
    ],
  },
  // Sabiniax (The Express; no date printed): Russia's wounded in North Korean hospitals.
  {
    url: SABINIAX_HOSPITALS,
    date: '',
    // A photo caption: an ordinal.
    text: 'North Korean leader Kim Jong-un at the 77th founding anniversary of the DPRK on Saturday (Image: AP)',
    figures: [],
  },
  {
    url: SABINIAX_HOSPITALS,
    date: '',
    // The sentence as stored (a country's name lost). Troops going home, neither sent nor
    // present: no measure fits; unscored.
    text: 'The news, revealed by ’s ambassador to the hermit kingdom, comes as thousands of North Korean troops return to after Moscow withdrew them last month due to heavy losses.',
    figures: [f(2000, 9000, 'thousands', 'troops')],
  },
  {
    url: SABINIAX_HOSPITALS,
    date: '',
    // A duration.
    text: 'North Korea and have significantly strengthened their relations over the past three years',
    figures: [],
  },
  {
    url: SABINIAX_HOSPITALS,
    date: '',
    // Russian wounded treated in North Korea, a part of Russia's wounded and not their toll: no
    // measure; unscored.
    text: 'But now Alexander Matsegora, ’s ambassador to North Korea, has confirmed that “hundreds” of Russian troops are receiving medical treatment there, free of charge and in “the best hospitals and sanatoriums,”',
    figures: [f(200, 900, 'hundreds', 'people')],
  },
];
