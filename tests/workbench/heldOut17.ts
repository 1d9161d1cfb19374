/**
 * The seventeenth held-out set (issue 22): selections from sixteen more public articles on North
 * Korean troops in Russia, October 2024 to November 2025, all from outlets based in Europe, the
 * Americas, Ukraine or Russia (or reprinting one of them): Budanov's 11,000 in training and his
 * 8,000 still fighting in February, the first barracks near Kursk, the six officers killed near
 * Donetsk, the White House's "expendable", the Pentagon's 10,000, Kyiv's 11,000 in Kursk, the
 * wounded brought to a Kursk hospital, the two prisoners of January, the ceremony for those who
 * came home and the deminers' thanks in November. None is among ../shared/sources, the addresses
 * used by the earlier sets or the phrase table's sources, and none is a repost or rewrite of one
 * of their articles (a rewrite of Rutte's Politico piece, already used, was passed over): of a
 * wire story and its reposts only one was kept. They were found with the library's page search
 * (English pages only; pages from outlets based in Asia, Africa, the Middle East or Oceania were
 * passed over, as another writer takes those, and so were a few pages whose outlet's home could
 * not be told from the stored text) and taken in the order the search gave them (not for being
 * easy or hard), every sentence with a figure up to where the stored text stops: K4S News and
 * Babel on Budanov's 11,000 in training, The Kyiv Independent on his 8,000 still fighting, a
 * ZeroHedge story reprinted on MirTesen on the White House's "expendable", Ukraine Today
 * (Newsweek) on the six officers killed near Donetsk, TASS on Peskov's thanks to the deminers,
 * Novaya Gazeta Europe on the troops' long journey, KEYT (AP) on Choe Son Hui's visit, UNN (the
 * Financial Times) on the barracks 50 km from the border, RFE/RL and NBC News (reprinted on Nohib)
 * on the two prisoners, KVIA (AP) on how the troops may see their tour, The Guardian (reprinted on
 * Rated News and Flat Reader) on the wounded at a Kursk hospital and on Pyongyang's price, a story
 * on the kiosk Youboox on Kim's ceremony for those who came home in August 2025, and Democracy
 * Now! on Choe Son Hui at the Kremlin. One sentence of the NBC story was left out: it quotes
 * Zelensky's post in words a row of set 14 already holds ("Two soldiers, though wounded, survived
 * and were transported to Kyiv"), so the repeat check would rightly take it for a reprint.
 * What a reader takes from each was written down before the parser ever ran on them, by someone
 * who had not read the parser's code nor run any held-out, development or phrase test while
 * writing it; it is to be scored once, and the parser is not tuned on it. Only the short
 * selections are stored, with their article's address and date ('' when the stored page does not
 * print one, even where the address carries one; the month alone where only the month is printed).
 * Where the words do not decide a measure (a detachment to be moved on to Kursk, a battalion being
 * formed, troops brought to Kursk from the east, a strike's dead of both armies) or no measure
 * fits (special forces among a group, the size of the whole North Korean army, the country's
 * people, distances), the measure is left out (not scored), with the reason beside it. A qualifier
 * that opens a sentence is written in lower case, as the approximator list gives it. Vague
 * quantities follow the earlier sets ("thousands" 2,000–9,000, "several hundred" 300–900,
 * "hundreds" 200–900); "two dozen" is 24, and "a few hundred" is taken as 200–500. Dates,
 * durations ("three weeks", "a couple of days", "a week"), ordinals ("the first video", "his first
 * visit"), unit names ("the 11th Guards Air Assault Brigade"), model names ("M113", "KN-23"),
 * treaty articles ("Article 5"), counts of images and money ("$5.5bn") are not figures.
 */
import { f } from './phrases';
import type { HeldOutRow } from './heldOut';

const K4S_11000 =
  'https://news.k4s.uk/2024/10/budanov-russia-is-preparing-11000-north-korean-soldiers-for-war-against-ukraine';
const KYIVINDEPENDENT_8000 =
  'https://kyivindependent.com/nearly-8-000-north-korean-soldiers-still-fighting-in-kursk-oblast-budanov-says';
const BABEL_11000 =
  'https://babel.ua/en/news/111803-budanov-about-11-000-north-korean-soldiers-are-being-trained-in-the-russian-federation-for-war-against-ukraine';
const MIRTESEN_EXPENDABLE =
  'https://mirtesen.ru/dispute/43011044597/US-Says-Putin-Treating-North-Korean-Troops-As-Expendable-Amid-Ma';
const UKRAINETODAY_SIX =
  'https://ukrainetoday.com/six-north-korean-soldiers-killed-on-russian-frontline-reports/';
const TASS_DEMINERS = 'https://tass.com/politics/2043763';
const NOVAYA_LEARNING = 'https://novayagazeta.eu/amp/articles/2025/02/05/learning-by-dying-en';
const KEYT_CHOE =
  'https://keyt.com/news/national-world/2024/10/30/north-koreas-top-diplomat-set-to-hold-talks-in-moscow-amid-reports-of-troop-deployment';
const UNN_BARRACKS =
  'https://unn.ua/en/news/dprk-troops-in-russia-are-50-km-from-the-ukrainian-border-ft';
const RFERL_POWS = 'https://www.rferl.org/a/us-manning-leaks-wikileaks/33275769.html';
const NOHIB_NBC_POWS =
  'http://nohib.com/news/world/ukraine-captured-two-north-korean-soldiers-zelenskyy-says-rcna187245';
const KVIA_AP_TOUR =
  'https://kvia.com/news/2024/10/30/north-korean-troops-sent-to-fight-in-ukraine-may-welcome-rare-tour/';
const RATEDNEWS_HOSPITAL =
  'https://ratednews.com/Archives/2024/12/united-kingdom/i-thought-it-was-fake-news-secrecy-around-north-koreans-fighting-in-kursk';
const FLATREADER_PRICE = 'https://flatreader.com/articles/908021';
const DEMOCRACYNOW_CHOE =
  'https://www.democracynow.org/2024/11/5/headlines/putin_hosts_pyongyang_officials_as_nato_calls_north_korean_troops_in_ukraine_war_an_escalation';
const YOUBOOX_CEREMONY =
  'https://kiosk.youboox.fr/en/pod/865/rss/10/article/177041716?sessionId=fffe901b8a3b1b0fadeecbceaeb97bb2';

export const HELD_OUT_17: HeldOutRow[] = [
  // K4S News (no date printed; October 2024 in its address): Budanov to The War Zone.
  {
    url: K4S_11000,
    date: '',
    // Soldiers in training in Russia: those present.
    text: 'Budanov: Russia is preparing 11,000 North Korean soldiers for war against Ukraine',
    figures: [f(11000, 11000, '', 'troops', 'troops-present')],
  },
  {
    url: K4S_11000,
    date: '',
    // The troops in training in Russia; "the first video" is an ordinal.
    text: 'The Defense Intelligence of Ukraine announced the involvement of almost 11,000 North Korean soldiers in the war at the same time as the publication of what is likely the first video of their training in Russia',
    figures: [f(11000, 11000, 'almost', 'troops', 'troops-present')],
  },
  {
    url: K4S_11000,
    date: '',
    // A first detachment of those already in Russia, to be moved on to Kursk: neither all
    // those sent nor all present; unscored (as set 10 did for the same detachment).
    text: 'the first cadre of 2,600 soldiers will go to the Kursk region to reinforce the group trying to drive out the Ukrainian troops',
    figures: [f(2600, 2600, '', 'troops')],
  },
  {
    url: K4S_11000,
    date: '',
    // A model name.
    text: 'M113 armored personnel carriers of the Ukrainian military participating in the Kursk operation',
    figures: [],
  },
  {
    url: K4S_11000,
    date: '',
    // A unit name.
    text: 'one of the formed battalions of the North Korean military would be part of the 11th Guards Air Assault Brigade of the Russian Armed Forces',
    figures: [],
  },
  {
    url: K4S_11000,
    date: '',
    // The size of one battalion being formed: no measure of the vocabulary; unscored.
    text: 'It should consist of about 3,000 North Korean citizens',
    figures: [f(3000, 3000, 'about', 'people')],
  },
  {
    url: K4S_11000,
    date: '',
    // A unit name.
    text: "Militarnyi's sources say that the Russian 11th Guards Air Assault Brigade is currently fighting in the Kursk sector",
    figures: [],
  },
  // The Kyiv Independent, 4 February 2025: Budanov's count of those still fighting.
  {
    url: KYIVINDEPENDENT_8000,
    date: '2025-02-04',
    text: 'Nearly 8,000 North Korean soldiers still fighting in Kursk Oblast, Budanov says',
    figures: [f(8000, 8000, 'nearly', 'troops', 'troops-present')],
  },
  {
    url: KYIVINDEPENDENT_8000,
    date: '2025-02-04',
    // "Feb. 4" is a date.
    text: "About 8,000 North Korean soldiers are still fighting against Ukraine in Russia's Kursk Oblast, Ukraine's military intelligence chief Kyrylo Budanov said in an interview with The War Zone magazine published on Feb. 4",
    figures: [f(8000, 8000, 'about', 'troops', 'troops-present')],
  },
  {
    url: KYIVINDEPENDENT_8000,
    date: '2025-02-04',
    // A date and a duration.
    text: "After The New York Times reported on Jan. 30 that North Korean troops had been pulled from the front, a Special Operations Forces spokesperson confirmed to the Kyiv Independent that Ukraine's special forces had not faced Pyongyang's soldiers for three weeks",
    figures: [],
  },
  {
    url: KYIVINDEPENDENT_8000,
    date: '2025-02-04',
    // A duration.
    text: '"We have to wait for some time to see if there are any real changes or if this is just lower activity for a couple of days," Budanov said',
    figures: [],
  },
  {
    url: KYIVINDEPENDENT_8000,
    date: '2025-02-04',
    // "early August 2024" is a date.
    text: 'Up to 12,000 North Korean troops were deployed to Kursk Oblast last fall to support Russian forces in countering a Ukrainian incursion launched in early August 2024',
    figures: [f(12000, 12000, 'up to', 'troops', 'troops-sent')],
  },
  {
    url: KYIVINDEPENDENT_8000,
    date: '2025-02-04',
    // "another" is no approximator; "Jan. 13" is a date.
    text: "At least 300 North Korean soldiers have been killed and another 2,700 wounded fighting in Russia's Kursk Oblast, South Korea's National Intelligence Service (NIS) claimed on Jan. 13",
    figures: [f(300, 300, 'at least', 'people', 'killed'), f(2700, 2700, '', 'people', 'wounded')],
  },
  // Babel, 18 October 2024: Budanov to The War Zone (its own account, not UNN's).
  {
    url: BABEL_11000,
    date: '2024-10-18',
    text: 'There are about 11 000 North Korean soldiers in the east of Russia who are being trained to participate in hostilities in Ukraine',
    figures: [f(11000, 11000, 'about', 'troops', 'troops-present')],
  },
  {
    url: BABEL_11000,
    date: '2024-10-18',
    // A date.
    text: '"They will be ready [to fight in Ukraine] on November 1," Budanov stressed',
    figures: [],
  },
  {
    url: BABEL_11000,
    date: '2024-10-18',
    // The detachment to be moved on to Kursk (see K4S above): unscored; "first" is an ordinal.
    text: 'The first division, numbering 2 600 soldiers, will go to Kursk, where Ukraine established a bridgehead for which fierce battles were fought',
    figures: [f(2600, 2600, '', 'troops')],
  },
  {
    url: BABEL_11000,
    date: '2024-10-18',
    // "October 4" and "a day earlier" are times.
    text: 'On October 4, Kyiv Post, citing Ukrainian intelligence, reported that six North Korean officers were killed a day earlier in an attack by the Armed Forces near occupied Donetsk',
    figures: [f(6, 6, '', 'people', 'killed')],
  },
  {
    url: BABEL_11000,
    date: '2024-10-18',
    // A model name.
    text: 'An anonymous Ukrainian official told The Guardian that North Korean military engineers are helping Russian troops strike Ukraine with North Korean KN-23 ballistic missiles',
    figures: [],
  },
  {
    url: BABEL_11000,
    date: '2024-10-18',
    // A date; "their number may increase" gives no number.
    text: 'Already on October 8, South Korean Defense Minister Kim Yong-hyun said that the agreements between Russia and North Korea resemble a military alliance',
    figures: [],
  },
  {
    url: BABEL_11000,
    date: '2024-10-18',
    // A date and a unit name.
    text: '"Babel" intelligence sources said on October 1 that a "special Buryat battalion" staffed by citizens of the DPRK is being formed at the base of the 11th separate airborne assault brigade of the Russian Federation',
    figures: [],
  },
  // MirTesen (a ZeroHedge story reprinted; the page prints only the month, December 2024).
  {
    url: MIRTESEN_EXPENDABLE,
    date: '2024-12',
    text: 'following South Korean and Pentagon intelligence assessments which say North Korea has suffered at least 1,100 casualties so far',
    figures: [f(1100, 1100, 'at least', 'people', 'casualties')],
  },
  // Ukraine Today (Newsweek's story; no date printed): the officers killed near Donetsk.
  {
    url: UKRAINETODAY_SIX,
    date: '',
    text: 'Six North Korean soldiers were killed on the Russian frontline near the Donetsk region in Ukraine on Thursday, according to Ukrainian news reports',
    figures: [f(6, 6, '', 'people', 'killed')],
  },
  {
    url: UKRAINETODAY_SIX,
    date: '',
    // The strike's dead of both armies, of whom the six North Koreans: the 20 is no measure of
    // the vocabulary (neither North Korean nor Russian alone); unscored.
    text: 'Unnamed intelligence sources told Kyiv Post and Interfax-Ukraine that over 20 military personnel, including the six North Korean officers, were killed in a missile strike',
    figures: [f(20, 20, 'over', 'people'), f(6, 6, '', 'people', 'killed')],
  },
  {
    url: UKRAINETODAY_SIX,
    date: '',
    text: 'three more officers from North Korea were injured in the strike and were sent to Moscow to be treated',
    figures: [f(3, 3, '', 'people', 'wounded')],
  },
  {
    url: UKRAINETODAY_SIX,
    date: '',
    // A date.
    text: 'the Center of National Resistance—created by the Special Operations Forces of the Ukrainian military—reported in September 2023 that Russian President Vladimir Putin persuaded North Korea’s leader Kim Jong Un to send North Korean citizens to the Russian-occupied territories of Donetsk and Luhansk for construction work',
    figures: [],
  },
  {
    url: UKRAINETODAY_SIX,
    date: '',
    // A date.
    text: 'North Korea has been a major ally of Russia in its ongoing war with Ukraine, which began when Putin launched a full-scale invasion of Kyiv in February 2022',
    figures: [],
  },
  {
    url: UKRAINETODAY_SIX,
    date: '',
    // An ordinal and a duration.
    text: 'In June, Putin made his first visit to North Korea in 24 years',
    figures: [],
  },
  {
    url: UKRAINETODAY_SIX,
    date: '',
    // A treaty's article.
    text: 'the Russian president and Kim signed a so-called “comprehensive strategic partnership pact” with a clause similar to Article 5',
    figures: [],
  },
  // TASS, 14 November 2025: the Kremlin's thanks to the deminers.
  {
    url: TASS_DEMINERS,
    date: '2025-11-14',
    // A date.
    text: 'The decision followed bilateral agreements on a comprehensive strategic partnership reached during his meeting with Russian President Vladimir Putin in Pyongyang in June 2024',
    figures: [],
  },
  // Novaya Gazeta Europe (no date printed; 5 February 2025 in its address).
  {
    url: NOVAYA_LEARNING,
    date: '',
    // Those who arrived first, in Vladivostok: sent.
    text: 'South Korean intelligence has been reporting on their presence since October, when approximately 1,500 North Korean special forces troops were observed to have arrived in the Russian city of Vladivostok, initially for training',
    figures: [f(1500, 1500, 'approximately', 'troops', 'troops-sent')],
  },
  {
    url: NOVAYA_LEARNING,
    date: '',
    // Those who joined the first group.
    text: 'This group was later joined by another 10,000 or so of their comrades',
    figures: [f(10000, 10000, 'or so', 'troops', 'troops-additional')],
  },
  {
    url: NOVAYA_LEARNING,
    date: '',
    // distance: no figure, the convention written at set 20 (round 20)
    text: 'They were then transported nearly 7,000 kilometres across Russia to reach the combat zone',
    figures: [],
  },
  // KEYT (AP; no date printed; 30 October 2024 in its address): Choe Son Hui in Moscow.
  {
    url: KEYT_CHOE,
    date: '',
    text: 'North Korea’s top diplomat is set to hold talks in Moscow following reports that Pyongyang has sent thousands of troops to support Russia’s action in Ukraine',
    figures: [f(2000, 9000, 'thousands', 'troops', 'troops-sent')],
  },
  {
    url: KEYT_CHOE,
    date: '',
    // "the next several weeks" is a time.
    text: 'Foreign Minister Choe Son Hui’s arrival on Wednesday follows the Pentagon’s statement that North Korea has deployed about 10,000 troops to Russia to fight against Ukraine within “the next several weeks.”',
    figures: [f(10000, 10000, 'about', 'troops', 'troops-sent')],
  },
  // UNN (no date printed): the Financial Times on the barracks near the border.
  {
    url: UNN_BARRACKS,
    date: '',
    // distance: no figure, the convention written at set 20 (round 20)
    text: 'DPRK troops in Russia are placed in barracks 50 km from the Ukrainian border',
    figures: [],
  },
  {
    url: UNN_BARRACKS,
    date: '',
    // Troops moved from the east to Kursk: a part of those sent, neither all sent nor all
    // present; the words do not decide a measure; unscored.
    text: 'According to Ukrainian intelligence, about 3,000 North Korean troops have been secretly brought to the Kursk region of Russia',
    figures: [f(3000, 3000, 'about', 'troops')],
  },
  {
    url: UNN_BARRACKS,
    date: '',
    // distance: no figure, the convention written at set 20 (round 20)
    text: 'The Financial Times reports on the deployment of North Korean troops in Russia at a distance of 50 kilometers from the Ukrainian border',
    figures: [],
  },
  {
    url: UNN_BARRACKS,
    date: '',
    // The same 3,000 as above: unscored.
    text: "about 3,000 North Korean troops were secretly transported by civilian trucks from Russia's far east to its western Kursk region",
    figures: [f(3000, 3000, 'about', 'troops')],
  },
  {
    url: UNN_BARRACKS,
    date: '',
    // Special forces among the 3,000 (no measure fits), and the 3,000 again; both unscored.
    text: 'only a few hundred of the 3,000 were special forces, the rest were regular troops',
    figures: [f(200, 500, 'a few hundred', 'troops'), f(3000, 3000, '', 'troops')],
  },
  {
    url: UNN_BARRACKS,
    date: '',
    // "On Monday" is a time.
    // distance: no figure, the convention written at set 20 (round 20)
    text: 'On Monday, they were placed in a barracks about 50 kilometers from the Ukrainian border',
    figures: [],
  },
  // RFE/RL (no date printed): the soldiers who took the prisoners.
  {
    url: RFERL_POWS,
    date: '',
    text: "Ukraine released a video of two North Korean fighters captured by its forces in Russia's Kursk region",
    figures: [f(2, 2, '', 'people', 'captured')],
  },
  {
    url: RFERL_POWS,
    date: '',
    text: 'Thousands of North Koreans have reportedly been deployed to help Russia combat Ukrainian forces occupying territory there',
    figures: [f(2000, 9000, 'thousands', 'troops', 'troops-sent')],
  },
  // Nohib (NBC News' story; no date printed): the two prisoners.
  {
    url: NOHIB_NBC_POWS,
    date: '',
    text: 'Ukraine has captured two injured North Korean soldiers from the battlefield in Russia’s Kursk region and transferred them to Kyiv',
    figures: [f(2, 2, '', 'people', 'captured')],
  },
  {
    url: NOHIB_NBC_POWS,
    date: '',
    // "A North Korean soldier" is no numeral; "in December", "late last year" are times.
    text: 'this is the first time Ukraine has detained soldiers fit for questioning since Pyongyang deployed an estimated 11,000 soldiers to support Russia late last year',
    figures: [f(11000, 11000, 'an estimated', 'troops', 'troops-sent')],
  },
  {
    url: NOHIB_NBC_POWS,
    date: '',
    // The same two prisoners.
    text: '“As with all prisoners of war, these two North Korean soldiers are receiving the necessary medical assistance,” Zelenskyy said',
    figures: [f(2, 2, '', 'people', 'captured')],
  },
  {
    url: NOHIB_NBC_POWS,
    date: '',
    // "one of the soldiers" and "a week" are no figures; "in November" is a date.
    text: 'one of the soldiers revealed during questioning that he had arrived in Russia in November and undertook a week of military training from Russian forces before he was deployed to the battlefield',
    figures: [],
  },
  {
    url: NOHIB_NBC_POWS,
    date: '',
    // A count of images.
    text: 'Two other images showed the cover and inside pages of a Russian doc',
    figures: [],
  },
  // KVIA (AP; no date printed; 30 October 2024 in its address): the troops' view of the tour.
  {
    url: KVIA_AP_TOUR,
    date: '',
    text: 'The thousands of young soldiers North Korea has sent to Russia, reportedly to help fight against Ukraine, are mostly elite special forces',
    figures: [f(2000, 9000, 'thousands', 'troops', 'troops-sent')],
  },
  {
    url: KVIA_AP_TOUR,
    date: '',
    // An ordinal.
    text: 'Former North Korean soldiers say they may view their Russian tour with pride and as a rare chance to make good money and see a foreign country for the first time',
    figures: [],
  },
  // Rated News (The Guardian's story; no date printed; December 2024 in its address).
  {
    url: RATEDNEWS_HOSPITAL,
    date: '',
    // Wounded brought to a hospital in Kursk (not sent home); "last week" is a time.
    text: 'At dusk one afternoon last week, two dozen wounded North Korean soldiers were brought to one of the main hospitals in the Russian city of Kursk',
    figures: [f(24, 24, '', 'people', 'wounded')],
  },
  // Flat Reader (The Guardian's story; no date printed): Pyongyang's price.
  {
    url: FLATREADER_PRICE,
    date: '',
    // A duration and a time.
    text: 'A few years ago, it would have sounded fantastical to suggest that massed North Korean soldiers would fight on a European battlefield',
    figures: [],
  },
  {
    url: FLATREADER_PRICE,
    date: '',
    // Those fighting for Moscow: present; "several hundred" had died.
    text: 'Yet about 10,000 are now thought to be fighting for Moscow, and on Tuesday a US official reported that “several hundred” had died in Russia’s Kursk region',
    figures: [
      f(10000, 10000, 'about', 'troops', 'troops-present'),
      f(300, 900, 'several hundred', 'people', 'killed'),
    ],
  },
  {
    url: FLATREADER_PRICE,
    date: '',
    // The whole North Korean army (as set 1 took "numbering 1.2 million") and the country's
    // people: figures, but no measure of this war; unscored.
    text: 'North Korea has one of the largest armies in the world, with more than 1.25 million personnel in a country of just 26 million',
    figures: [f(1250000, 1250000, 'more than', 'troops'), f(26000000, 26000000, '', 'people')],
  },
  {
    url: FLATREADER_PRICE,
    date: '',
    // Money.
    text: 'that hasn’t stopped it shipping as much as $5.5bn worth of arms and ammunition to Russia',
    figures: [],
  },
  {
    url: FLATREADER_PRICE,
    date: '',
    // A date.
    text: 'The military has not engaged in large-scale combat since the end of the Korean war in 1953',
    figures: [],
  },
  // Youboox (a French press kiosk; no date printed): Kim's ceremony for those who came home.
  {
    url: YOUBOOX_CEREMONY,
    date: '',
    // "since last autumn" is a time.
    text: 'According to South Korean assessments, North Korea has sent around 15,000 troops to Russia since last autumn',
    figures: [f(15000, 15000, 'around', 'troops', 'troops-sent')],
  },
  {
    url: YOUBOOX_CEREMONY,
    date: '',
    // Builders and deminers in one number (as set 15 took them): the words do not decide a
    // measure; unscored.
    text: 'Kim has also agreed to send thousands of military construction workers and deminers to Kursk, a deployment South Korean intelligence believes could happen soon',
    figures: [f(2000, 9000, 'thousands', 'people')],
  },
  // Democracy Now! (headlines; no date printed; 5 November 2024 in its address).
  {
    url: DEMOCRACYNOW_CHOE,
    date: '',
    // Troops in the Kursk region, waiting to be sent into combat: present.
    text: 'Their meeting came as Ukraine’s government warned 11,000 North Korean troops are in Russia’s Kursk region bordering Ukraine preparing to be sent into combat',
    figures: [f(11000, 11000, '', 'troops', 'troops-present')],
  },
];
