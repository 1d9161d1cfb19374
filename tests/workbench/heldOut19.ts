/**
 * The nineteenth held-out set (issue 22): selections from fifteen more public articles on North
 * Korean troops in Russia, January 2025 to January 2026, about the prisoners of war, the dead and
 * their families, North Korea's own acknowledgement, the memorial wall and its medals, and the
 * engineers who came home in December 2025. None is among ../shared/sources, the addresses used by
 * the earlier sets or the phrase table's sources, and none is a repost or rewrite of one of their
 * articles: of a wire story and its reposts only one was kept, and a wire story one of whose
 * reposts an earlier set used was passed over (Yonhap's story on the prisoners' letter, reprinted
 * by Ukrinform and KBS; Yonhap's story on Kim at a coffin, reprinted by Korea Times US, Sammyboy and
 * MENAFN; AFP's story on Pyongyang's first admission, rewritten by WION; Yonhap's story on the
 * engineers' return, reprinted by Tribune India, Korea JoongAng Daily and The Korea Herald, of which
 * UNN's rewrite, first in the search, was kept; Anadolu's story on the same ceremony, reprinted by
 * MENAFN and TRT World, of which MENAFN, first in the search, was kept; LaPresse's retelling of
 * the New York Times on the troops taken off the front, whose retelling by Espreso set 7 used). They were found with the
 * library's page search (English pages only; a market-prediction page and a Devdiscourse story
 * whose stored text carries no number were passed over) and taken in the order the search gave
 * them (not for being easy or hard), every sentence with a figure or a number up to where the
 * stored text stops: Chosun Biz on the prisoners' letters and on their interview for MBC, Korea
 * JoongAng Daily on Zelensky's video of the two prisoners and on Kim's meeting with the families,
 * A3F on the interrogation, The Defense News on Kim's "beautiful life", KBS on the second ceremony
 * for the families and on the engineers' return, UNN on the engineers' return and on the two
 * prisoners left out of an exchange, TASS and MENAFN on the engineers' return, Aju Press on the memorial wall, ABC News (reprinted on i929fm) on
 * Zelensky's offer of a swap, and Libero Reporter on Seoul's stance.
 * What a reader takes from each was written down before the parser ever ran on them, by someone
 * who had not read the parser's code nor run any held-out, development or phrase test while
 * writing it; it is to be scored once, and the parser is not tuned on it. Only the short
 * selections are stored, with their article's address and date ('' when the stored page does not
 * print one, even where the address carries one).
 * The two prisoners are counted once in each article, where it first numbers them; a later "the
 * two" that points back at them is not a figure. Where the words do not decide a measure (medals
 * counted rather than the dead, names added to a memorial) or no measure fits (defectors writing
 * letters), the measure is left out (not scored), with the reason beside it. Vague quantities
 * follow the earlier sets ("hundreds" 200–900, "several thousand" 3,000–9,000). Dates, ages,
 * durations ("less than three months", "two days later"), ordinals ("a second round"), counts of
 * occasions ("hundreds of times"), of countries ("three nations"), unit and medal names ("the 528th
 * Regiment of Engineers", "First-Class National Flag Medal") are not figures.
 */
import { f } from './phrases';
import type { HeldOutRow } from './heldOut';

const CHOSUN_LETTERS =
  'https://biz.chosun.com/en/en-society/2025/12/24/H3RMN3LPNJED3C7Z2THHOQA3BM/?outputType=amp';
const CHOSUN_MBC =
  'https://biz.chosun.com/en/en-society/2026/01/22/W3OH46V5ZJFM5JN6O52NEZJLRA/?outputType=amp';
const JOONGANG_VIDEO =
  'https://koreajoongangdaily.joins.com/news/2025-01-13/national/northKorea/I-want-to-live-here-Zelensky-posts-video-showing-North-Koreans-reluctance-to-return-home-after-capture/2220933';
const A3F_INTERROGATION =
  'https://a3f.in.ua/ru/aktualno-2/plennyij-boets-iz-severnoj-korei-hochet-1';
const JOONGANG_FAMILIES =
  'https://koreajoongangdaily.joins.com/news/2025-08-30/national/northKorea/Kim-Jongun-pledges-regime-will-look-after-families-of-North-Korean-soldiers-killed-in-Ukraine/2387745';
const DEFENSENEWS_FAMILIES =
  'https://www.thedefensenews.com/news-details/Kim-Jong-Un-Vows-Beautiful-Life-for-Families-of-North-Korean-Soldiers-Killed-in-Ukraine-War';
const KBS_FAMILIES = 'http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=195659';
const UNN_ENGINEERS =
  'https://unn.ua/en/news/kim-jong-un-held-a-welcoming-ceremony-for-sappers-who-returned-to-the-dprk-from-demining-the-kursk-region-for-the-russian-federation';
const KBS_ENGINEERS = 'https://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=198115';
const TASS_ENGINEERS = 'https://tass.com/world/2058195';
const MENAFN_ENGINEERS =
  'https://menafn.com/1110475089/N-Korea-welcomes-army-personnel-returning-from-Russia';
const AJUPRESS_WALL = 'https://www.ajupress.com/view/20250830165109723';
const I929FM_ABC_SWAP = 'https://i929fm.com/news/zelenskyy-says-ukraine-ready-trade-132130490.html';
const LIBERO_DEFECTIONS =
  'https://www.liberoreporter.it/2025/01/eng-news/north-korean-soldiers-captured-in-ukraine-exchanges-diplomacy-and-possible-defections.html';
const UNN_EXCHANGE =
  'https://unn.ua/en/news/two-captured-north-korean-soldiers-were-not-exchanged-between-ukraine-and-russia-details';

export const HELD_OUT_19: HeldOutRow[] = [
  // Chosun Biz (no date printed; 24 December 2025 in its address): the prisoners' letters.
  {
    url: CHOSUN_LETTERS,
    date: '',
    text: 'A defector group said two North Korean prisoners of war in a camp in Ukraine sent a letter saying they hope to go to Korea.',
    figures: [f(2, 2, '', 'people', 'captured')],
  },
  {
    url: CHOSUN_LETTERS,
    date: '',
    // "the two" points back at the prisoners already counted; "the 24th" is a date.
    text: 'According to the defector group Gyeore-eol Unification Solidarity on the 24th, the two North Korean prisoners of war delivered handwritten letters through Kim Young-mi, a producer specializing in conflict zones.',
    figures: [],
  },
  {
    url: CHOSUN_LETTERS,
    date: '',
    // People, but not soldiers nor anyone of the war's toll: no measure fits; unscored.
    text: 'Earlier, more than 60 defectors sent a letter wishing for their health and journey to Korea',
    figures: [f(60, 60, 'more than', 'people')],
  },
  {
    url: CHOSUN_LETTERS,
    date: '',
    // A photo caption naming the same two prisoners again.
    text: 'releases handwritten letters in which two North Korean soldiers captured by Ukrainian forces express their intention to defect to South Korea on the 24th',
    figures: [],
  },
  {
    url: CHOSUN_LETTERS,
    date: '',
    text: 'In a letter dated Oct. 28 this year, the North Korean prisoners of war wrote',
    figures: [],
  },
  {
    url: CHOSUN_LETTERS,
    date: '',
    text: 'Through this reply, the two young men clearly confirmed their intention to defect to the Republic of Korea.',
    figures: [],
  },
  // Chosun Biz (no date printed; 22 January 2026 in its address): the prisoners on MBC.
  {
    url: CHOSUN_MBC,
    date: '',
    text: 'An interview video with two North Korean prisoners of war who were deployed to Russia and captured by Ukrainian forces has been released.',
    figures: [f(2, 2, '', 'people', 'captured')],
  },
  {
    url: CHOSUN_MBC,
    date: '',
    // A date and two ages.
    text: 'MBC "PD Notebook," which aired on the 20th, reported on the current situation of North Korean prisoners of war, a person surnamed Ri (27) and a person surnamed Paek (22).',
    figures: [],
  },
  {
    url: CHOSUN_MBC,
    date: '',
    text: 'They were deployed to Russia in 2024 and sent into the Battle of Kursk, a border area, and were captured by Ukrainian forces in Jan. last year.',
    figures: [],
  },
  {
    url: CHOSUN_MBC,
    date: '',
    // A count of occasions, not of people.
    text: 'I think the regret of not dying then will come back hundreds of times over in my life ahead.',
    figures: [],
  },
  // Korea JoongAng Daily, 13 January 2025: Zelensky's video of the two prisoners.
  {
    url: JOONGANG_VIDEO,
    date: '2025-01-13',
    text: "Ukrainian President Volodymyr Zelensky released a video on Sunday showing two North Korean soldiers allegedly being interrogated after their capture in Russia's Kursk region",
    figures: [f(2, 2, '', 'people', 'captured')],
  },
  {
    url: JOONGANG_VIDEO,
    date: '2025-01-13',
    text: 'In the approximately three-minute video posted on X, the soldiers are either sitting or lying down as they answer questions.',
    figures: [],
  },
  {
    url: JOONGANG_VIDEO,
    date: '2025-01-13',
    text: 'He added that he had been there since Jan. 3.',
    figures: [],
  },
  {
    url: JOONGANG_VIDEO,
    date: '2025-01-13',
    text: '"I came, saw comrades die and then I got injured on Jan. 5 while hiding in a bunker."',
    figures: [],
  },
  // A3F (no date printed): the interrogation video.
  {
    url: A3F_INTERROGATION,
    date: '',
    text: 'As explained by the translator during the interrogation, on January 3, there was an offensive, and the captive witnessed his fellow soldiers dying, prompting him to hide in a bunker.',
    figures: [],
  },
  {
    url: A3F_INTERROGATION,
    date: '',
    text: 'He was discovered on January 5.',
    figures: [],
  },
  {
    url: A3F_INTERROGATION,
    date: '',
    // The stored text had not counted the prisoners before this sentence; "first" qualifies
    // the two, it is not a figure of its own.
    text: 'On January 11, it became known that Ukrainian forces captured the first two soldiers from North Korea in the Kursk region of Russia.',
    figures: [f(2, 2, '', 'people', 'captured')],
  },
  // Korea JoongAng Daily, 30 August 2025: Kim with the families of the dead.
  {
    url: JOONGANG_FAMILIES,
    date: '2025-08-30',
    // An ordinal.
    text: 'The state-run Korean Central News Agency (KCNA) said Saturday that a second round of national commendations for “overseas operations units of the Korean People’s Army” had been held the previous day.',
    figures: [],
  },
  {
    url: JOONGANG_FAMILIES,
    date: '2025-08-30',
    // Medal names.
    text: 'conferred the title of “Hero of the Democratic People’s Republic of Korea,” along with the Gold Star Medal and First-Class National Flag Medal',
    figures: [],
  },
  // The Defense News (no date printed): Kim's "beautiful life".
  {
    url: DEFENSENEWS_FAMILIES,
    date: '',
    text: 'According to South Korean intelligence, around 15,000 soldiers were dispatched, mainly to the Kursk region.',
    figures: [f(15000, 15000, 'around', 'troops', 'troops-sent')],
  },
  {
    url: DEFENSENEWS_FAMILIES,
    date: '',
    text: 'Estimates suggest at least 600 North Korean troops have died and several thousand more have been wounded.',
    figures: [
      f(600, 600, 'at least', 'people', 'killed'),
      f(3000, 9000, 'several thousand', 'people', 'wounded'),
    ],
  },
  {
    url: DEFENSENEWS_FAMILIES,
    date: '',
    text: 'This cooperation stems from the 2024 Comprehensive Strategic Partnership Treaty signed between Moscow and Pyongyang',
    figures: [],
  },
  // KBS, 29 August 2025: the second ceremony for the families.
  {
    url: KBS_FAMILIES,
    date: '2025-08-29',
    // Medals are counted, one before each portrait of the dead; the words count medals, not
    // the dead, so the measure is left out (unscored).
    text: "The commendation event comes just a week after the KCNA reported that a memorial wall was built at the headquarters of the ruling Workers' Party Central Committee, and that 101 medals were awarded in front of the portraits of the fallen soldiers.",
    figures: [f(101, 101, '', null)],
  },
  {
    url: KBS_FAMILIES,
    date: '2025-08-29',
    // Medal names.
    text: 'The title of a national hero, along with a gold star medal and First Class Orders of the National Flag, were also conferred to soldiers',
    figures: [],
  },
  // UNN (Yonhap), 13 December 2025: the engineers home from Kursk.
  {
    url: UNN_ENGINEERS,
    date: '2025-12-13',
    // A unit name.
    text: 'welcoming the return of troops from the 528th Engineering Regiment, who departed for Kursk in early August',
    figures: [],
  },
  {
    url: UNN_ENGINEERS,
    date: '2025-12-13',
    text: 'Pyongyang sent about 1,000 engineering troops to Kursk to join the work of Russian demining forces.',
    figures: [f(1000, 1000, 'about', 'troops', 'sappers')],
  },
  {
    url: UNN_ENGINEERS,
    date: '2025-12-13',
    text: 'Earlier, the DPRK deployed about 15,000 combat troops to support Russia in the war against Ukraine.',
    figures: [f(15000, 15000, 'about', 'troops', 'troops-sent')],
  },
  {
    url: UNN_ENGINEERS,
    date: '2025-12-13',
    // Kim's own count of the regiment's dead.
    text: 'During the ceremony, Kim expressed his gratitude to the troops for their safe return, noting that there was a "terrible loss of nine lives."',
    figures: [f(9, 9, '', 'people', 'killed-acknowledged')],
  },
  {
    url: UNN_ENGINEERS,
    date: '2025-12-13',
    text: '"You could create a miracle by transforming a vast area of a dangerous zone into a safe one in less than three months, a task that was considered impossible to accomplish even in several years," Kim said.',
    figures: [],
  },
  // KBS, 13 December 2025: the engineers home from Kursk.
  {
    url: KBS_ENGINEERS,
    date: '2025-12-13',
    text: 'the troops from the 528th Regiment of Engineers attended a welcoming ceremony in Pyongyang the previous day',
    figures: [],
  },
  {
    url: KBS_ENGINEERS,
    date: '2025-12-13',
    text: 'Kim praised the unit for turning a vast danger zone into a safe place in only three months, when it was feared the mission could take years to complete.',
    figures: [],
  },
  {
    url: KBS_ENGINEERS,
    date: '2025-12-13',
    text: 'The regime leader expressed his appreciation for the returning troops while acknowledging what he called “the heartrending loss of nine lives.”',
    figures: [f(9, 9, '', 'people', 'killed-acknowledged')],
  },
  {
    url: KBS_ENGINEERS,
    date: '2025-12-13',
    text: 'After deploying 15-thousand combat troops in support of Russia’s military offensive in Ukraine, the North sent approximately one-thousand military engineers to support Moscow in removing mines planted by the Ukrainian military.',
    figures: [
      f(15000, 15000, '', 'troops', 'troops-sent'),
      f(1000, 1000, 'approximately', 'troops', 'sappers'),
    ],
  },
  // TASS, 13 December 2025: the engineers home from Kursk.
  {
    url: TASS_ENGINEERS,
    date: '2025-12-13',
    text: 'The ceremony of welcoming their return took place on December 12.',
    figures: [],
  },
  {
    url: TASS_ENGINEERS,
    date: '2025-12-13',
    text: 'The regiment was formed on May 28',
    figures: [],
  },
  {
    url: TASS_ENGINEERS,
    date: '2025-12-13',
    text: 'Nine servicemen were killed "in the course of carrying out their combat orders," Kim Jong Un noted',
    figures: [f(9, 9, '', 'people', 'killed-acknowledged')],
  },
  {
    url: TASS_ENGINEERS,
    date: '2025-12-13',
    // Shoigu's June account of what Kim had decided to send: the engineers and the builders.
    text: 'On June 17, Russia’s Security Council quoted its Secretary Sergey Shoigu as saying after a visit to North Korea that North Korean leader had decided to send 1,000 combat engineers and 5,000 military builders to help restore the Kursk Region.',
    figures: [
      f(1000, 1000, '', 'troops', 'sappers'),
      f(5000, 5000, '', 'troops', 'construction-workers'),
    ],
  },
  {
    url: TASS_ENGINEERS,
    date: '2025-12-13',
    text: 'On November 14, Kremlin Spokesman Dmitry Peskov said Russia was grateful and appreciative of North Korean sappers for their selfless and heroic assistance in demining the Kursk Region.',
    figures: [],
  },
  // MENAFN (Anadolu), 13 December 2025: the engineers home from Kursk.
  {
    url: MENAFN_ENGINEERS,
    date: '2025-12-13',
    // The dead Kim honoured at his own ceremony.
    text: 'Leader Kim Jong Un attended the ceremony in Pyongyang, where he welcomed the returning troops and honored nine soldiers who lost their lives during the deployment',
    figures: [f(9, 9, '', 'people', 'killed-acknowledged')],
  },
  {
    url: MENAFN_ENGINEERS,
    date: '2025-12-13',
    text: 'The contingent consisted of roughly 1,000 engineering troops who were dispatched in August to Kursk',
    figures: [f(1000, 1000, 'roughly', 'troops', 'sappers')],
  },
  {
    url: MENAFN_ENGINEERS,
    date: '2025-12-13',
    text: 'This mission followed an earlier deployment of an estimated 15,000 North Korean combat soldiers sent to assist Russia’s military campaign',
    figures: [f(15000, 15000, 'an estimated', 'troops', 'troops-sent')],
  },
  {
    url: MENAFN_ENGINEERS,
    date: '2025-12-13',
    // "The loss of" troops, set beside the "lives" lost: read as the dead (the intelligence
    // assessment of about 2,000 killed).
    text: 'Those assessments also claim that Pyongyang suffered the loss of around 2,000 troops during the conflict.',
    figures: [f(2000, 2000, 'around', 'people', 'killed')],
  },
  {
    url: MENAFN_ENGINEERS,
    date: '2025-12-13',
    // "the nine" points back at the dead already counted.
    text: 'Kim said he was relieved that the majority of the soldiers had returned safely, while describing the deaths of the nine personnel as “heart rending.”',
    figures: [],
  },
  {
    url: MENAFN_ENGINEERS,
    date: '2025-12-13',
    text: 'Kim stated that the engineering forces managed to turn vast mine-infested zones into secure areas in under three months',
    figures: [],
  },
  // Aju Press (no date printed; 30 August 2025 in its address): the memorial wall.
  {
    url: AJUPRESS_WALL,
    date: '',
    text: 'The event came about a week after the unveiling of "the memorial wall" at the ruling party’s headquarters, which displayed photos of more than 100 fallen soldiers.',
    figures: [f(100, 100, 'more than', 'people', 'killed-acknowledged')],
  },
  {
    url: AJUPRESS_WALL,
    date: '',
    // The first event's dead honoured by Pyongyang; the 200 are names added at the second, a
    // part of the acknowledged dead and not their total: measure left out (unscored).
    text: 'The first memorial event held last week honored about 100 soldiers and this time more than 200 additional names were mentioned.',
    figures: [
      f(100, 100, 'about', 'people', 'killed-acknowledged'),
      f(200, 200, 'more than', 'people'),
    ],
  },
  {
    url: AJUPRESS_WALL,
    date: '',
    text: 'Meanwhile, the National Intelligence Service reported in April that North Korea’s casualties in the war have reached about 4,700, including 600 deaths.',
    figures: [f(4700, 4700, 'about', 'people', 'casualties'), f(600, 600, '', 'people', 'killed')],
  },
  // ABC News, reprinted on i929fm (no date printed): Zelensky's offer of a swap.
  {
    url: I929FM_ABC_SWAP,
    date: '',
    text: 'Ukraine is ready to send two North Koreans captured in battle back to their homeland in exchange for its own soldiers held in Russia',
    figures: [f(2, 2, '', 'people', 'captured')],
  },
  {
    url: I929FM_ABC_SWAP,
    date: '',
    text: 'In an unverified video posted by Zelenskyy that appeared to show an interrogation with the two wounded soldiers, one said he wanted to live in Ukraine',
    figures: [],
  },
  {
    url: I929FM_ABC_SWAP,
    date: '',
    text: 'He said he was part of an offensive on Jan. 3, but hid in a dugout when he saw his fellow soldiers dying, and was captured two days later',
    figures: [],
  },
  {
    url: I929FM_ABC_SWAP,
    date: '',
    text: 'Hundreds of North Koreans killed, South Korea says',
    figures: [f(200, 900, 'hundreds', 'people', 'killed')],
  },
  {
    url: I929FM_ABC_SWAP,
    date: '',
    text: 'The two soldiers are the first North Koreans fighting with Russia that Ukraine said it captured alive.',
    figures: [],
  },
  // Libero Reporter (no date printed; January 2025 in its address): Seoul's stance.
  {
    url: LIBERO_DEFECTIONS,
    date: '',
    text: 'Kiev shows the world the two captured North Korean soldiers',
    figures: [f(2, 2, '', 'people', 'captured')],
  },
  {
    url: LIBERO_DEFECTIONS,
    date: '',
    // The same two again; "three nations" counts countries.
    text: 'The capture of two North Korean soldiers by the Ukrainian military in Russia’s Kursk region is shaking the diplomatic balance of three nations.',
    figures: [],
  },
  {
    url: LIBERO_DEFECTIONS,
    date: '',
    text: 'On Sunday, Zelensky posted a video on X (formerly Twitter) in which the two North Korean soldiers appear wounded and answer questions posed by their captors.',
    figures: [],
  },
  // UNN (Yonhap; no date printed): the two prisoners left out of an exchange.
  {
    url: UNN_EXCHANGE,
    date: '',
    text: 'Two captured North Korean soldiers were not included in the exchange list: what happened',
    figures: [f(2, 2, '', 'people', 'captured')],
  },
  {
    url: UNN_EXCHANGE,
    date: '',
    text: 'According to Korean media, two North Korean soldiers were not included in the list of soldiers exchanged between Ukraine and Russia.',
    figures: [],
  },
];
