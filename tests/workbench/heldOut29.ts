/**
 * The twenty-ninth held-out set (issue 22): selections from seventeen more public articles on North
 * Korean troops in Russia's war, November 2024 to June 2025, from sites whose domain name (after
 * any "www.", "m.", "en.", "english." prefix) begins with a letter from n to z (the twenty-eighth
 * set, written at the same time, takes the others). None is among ../shared/sources, the addresses
 * used by the earlier sets (used-urls-28.txt) or the phrase table's sources, and none is knowingly
 * a repost or rewrite of one of their articles. They were found with the library's page search
 * (English pages only), with queries varied over the prisoners, munitions, rotations, engineers and
 * workers, Pyongyang's own statements, memorials, the NIS briefings, the Kursk fighting, what
 * Pyongyang got in return, the Victory Day parade and the ISW's estimates, and taken in the order
 * the search gave them (not for being easy or hard):
 * - Online.ua, 12 January 2025: Zelensky's offer to Kim of an exchange for the two prisoners;
 * - 112.ua (archive; no date printed): the ISW on reinforcements expected by mid-March 2025;
 * - Polskie Radio (no date printed, January 2025): the NIS on the order to die rather than
 *   surrender;
 * - KBS News, 1 May 2025: the NIS's 600 dead, 4,700 casualties and 15,000 sent;
 * - NationPress (IANS; "June 17", no year printed): the 6,000 engineers and builders for Kursk;
 * - UNN, 19 February 2025: Seoul ready to take the prisoners; 4000 casualties, 12,000 in units;
 * - KBS World, 26 February 2025 (as written on the page): the foreign minister on the two captives;
 * - Ukrainska Pravda, 27 December 2024: Zelensky on the wounded captives who died;
 * - Novinite (no date printed, December 2024): Zelensky on North Koreans in mixed assault groups;
 * - KBS World, 7 March 2025: North Koreans "running across the field" in Kursk;
 * - Webjosh (The Hindu, AFP; no date printed, November 2024): oil and air defence for the troops;
 * - Time Ukraine Israel (no date printed): the ISW on oil, air defence systems and the 10,000;
 * - Pravda.ru (no date printed, May 2025): Putin meeting North Korean soldiers at the parade;
 * - Time Ukraine Israel (no date printed, January 2025): the ISW's 92 a day and "about 12 weeks";
 * - RBC-Ukraine (no date printed, January 2025): the same ISW report in other words;
 * - Navy Times (AP; no date printed, December 2024): the Pentagon on the first casualties;
 * - ZeroHedge, 18 December 2024: the GUR's "at least 30" and three missing.
 * Passed over, in the order met: pages in other languages and sites from a to m; addresses already
 * used; NewToDays' copy of the New York Times story on the prisoners' video (Jara News's copy was
 * used); KBS World's story on the memorial museum's construction site (its stored text carries no
 * number); Planet Pulsar (2023) and World Today Journal and The Atlas News (January and February
 * 2024), before the deployment; News As Facts (only the headline of the BBC's story on workers for
 * Kursk, whose rewrite by National Conservative Movement was used); a second NewsFinale address
 * holding the same Fox News story as a used one; Particle's summary of the Reuters story on the
 * 6,000 engineers (in doubt whether it is a rewrite of a used article); UNN's retelling of AFP's
 * story on the prisoners' documentary interview and VOA's AFP story on lawmaker Yu's visit (copies
 * of both used); Ukrinform's retelling of Yonhap's story on the prisoners' letter (a repost used);
 * KBS World's own report of 19 February 2025 on Seoul's offer (the story UNN, met first, retells);
 * Mondial News (a retelling of The Moscow Times's story in ../shared/sources); Twin City Report and
 * Steel City Daily (the same syndicated text as a used NewsGuard page); and News.az's story on
 * Pyongyang's first admission, first taken and then dropped when the repeat check found one of its
 * sentences in The Sun (Malaysia)'s copy of the same story, used by the sixth set.
 * Every sentence with a number was taken, up to where the stored text stops, except lines that are
 * not the article's text: 112.ua's "Read also" links and KBS World's time stamps ("Written:
 * 2025-02-26"). NationPress's, Novinite's and RBC-Ukraine's last sentences are cut off by the end
 * of the stored text, after their numbers; the part before the cut is taken.
 * What a reader takes from each was written down before the parser ever ran on them, by someone who
 * had not read the parser's code nor run any held-out, development or phrase test while writing it;
 * it is to be scored once, and the parser is not tuned on it. Only the short selections are stored,
 * with their article's address and date ('' when the stored page does not print one, even where the
 * address carries one).
 * Conventions, as in the earlier sets: vague quantities are ranges ("several" 3–9, "dozens" 24–108,
 * "thousands" 2,000–9,000). A count said again as a claim is a figure again (the two prisoners in
 * two sentences of one article); a number that only points back at people already counted is not,
 * and neither is one man ("one North Korean soldier", "one of the prisoners"). Two prisoners are
 * counted where an article first numbers them, also as "the two North Korean soldiers captured"
 * when no sentence before numbered them. The 6,000 engineers and builders together are a figure
 * with no measure (neither sappers nor builders alone), as in the earlier sets; 5,000 builders and
 * 1,000 sappers have theirs. Where the words do not decide a measure or none fits, the measure is
 * left out (not scored), with the reason beside it: the dead counted as bodies cremated and sent
 * home, civilian workers sent to Russia, barrels of oil shipped to North Korea, the missing,
 * Russia's casualties a day. Dates ("by mid-April 2025", "on December 6"), durations ("within the
 * next two months", "over the past eight months"), ordinals ("the first time", "the 80th
 * anniversary", "second trip"), counts of occasions ("eleven incidents", "43 trips", "in two
 * waves"), of places ("dozens of settlements", "14 sectors"), of vehicles ("At least 12 tankers"),
 * weapon names ("S-400s"), a unit of troops ("up to a battalion") and the size of a place (Red
 * Square's area, like a distance) are not figures.
 */
import { f } from './phrases';
import type { HeldOutRow } from './heldOut';

const ONLINEUA_EXCHANGE =
  'https://news.online.ua/en/ukraine-is-ready-zelensky-made-a-proposal-to-kim-jong-un-889645/';
const UA112_REINFORCEMENTS =
  'https://vid-arch2.112.ua/en/kndr-gotue-pidkriplenna-dla-vijsk-v-rosii-ci-pokrasit-ce-situaciu-na-kursini-52801';
const POLSKIERADIO_SUICIDE =
  'https://polskieradio.pl/395/9766/Artykul/3470308,south-korean-intel-over-300-north-korean-troops-killed-regime-orders-soldiers-to-commit-suicide-rather-than-surrender';
const KBSNEWS_4700 = 'https://news.kbs.co.kr/news/pc/view/view.do?ncd=8242623';
const NATIONPRESS_ENGINEERS =
  'https://www.nationpress.com/international/north-korea-sending-troops-to-russia';
const UNN_SEOUL_READY =
  'https://unn.ua/en/news/south-korea-is-ready-to-accept-north-korean-prisoners-of-war-from-ukraine';
const KBS_CHO = 'http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=191256';
const PRAVDA_ZELENSKY = 'https://www.pravda.com.ua/eng/news/2024/12/27/7491064/';
const NOVINITE_MIXED_GROUPS = 'https://www.novinite.com/view_news.php?id=229889';
const KBS_RUNNING = 'http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=191531';
const WEBJOSH_OIL =
  'https://webjosh.com/article/russia-gave-north-korea-oil-anti-air-missiles-in-exchange-for-troops-officials-1732276728-19085';
const TIMEUI_OIL = 'https://timeukraineisrael.com/?p=33547';
const PRAVDARU_PARADE =
  'https://english.pravda.ru/news/russia/162250-putin-north-korean-soldiers-moscow/';
const TIMEUI_ISW =
  'https://timeukraineisrael.com/en/news/war-en/isw-analysts-north-korean-contingent-in-kursk-region-could-be-destroyed-by-april';
const RBC_ISW =
  'https://newsukraine.rbc.ua/news/isw-predicts-timeline-for-complete-elimination-1737082520.html';
const NAVYTIMES_AP_30 =
  'https://navytimes.com/global/europe/2024/12/16/north-korean-troops-were-reportedly-killed-fighting-against-ukraine';
const ZEROHEDGE_30 =
  'https://www.zerohedge.com/geopolitical/north-korean-troops-kursk-suffer-first-heavy-losses-pentagon-says';

export const HELD_OUT_29: HeldOutRow[] = [
  // Online.ua, 12 January 2025: Zelensky's offer of an exchange.
  {
    url: ONLINEUA_EXCHANGE,
    date: '2025-01-12',
    // "first" is an ordinal; the two are counted here, where the article first numbers them.
    text: 'According to the head of state, in addition to the first two captured soldiers from North Korea, there will undoubtedly be others.',
    figures: [f(2, 2, '', 'people', 'captured')],
  },
  {
    url: ONLINEUA_EXCHANGE,
    date: '2025-01-12',
    // A duration.
    text: 'Putin started three years ago with NATO ultimatums and attempts to rewrite history, and now he cannot do without such military assistance from Pyongyang.',
    figures: [],
  },
  {
    url: ONLINEUA_EXCHANGE,
    date: '2025-01-12',
    // The capture said again as a claim (Seoul's confirmation): a figure again.
    text: 'On January 12, South Korean intelligence confirmed that Ukrainian soldiers managed to capture two North Korean occupiers.',
    figures: [f(2, 2, '', 'people', 'captured')],
  },
  {
    url: ONLINEUA_EXCHANGE,
    date: '2025-01-12',
    // One man, pointing back at the prisoners.
    text: 'Moreover, it is known that one of the prisoners admitted that "significant" losses were recorded among North Korean soldiers fighting on the side of Russia.',
    figures: [],
  },
  // 112.ua (archive; no date printed): the ISW on reinforcements.
  {
    url: UA112_REINFORCEMENTS,
    date: '',
    text: 'Analysts from the Institute for the Study of War (ISW) report that North Korea is likely to deploy new military personnel in Russia by mid-March 2025.',
    figures: [],
  },
  {
    url: UA112_REINFORCEMENTS,
    date: '',
    text: 'According to the New York Times, additional North Korean forces will arrive in Russia within the next two months.',
    figures: [],
  },
  {
    url: UA112_REINFORCEMENTS,
    date: '',
    // A date, not a time to be wiped out counted in weeks.
    text: 'ISW analysts speculate that the new North Korean contingent could be killed or wounded by mid-April 2025.',
    figures: [],
  },
  {
    url: UA112_REINFORCEMENTS,
    date: '',
    // A count of places.
    text: 'Russian troops have managed to take back some of the captured territory in Kursk, but Ukrainian forces hold dozens of settlements in the region.',
    figures: [],
  },
  // Polskie Radio (no date printed; January 2025): the NIS on suicide orders.
  {
    url: POLSKIERADIO_SUICIDE,
    date: '',
    // One man.
    text: 'Li added that one North Korean soldier, apparently about to be taken prisoner, shouted “General Kim Jong Un” before attempting to detonate a grenade, but was ultimately killed.',
    figures: [],
  },
  {
    url: POLSKIERADIO_SUICIDE,
    date: '',
    text: 'On Saturday, Ukrainian President Volodymyr Zelenskiy announced the capture of two North Korean soldiers during fighting in the Kursk region.',
    figures: [f(2, 2, '', 'people', 'captured')],
  },
  {
    url: POLSKIERADIO_SUICIDE,
    date: '',
    text: 'Seoul previously claimed North Korea dispatched more than 10,000 soldiers as “cannon fodder” for Moscow’s war against Kyiv.',
    figures: [f(10000, 10000, 'more than', 'troops', 'troops-sent')],
  },
  // KBS News, 1 May 2025: the NIS's April briefing.
  {
    url: KBSNEWS_4700,
    date: '2025-05-01',
    text: 'The National Intelligence Service has reported that among the North Korean troops dispatched to Russia, 600 have died, bringing the total number of casualties to 4,700.',
    figures: [f(600, 600, '', 'people', 'killed'), f(4700, 4700, '', 'people', 'casualties')],
  },
  {
    url: KBSNEWS_4700,
    date: '2025-05-01',
    // Counts of occasions.
    text: 'It was also reported to the National Assembly that there have been eleven incidents in the past year where Chinese individuals illegally filmed our military facilities.',
    figures: [],
  },
  {
    url: KBSNEWS_4700,
    date: '2025-05-01',
    // "in two waves" counts occasions.
    text: 'The National Intelligence Service reported to the National Assembly that North Korea has dispatched a total of 15,000 troops to Russia in two waves, with casualties reaching 4,700.',
    figures: [
      f(15000, 15000, '', 'troops', 'troops-sent'),
      f(4700, 4700, '', 'people', 'casualties'),
    ],
  },
  {
    url: KBSNEWS_4700,
    date: '2025-05-01',
    // The dead counted as bodies cremated and sent home, not as the toll itself: the words do
    // not decide the measure; unscored.
    text: 'Of the deceased, 600 have been cremated locally and sent back to their home country, while the injured are believed to be isolated and detained in places like Pyongyang.',
    figures: [f(600, 600, '', 'people')],
  },
  {
    url: KBSNEWS_4700,
    date: '2025-05-01',
    // A count of sectors of industry.
    text: 'We are discussing industrial modernization in 14 sectors, including metals, aviation, energy, and tourism, with Russia.',
    figures: [],
  },
  {
    url: KBSNEWS_4700,
    date: '2025-05-01',
    // Civilian workers, not troops: no measure fits; unscored.
    text: 'About 15,000 North Korean workers have been sent to Russia',
    figures: [f(15000, 15000, 'about', 'people')],
  },
  {
    url: KBSNEWS_4700,
    date: '2025-05-01',
    text: 'The National Intelligence Service also revealed that there have been a total of 11 incidents since June of last year where Chinese individuals illegally filmed our military facilities.',
    figures: [],
  },
  // NationPress (IANS, after Yonhap; "June 17" printed without a year): the engineers.
  {
    url: NATIONPRESS_ENGINEERS,
    date: '',
    // The headline. Engineers and builders together: no single measure; unscored.
    text: 'Is North Korea Dispatching 6,000 Military Engineers to Russia?',
    figures: [f(6000, 6000, '', 'troops')],
  },
  {
    url: NATIONPRESS_ENGINEERS,
    date: '',
    // A key point; the same 6,000 together: no single measure; unscored.
    text: 'North Korea to send 6,000 military engineers to Russia.',
    figures: [f(6000, 6000, '', 'troops')],
  },
  {
    url: NATIONPRESS_ENGINEERS,
    date: '',
    text: 'Troops comprise 5,000 construction workers and 1,000 sappers.',
    figures: [
      f(5000, 5000, '', 'troops', 'construction-workers'),
      f(1000, 1000, '', 'troops', 'sappers'),
    ],
  },
  {
    url: NATIONPRESS_ENGINEERS,
    date: '',
    // Engineers and builders together: no single measure; unscored.
    text: 'Reports indicate that North Korea is preparing to send approximately 6,000 military engineering personnel to Russia.',
    figures: [f(6000, 6000, 'approximately', 'troops')],
  },
  {
    url: NATIONPRESS_ENGINEERS,
    date: '',
    text: "The contingent being sent to Kursk in Russia is expected to comprise 5,000 military construction workers and 1,000 sappers, according to reports that reference Shoigu's statements, as noted by the Yonhap news agency.",
    figures: [
      f(5000, 5000, '', 'troops', 'construction-workers'),
      f(1000, 1000, '', 'troops', 'sappers'),
    ],
  },
  {
    url: NATIONPRESS_ENGINEERS,
    date: '',
    // An ordinal and a duration.
    text: 'On the same day, Shoigu arrived in Pyongyang for the second time in under two weeks to engage with Kim Jong-un.',
    figures: [],
  },
  {
    url: NATIONPRESS_ENGINEERS,
    date: '',
    text: "This marks Shoigu's second trip to North Korea this month, following his earlier visit in early June, during which he also met with Kim to address security concerns surrounding the Korean Peninsula.",
    figures: [],
  },
  {
    url: NATIONPRESS_ENGINEERS,
    date: '',
    text: "The Russian news agency TASS reported that Shoigu's latest meeting with Kim is part of the agreements established during his prior visit on June 4.",
    figures: [],
  },
  {
    url: NATIONPRESS_ENGINEERS,
    date: '',
    // Two countries and an anniversary.
    text: "Shoigu's visits to North Korea come as the two nations commemorate the one-year anniversary of the treaty on their Comprehensive Strategic Partnership, signed in June of last year in Pyongyang by Kim and Putin.",
    figures: [],
  },
  {
    url: NATIONPRESS_ENGINEERS,
    date: '',
    // The stored text stops later in this sentence.
    text: 'With the June 19 anniversary approaching, speculation has arisen regarding a potential visit by Kim to Russia for a summit with Putin',
    figures: [],
  },
  // UNN, 19 February 2025: Seoul ready to take the prisoners.
  {
    url: UNN_SEOUL_READY,
    date: '2025-02-19',
    // "several" captured: a vague count of prisoners, 3–9 by the convention, though the
    // article numbers them as two further down.
    text: 'In the context of the announcement, an example is mentioned of how one of several North Korean soldiers captured last month expressed his intention to go to South Korea.',
    figures: [f(3, 9, 'several', 'people', 'captured')],
  },
  {
    url: UNN_SEOUL_READY,
    date: '2025-02-19',
    text: 'This is the first time that a North Korean prisoner of war has expressed his intention to go to South Korea, KBS notes.',
    figures: [],
  },
  {
    url: UNN_SEOUL_READY,
    date: '2025-02-19',
    text: 'Ukraine is ready to discuss with South Korea the transfer of two captured North Korean soldiers captured in the Kursk region.',
    figures: [f(2, 2, '', 'people', 'captured')],
  },
  {
    url: UNN_SEOUL_READY,
    date: '2025-02-19',
    text: '4000 DPRK soldiers have been killed or wounded in Ukraine, but their activities continue.',
    figures: [f(4000, 4000, '', 'people', 'killed-or-wounded')],
  },
  {
    url: UNN_SEOUL_READY,
    date: '2025-02-19',
    text: 'About 12,000 North Korean soldiers are operating as part of Russian units.',
    figures: [f(12000, 12000, 'about', 'troops', 'troops-present')],
  },
  // KBS World, written 26 February 2025: the foreign minister on the captives.
  {
    url: KBS_CHO,
    date: '2025-02-26',
    // Where the article first numbers the prisoners.
    text: 'Foreign Minister Cho Tae-yul said the wishes of the two North Korean soldiers captured by the Ukrainian military would be important in deciding on their transfer to South Korea.',
    figures: [f(2, 2, '', 'people', 'captured')],
  },
  // Ukrainska Pravda, 27 December 2024: Zelensky's evening address.
  {
    url: PRAVDA_ZELENSKY,
    date: '2024-12-27',
    text: 'Source: Zelenskyy’s evening address on 27 December',
    figures: [],
  },
  {
    url: PRAVDA_ZELENSKY,
    date: '2024-12-27',
    // Taken prisoner, though they died of their wounds afterwards.
    text: 'Today we received reports on several soldiers from North Korea, our warriors managed to capture them.',
    figures: [f(3, 9, 'several', 'people', 'captured')],
  },
  {
    url: PRAVDA_ZELENSKY,
    date: '2024-12-27',
    text: 'Anonymous US officials believe that should Russia intensify its efforts to push Ukrainian forces out of Kursk Oblast from the start of the new year, the Ukrainian Armed Forces may need to retreat by spring 2025 to avoid encirclement.',
    figures: [],
  },
  // Novinite (no date printed; December 2024): Zelensky on mixed assault groups.
  {
    url: NOVINITE_MIXED_GROUPS,
    date: '',
    text: 'The involvement of North Korean troops aligns with information provided by the United States and South Korea, which estimate that Pyongyang has sent over 10,000 personnel to support Moscow.',
    figures: [f(10000, 10000, 'over', 'troops', 'troops-sent')],
  },
  {
    url: NOVINITE_MIXED_GROUPS,
    date: '',
    text: 'Ukrainian forces continue to control approximately 800 square kilometers of territory in this area.',
    figures: [f(800, 800, 'approximately', 'km2', 'kursk-ground-seized')],
  },
  {
    url: NOVINITE_MIXED_GROUPS,
    date: '',
    text: 'In addition to the use of North Korean troops, Russian military bloggers have recently claimed that these soldiers participated in the capture of the village of Plekhovo, located south of Sudzha, on December 6.',
    figures: [],
  },
  {
    url: NOVINITE_MIXED_GROUPS,
    date: '',
    // An ordinal; the stored text stops right after these words.
    text: 'Zelensky’s remarks mark the first official acknowledgment of large-scale North Korean involvement',
    figures: [],
  },
  // KBS World, 7 March 2025: the North Koreans back in the Kursk fighting.
  {
    url: KBS_RUNNING,
    date: '2025-03-07',
    text: 'An estimated 12,000 North Korean soldiers sent to Russia were put into combat against Ukrainian forces at the end of last year and withdrew briefly in January before being reorganized and put back into the field in early February.',
    figures: [f(12000, 12000, 'an estimated', 'troops', 'troops-sent')],
  },
  // Webjosh (The Hindu, AFP; no date printed, November 2024): what Pyongyang got in return.
  {
    url: WEBJOSH_OIL,
    date: '',
    text: 'The United States and South Korea have accused the North of sending more than 10,000 soldiers to help Russia fight Ukraine, with experts saying Kim Jong Un was eager to gain advanced technology, and battle experience for his troops, in return.',
    figures: [f(10000, 10000, 'more than', 'troops', 'troops-sent')],
  },
  {
    url: WEBJOSH_OIL,
    date: '',
    // Tankers, trips and months: vehicles, occasions and a duration.
    text: "It cited satellite images showing that more than a dozen North Korean oil tankers making a total of 43 trips to an oil terminal in Russia's ports over the last eight months, according to a BBC report.",
    figures: [],
  },
  // Time Ukraine Israel (no date printed): the ISW on what Russia paid.
  {
    url: TIMEUI_OIL,
    date: '',
    // Oil shipped to North Korea: neither troops, casualties nor munitions; unscored.
    text: 'A BBC investigation has found that over the past eight months, more than a million barrels of Russian oil have been shipped to North Korea.',
    figures: [f(1000000, 1000000, 'more than', 'barrels')],
  },
  {
    url: TIMEUI_OIL,
    date: '',
    // Vehicles and occasions.
    text: 'At least 12 tankers from the DPRK made 43 trips to a Russian oil terminal in the Far East, arriving empty and departing full.',
    figures: [],
  },
  {
    url: TIMEUI_OIL,
    date: '',
    // A weapon's name.
    text: 'The type of systems transferred is not specified, but experts assume that these are less modern systems, not S-400s.',
    figures: [],
  },
  {
    url: TIMEUI_OIL,
    date: '',
    text: 'ISW analysts point out that Russia’s transfer of modern S-400s to the DPRK would be unprecedented, especially given that Moscow is postponing the supply of such systems to Iran and India.',
    figures: [],
  },
  {
    url: TIMEUI_OIL,
    date: '',
    text: 'According to ISW, in autumn, North Korea sent more than 10,000 soldiers to Russia.',
    figures: [f(10000, 10000, 'more than', 'troops', 'troops-sent')],
  },
  // Pravda.ru (no date printed; May 2025): Putin and the North Korean soldiers at the parade.
  {
    url: PRAVDARU_PARADE,
    date: '',
    // An ordinal; the North Korean soldiers are not counted.
    text: "Following the Victory Day parade held on Moscow's Red Square to commemorate the 80th anniversary of the Soviet victory in the Great Patriotic War, Russian President Vladimir Putin briefly met with members of the North Korean military who attended the event as spectators.",
    figures: [],
  },
  {
    url: PRAVDARU_PARADE,
    date: '',
    // "one of the oldest": not a count.
    text: 'is one of the oldest and largest squares in Moscow, Russia',
    figures: [],
  },
  {
    url: PRAVDARU_PARADE,
    date: '',
    text: 'It has been a UNESCO World Heritage Site since 1990.',
    figures: [],
  },
  {
    url: PRAVDARU_PARADE,
    date: '',
    // The size of a place, like a distance: not a figure of the war.
    text: 'Almost 73,000 square metres (800,000 square feet), it lies directly east of the Kremlin and north of the Moskva River.',
    figures: [],
  },
  {
    url: PRAVDARU_PARADE,
    date: '',
    text: 'A moat that separated the square from the Kremlin was paved over in 1812.',
    figures: [],
  },
  // Time Ukraine Israel (no date printed; January 2025): the ISW's estimate.
  {
    url: TIMEUI_ISW,
    date: '',
    // The contingent fighting in Kursk now; "the next three months" is a duration.
    text: 'The North Korean military contingent of about 12,000 troops engaged in combat operations against Ukrainian defence forces in the Kursk region may suffer critical losses over the next three months.',
    figures: [f(12000, 12000, 'about', 'troops', 'troops-present')],
  },
  {
    url: TIMEUI_ISW,
    date: '',
    text: 'According to South Korea’s National Intelligence Service, since the North Korean forces began participating in major combat operations in December 2024, their losses have been about 92 people a day.',
    figures: [f(92, 92, 'about', 'casualties/day', 'casualties-per-day')],
  },
  {
    url: TIMEUI_ISW,
    date: '',
    text: 'By mid-January, 300 DPRK soldiers had been killed and another 2,700 wounded.',
    figures: [f(300, 300, '', 'people', 'killed'), f(2700, 2700, '', 'people', 'wounded')],
  },
  {
    url: TIMEUI_ISW,
    date: '',
    text: '“If the rate of casualties remains at this level, the entire North Korean contingent could be killed or wounded in about 12 weeks, i.e. by mid-April 2025,” the ISW report says.',
    figures: [f(12, 12, 'about', 'weeks', 'time-to-wipe-out-weeks')],
  },
  // RBC-Ukraine (no date printed; January 2025): the same ISW report.
  {
    url: RBC_ISW,
    date: '',
    text: 'As of today, there are 12,000 North Korean soldiers stationed in the Kursk region.',
    figures: [f(12000, 12000, '', 'troops', 'troops-present')],
  },
  {
    url: RBC_ISW,
    date: '',
    // A date, not a time counted in weeks.
    text: 'At the current rate of casualties, the entire contingent could be killed or wounded in combat by mid-April 2025, reports the US Institute for the Study of War (ISW).',
    figures: [],
  },
  {
    url: RBC_ISW,
    date: '',
    text: 'The report also referenced a statement by Ukrainian President Volodymyr Zelenskyy, who noted that as of early January, 3,800 North Korean soldiers had been killed or wounded in the Kursk region.',
    figures: [f(3800, 3800, '', 'people', 'killed-or-wounded')],
  },
  {
    url: RBC_ISW,
    date: '',
    text: "The Institute also recalled a statement made by Ukraine's Defense Minister Rustem Umerov on November 5, 2024, in which he stated that North Korean forces were involved in small skirmishes in the Kursk region.",
    figures: [],
  },
  {
    url: RBC_ISW,
    date: '',
    text: 'However, on December 6, Russian military bloggers began claiming that North Korean troops were engaged in more extensive combat operations in the area.',
    figures: [],
  },
  {
    url: RBC_ISW,
    date: '',
    text: 'As a result, the ISW calculated that North Korean casualties amounted to approximately 92 soldiers per day since they began participating in large-scale battles in early December 2024.',
    figures: [f(92, 92, 'approximately', 'casualties/day', 'casualties-per-day')],
  },
  {
    url: RBC_ISW,
    date: '',
    text: 'The Institute recalled that North Korea had deployed approximately 12,000 soldiers to the Kursk region.',
    figures: [f(12000, 12000, 'approximately', 'troops', 'troops-sent')],
  },
  {
    url: RBC_ISW,
    date: '',
    // "within approximately": the approximator is taken as the qualifier.
    text: 'They speculated that the entire North Korean contingent could be killed or wounded within approximately 12 weeks (roughly by mid-April 2025) if North Korean forces continue to sustain such high casualties in the future.',
    figures: [f(12, 12, 'approximately', 'weeks', 'time-to-wipe-out-weeks')],
  },
  {
    url: RBC_ISW,
    date: '',
    // A duration and a unit of troops (as the earlier sets); the stored text stops here.
    text: 'On January 4, Ukrainian President Volodymyr Zelenskyy stated that in just two days, Russia lost up to a battalion',
    figures: [],
  },
  // Navy Times (AP; no date printed, 16 December 2024 by its address): the first casualties.
  {
    url: NAVYTIMES_AP_30,
    date: '',
    text: 'The Pentagon estimates 12,000 North Korean soldiers have traveled to the region, after the country’s dictator, Kim Jong Un, offered to send reinforcements earlier this fall.',
    figures: [f(12000, 12000, '', 'troops', 'troops-sent')],
  },
  {
    url: NAVYTIMES_AP_30,
    date: '',
    // Russia's casualties a day across the whole front: casualties-per-day is the North Koreans'
    // and no Russian measure counts a day's losses; unscored.
    text: 'Until recently, though, they hadn’t yet entered combat, even as Russia continues to take more than 1,000 casualties per day across the front line, per U.S. figures.',
    figures: [f(1000, 1000, 'more than', 'casualties/day')],
  },
  {
    url: NAVYTIMES_AP_30,
    date: '',
    text: 'Ukraine’s military intelligence agency first reported the development earlier Monday, claiming that around 30 North Korean troops were killed or wounded in fighting against the Ukrainian army at the weekend in Russia’s Kursk border region.',
    figures: [f(30, 30, 'around', 'people', 'killed-or-wounded')],
  },
  {
    url: NAVYTIMES_AP_30,
    date: '',
    // Villages counted and a duration.
    text: 'The North Korean casualties occurred around three villages in Kursk, where Russia has for four months been trying to quash a Ukrainian incursion, the agency, known by its acronym GUR, said in a public post on the Telegram messaging app.',
    figures: [],
  },
  {
    url: NAVYTIMES_AP_30,
    date: '',
    // Missing men: no measure counts the missing alone; unscored.
    text: 'At least three North Korean servicemen went missing around another Kursk village, GUR said.',
    figures: [f(3, 3, 'at least', 'people')],
  },
  {
    url: NAVYTIMES_AP_30,
    date: '',
    // An ordinal and the war's length.
    text: 'It was not possible to independently verify the Ukrainian claims, which are the first reports of North Korean casualties in the almost 3-year war.',
    figures: [],
  },
  // ZeroHedge, 18 December 2024: the same first losses.
  {
    url: ZEROHEDGE_30,
    date: '2024-12-18',
    // An ordinal ("has" for "and" as printed).
    text: "The Pentagon as well has Ukraine's military intelligence have said that some of the first North Korean troops fighting alongside Russian forces in Russia's Kursk border region have been killed.",
    figures: [],
  },
  {
    url: ZEROHEDGE_30,
    date: '2024-12-18',
    text: 'Dozens of the foreign troops are reportedly dead and wounded.',
    figures: [f(24, 108, 'dozens', 'people', 'killed-or-wounded')],
  },
  {
    url: ZEROHEDGE_30,
    date: '2024-12-18',
    text: 'Ukraine’s military intelligence agency, the GUR, announced Monday that North Korean army units were beset with "significant losses" of "at least 30 soldiers" killed and wounded in the Kursk region over the weekend, in a significant first if confirmed.',
    figures: [f(30, 30, 'at least', 'people', 'killed-or-wounded')],
  },
  {
    url: ZEROHEDGE_30,
    date: '2024-12-18',
    // Missing men: no measure; unscored.
    text: '"Also in the area of the village of Kurilovka, at least three North Korean servicemen went missing," the GUR wrote on Telegram.',
    figures: [f(3, 3, 'at least', 'people')],
  },
  {
    url: ZEROHEDGE_30,
    date: '2024-12-18',
    // An ordinal.
    text: 'Kiev was the first to make the claim, but there\'s been no comment from the Kremlin or Pyongyang; however, in a rarity the Pentagon has chimed in to say there are "indications" of casualties among North Korean troops in Russia.',
    figures: [],
  },
];
