/**
 * The twenty-fifth held-out set (issue 22): selections from sixteen more public articles on North
 * Korean troops in Russia's war, October 2024 to May 2025, from sites whose domain name begins
 * with a letter from n to z (the twenty-fourth set, written at the same time, takes the others):
 * the first deployment and its training in the Far East, the losses in Kursk as Zelensky, the
 * British defence ministry and Seoul counted them, the troops' return to the front in February,
 * Russia's wounded in North Korean hospitals, the money and rice Pyongyang is said to get, and
 * North Korean soldiers at the Victory Day parade. None is among ../shared/sources, the addresses
 * used by the earlier sets (used-urls-24.txt) or the phrase table's sources, and none is a repost
 * or rewrite of one of their articles. Passed over as reprints or retellings of a story an earlier
 * set used: Ukrainska Pravda's source story from Reuters on the NIS's 100 dead (RBC-Ukraine's
 * rewrite), The New York Times' story on the prisoners' video (New Todays, whose reprint on Jara
 * was used), Reuters' story on Kirby's thousand killed or wounded in a week (The West, rewritten by
 * Online.ua, used), ZeroHedge's story on the "expendable" troops (reposted by MirTesen, used), The
 * Independent's bulletin on the memorial (Reuters' story, used through The Straits Times), the New
 * York Times' story on Shoigu's 6,000 (OnPoint Info; Dumpling News used), the AP story on the
 * 3,000 of October 2024 (Springfield News-Sun; Devdiscourse's rewrite used), The Independent's
 * story on pay (RBC-Ukraine's retelling; AP's story used through Red Censor), Pravda's story on
 * the builders (TDPel Media), the ISW's forecast of the contingent's loss (Time Ukraine Israel and
 * Swoboda; Euromaidan Press and United24 used) and a second page of a Fox News story used
 * (NewsFinale). Of two reprints of one story only the first in the search was kept: Al Jazeera's
 * on the troops' disappearance (Nevada Express kept, WebJosh passed over), Yonhap's on the
 * British count of April (NewsLoup kept, National Courrier and NationPress passed over), The
 * Moscow Times' on the hospitals (its own page kept, Thanks Mia News passed over). NK News's page
 * on Gerasimov's first admission was passed over because its stored text carries no number, and
 * Business Insider's story on wages (The Bharat Express News) because the set had its sixteen.
 * Two sentences were left out because an earlier set had already taken the same words from
 * another outlet: Zelensky's "hundreds of Russian and North Korean soldiers" (Online.ua) and
 * the Pentagon's quoted "around 10,000 soldiers in total" (RNBO).
 * They were found with the library's page search (English pages only) and taken in the order the
 * search gave them (not for being easy or hard), every sentence with a number up to where the
 * stored text stops: Pulse News (Reuters) on Zelensky's battalion and Pokrovsk, Nevada Express
 * (Al Jazeera) on the troops gone from the front, NK News on their role in Kursk in March,
 * Online.ua on Zelensky's word of their return, NewsLoup (Yonhap) on the British count of 5,000,
 * NewsGuard on the Victory Day parade, Timeline Daily (Reuters) on the soldier who blew himself
 * up, The Moscow Times, The Insider, TVP World and Viral News (Lusa) on Russia's wounded in North
 * Korean hospitals, Online.ua on North Korea's wounded in a hospital near Moscow, RNBO (Voice of
 * America) on the Pentagon's 10,000, The Moscow Times on Choe Son Hui's visit, NDTV on the first
 * 1,500 and The Gaze (The Korea Herald) on the money and the rice.
 * What a reader takes from each was written down before the parser ever ran on them, by someone
 * who had not read the parser's code nor run any held-out, development or phrase test while
 * writing it; it is to be scored once, and the parser is not tuned on it. Only the short
 * selections are stored, with their article's address and date ('' when the stored page does not
 * print one, even where the address carries one).
 * Conventions, as in the earlier sets: vague quantities are ranges ("hundreds" 200–900, "several
 * hundred" 300–900, "thousands" 2,000–9,000); "a dozen" is 12, "a third" 33 % and "half" 50 %;
 * "4 thousand" is 4,000. A count said again as a claim is a figure again; a number that only
 * points back at people already counted ("These are 60,000", after Zelensky's 60,000 Russian
 * soldiers) is not, and neither is one man ("one North Korean soldier" who blew
 * himself up). Where the words do not decide a measure or none fits, the measure is left out (not
 * scored), with the reason beside it: the size of a typical battalion, a city's people, the
 * soldiers of both armies together, Russia's own force in Kursk, Russian wounded treated in North
 * Korea (a part of Russia's wounded, not their toll), North Korean wounded brought to hospitals
 * (a part of the wounded), soldiers seen at one base, civilian workers, foreign leaders at a
 * parade, the share of the casualties who were killed. Dates, ages, durations ("for about seven
 * years", "three-year war", "for around three weeks"), distances ("1,000-kilometer front line",
 * "100 Miles"), money ("$2000", "$200 million"), tonnes of rice and grain and the
 * shares of a harvest (goods, not people nor munitions), names with digits ("COVID-19"), a link and
 * unit names ("6th Regiment") are not figures.
 */
import { f } from './phrases';
import type { HeldOutRow } from './heldOut';

const PULSENEWS_BATTALION =
  'https://pulsenews.network/2025/01/zelenskiy-reports-heavy-losses-for-russian-and-north-korean-troops-in-kursk-region';
const NEVADAEXPRESS_MISSING =
  'https://nevada-express.com/2025/02/06/north-korean-individuals-go-missing-as-significant-amounts-of-russian-soldiers-are-killed-in-ukraine-conflict-current-events/';
const NKNEWS_PIVOTAL =
  'https://nknews.org/2025/03/north-korean-troops-pivotal-to-russian-military-advances-in-kursk-ukraine-says';
const ONLINEUA_RETURN =
  'https://news.online.ua/en/zelenskyy-announced-the-transfer-of-new-north-korean-military-units-to-the-kursk-region-890626/';
const NEWSLOUP_UKMOD =
  'https://newsloup.com/2025/04/02/north-korean-troops-report-over-5000-casualties-in-kursk-british-defense-ministry-reports';
const NEWSGUARD_PARADE =
  'https://newsguard.tech/2025/05/10/north-korean-military-personnel-spotted-on-red-square-ahead-of-victory-parade-raising-questions-about-their-involvement';
const TIMELINEDAILY_GRENADE =
  'https://timelinedaily.com/world/north-korean-soldiers-blowing-themselves-up-ukraine';
const MOSCOWTIMES_HOSPITALS =
  'https://www.themoscowtimes.com/2025/02/10/russia-sending-hundreds-of-wounded-soldiers-to-north-korean-hospitals-ambassador-says-a87930';
const THEINSIDER_HOSPITALS = 'https://theins.ru/en/amp/news/278689';
const TVPWORLD_HOSPITALS =
  'https://tvpworld.com/85008662/north-korea-treats-hundreds-of-russians-wounded-in-ukraine-envoy-says';
const VIRALNEWS_HOSPITALS =
  'https://viralnews.memeiros.com/2025/02/russian-ambassador-says-wounded.html';
const ONLINEUA_MOSCOW_HOSPITAL =
  'https://news.online.ua/en/wounded-north-korean-soldiers-begin-to-be-placed-in-moscow-hospitals-video-888635/';
const RNBO_PENTAGON = 'https://rnbo.org/2024/10/29/88401.html';
const MOSCOWTIMES_CHOE =
  'https://www.themoscowtimes.com/2024/10/29/north-koreas-foreign-minister-arrives-in-russia-for-talks-a86840';
const NDTV_TRAINING =
  'https://www.ndtv.com/world-news/russia-ukraine-war-north-korean-soldiers-at-russian-training-ground-amid-ukraine-war-6830251';
const THEGAZE_RICE =
  'https://thegaze.media/news/soldiers-in-exchange-for-rice-and-dollars-south-korean-intelligence-reveals-details-of-dprk-russia-deal';

export const HELD_OUT_25: HeldOutRow[] = [
  // Pulse News (Reuters; no date printed, January 2025 in its address): Zelensky's battalion.
  {
    url: PULSENEWS_BATTALION,
    date: '',
    // The size of a typical battalion, not a count of anyone's troops: no measure; unscored.
    text: 'According to military estimates, a battalion typically consists of several hundred soldiers.',
    figures: [f(300, 900, 'several hundred', 'troops')],
  },
  {
    url: PULSENEWS_BATTALION,
    date: '',
    // A distance.
    text: 'The Ukrainian president described the entire 1,000-kilometer front line as being embroiled in fierce combat.',
    figures: [],
  },
  {
    url: PULSENEWS_BATTALION,
    date: '',
    // A city's people: no measure fits; unscored.
    text: 'The city had around 60,000 people before the war, with an estimated 11,000 residents remaining.',
    figures: [f(60000, 60000, 'around', 'people'), f(11000, 11000, 'an estimated', 'people')],
  },
  // Nevada Express (Al Jazeera; no date printed, 6 February 2025 in its address).
  {
    url: NEVADAEXPRESS_MISSING,
    date: '',
    text: 'Reports suggest that heavy casualties among the North Korean troops led to their redeployment, with estimates of as many as 4,000 soldiers wounded or killed.',
    figures: [f(4000, 4000, 'as many as', 'people', 'killed-or-wounded')],
  },
  // NK News (no date printed, March 2025 in its address): the troops' role in Kursk.
  {
    url: NKNEWS_PIVOTAL,
    date: '',
    text: 'DPRK units’ participation in the latest Russian counteroffensive comes after Pyongyang reportedly deployed thousands more soldiers to the region to reinforce its troops after suffering casualties.',
    figures: [f(2000, 9000, 'thousands', 'troops', 'troops-additional')],
  },
  // Online.ua, 7 February 2025: Zelensky on the troops' return to the front.
  {
    url: ONLINEUA_RETURN,
    date: '2025-02-07',
    // The dead of both armies together: no measure; unscored.
    text: 'New assaults have already taken place in this direction, and hundreds of Russian and North Korean soldiers have been destroyed.',
    figures: [f(200, 900, 'hundreds', 'people')],
  },
  {
    url: ONLINEUA_RETURN,
    date: '2025-02-07',
    // Russia's own force in Kursk: no measure of the vocabulary; unscored.
    text: 'And we have 60,000 Russian soldiers on our territory, on the front, in the Kursk region.',
    figures: [f(60000, 60000, '', 'troops')],
  },
  {
    url: ONLINEUA_RETURN,
    date: '2025-02-07',
    // "These are 60,000" points back at the Russian soldiers just counted.
    text: 'These are 60,000 who have not been added to the already significant forces of the occupier in Pokrovskoye and other areas in the Donetsk region.',
    figures: [],
  },
  {
    url: ONLINEUA_RETURN,
    date: '2025-02-07',
    text: 'According to the General Staff, the losses of North Korean troops in Kursk already amount to 4 thousand people.',
    figures: [f(4000, 4000, '', 'people', 'casualties')],
  },
  // NewsLoup (Yonhap; no date printed, 2 April 2025 in its address): the British count.
  {
    url: NEWSLOUP_UKMOD,
    date: '',
    text: 'North Korean Troops Report Over 5,000 Casualties in Kursk, British Defense Ministry Reports',
    figures: [f(5000, 5000, 'over', 'people', 'casualties')],
  },
  {
    url: NEWSLOUP_UKMOD,
    date: '',
    text: 'The British defense ministry reports over 5,000 casualties among North Korean troops in Kursk fighting Ukrainian forces.',
    figures: [f(5000, 5000, 'over', 'people', 'casualties')],
  },
  {
    url: NEWSLOUP_UKMOD,
    date: '',
    // The share of the casualties who were killed: no measure fits (unscored); the casualties
    // are nearly half of the force sent.
    text: 'Approximately a third of these casualties have been killed in action, nearly half of the initial troop deployment.',
    figures: [f(33, 33, 'approximately', '%'), f(50, 50, 'nearly', '%', 'share-of-force-lost')],
  },
  {
    url: NEWSLOUP_UKMOD,
    date: '',
    text: 'North Korean forces have reported more than 5,000 casualties in the Kursk region, as they engage with Ukrainian troops, according to a report from the British defense ministry.',
    figures: [f(5000, 5000, 'more than', 'people', 'casualties')],
  },
  {
    url: NEWSLOUP_UKMOD,
    date: '',
    text: 'This figure is alarming as it represents nearly half of the original 11,000 troops sent by North Korea to Russia last year to support their military operations in Ukraine.',
    figures: [
      f(50, 50, 'nearly', '%', 'share-of-force-lost'),
      f(11000, 11000, '', 'troops', 'troops-sent'),
    ],
  },
  {
    url: NEWSLOUP_UKMOD,
    date: '',
    // The share of the casualties who were killed: no measure fits; unscored.
    text: 'Approximately one-third of the casualties have been noted as being killed in action.',
    figures: [f(33, 33, 'approximately', '%')],
  },
  {
    url: NEWSLOUP_UKMOD,
    date: '',
    text: 'According to South Korean military assessments, North Korea sustained approximately 4,000 casualties amongst the originally dispatched troops, with an additional 3,000 troops reportedly sent to Russia during January and February.',
    figures: [
      f(4000, 4000, 'approximately', 'people', 'casualties'),
      f(3000, 3000, '', 'troops', 'troops-additional'),
    ],
  },
  // NewsGuard (no date printed, 10 May 2025 in its address): the Victory Day parade.
  {
    url: NEWSGUARD_PARADE,
    date: '',
    // Foreign leaders at a parade: people, but no measure fits (unscored); "80th" is an ordinal.
    text: 'The initial announcement by Russian Assistant President Yuri Ushakov that 29 foreign leaders would attend the parade marking the 80th anniversary of Victory in the Great Patriotic War has been revised.',
    figures: [f(29, 29, '', 'people')],
  },
  {
    url: NEWSGUARD_PARADE,
    date: '',
    // Heads of state again: no measure fits; unscored.
    text: 'It now appears that only 27 heads of state will arrive in Moscow, with Laos’ President Thongsouk Sisoulith and Azerbaijan’s President Ilham Aliyev canceling their visits.',
    figures: [f(27, 27, '', 'people')],
  },
  {
    url: NEWSGUARD_PARADE,
    date: '',
    // The name of a disease.
    text: 'Sisoulith’s absence is attributed to a severe case of COVID-19',
    figures: [],
  },
  // Timeline Daily (Reuters; no date printed): the soldier who blew himself up.
  {
    url: TIMELINEDAILY_GRENADE,
    date: '',
    text: 'Reportedly, Ukraine has discovered a dozen of dead bodies belonging to North Korea.',
    figures: [f(12, 12, '', 'people', 'killed')],
  },
  {
    url: TIMELINEDAILY_GRENADE,
    date: '',
    // One man, not a count.
    text: 'As per the report, the Ukrainian force found one North Korean soldier alive, who detonated his own grenade, blowing himself up avoiding capture.',
    figures: [],
  },
  {
    url: TIMELINEDAILY_GRENADE,
    date: '',
    text: 'The special forces eliminated 17 DPRK soldiers.',
    figures: [f(17, 17, '', 'people', 'killed')],
  },
  {
    url: TIMELINEDAILY_GRENADE,
    date: '',
    // One man, and a unit name.
    text: 'One North Korean soldier had set an unsuccessful trap for the rangers of the 6th Regiment and blew himself up with a grenade.',
    figures: [],
  },
  {
    url: TIMELINEDAILY_GRENADE,
    date: '',
    // A duration.
    text: 'some North Korean soldiers are resorting to extreme measures as they support Russia’s three-year war with Ukraine',
    figures: [],
  },
  {
    url: TIMELINEDAILY_GRENADE,
    date: '',
    // An age and a year.
    text: '“Self-detonation and suicides: that’s the reality about North Korea”, Kim, a 32-year-old former North Korean soldier who defected to the South in 2022, told Reuters.',
    figures: [],
  },
  {
    url: TIMELINEDAILY_GRENADE,
    date: '',
    // A duration and a year.
    text: 'Kim had reportedly worked for North Korea’s military in Russia for about seven years up until 2021 on construction projects to earn foreign currency for the regime.',
    figures: [],
  },
  // The Moscow Times, 10 February 2025: Russia's wounded in North Korean hospitals.
  {
    url: MOSCOWTIMES_HOSPITALS,
    date: '2025-02-10',
    // Russian wounded treated in North Korea, a part of Russia's wounded and not their toll:
    // no measure; unscored.
    text: 'Hundreds of Russian soldiers wounded in Ukraine are undergoing rehabilitation in North Korean hospitals, Russia’s ambassador in Pyongyang said in an interview published Sunday.',
    figures: [f(200, 900, 'hundreds', 'people')],
  },
  {
    url: MOSCOWTIMES_HOSPITALS,
    date: '2025-02-10',
    // A year; "the two countries" counts countries.
    text: 'Russia and North Korea have strengthened military and political ties since Moscow’s 2022 invasion of Ukraine, with the two countries adopting a mutual defense pact last year.',
    figures: [],
  },
  {
    url: MOSCOWTIMES_HOSPITALS,
    date: '2025-02-10',
    text: 'Western, South Korean and Ukrainian intelligence agencies have said Pyongyang deployed more than 10,000 troops to support Russian forces in the southwestern Kursk region',
    figures: [f(10000, 10000, 'more than', 'troops', 'troops-sent')],
  },
  // The Insider (no date printed): the same interview.
  {
    url: THEINSIDER_HOSPITALS,
    date: '',
    // Russian wounded treated in North Korea: no measure; unscored.
    text: 'Russia sends “hundreds” of its wounded soldiers from Ukraine to North Korea for treatment',
    figures: [f(200, 900, 'hundreds', 'people')],
  },
  {
    url: THEINSIDER_HOSPITALS,
    date: '',
    // The ambassador's own words for the same claim: no measure; unscored.
    text: "“A clear example of this brotherly relationship is the rehabilitation of hundreds of wounded soldiers from the 'special military operation' in North Korean sanatoriums and medical facilities,” Matsegora said.",
    figures: [f(200, 900, 'hundreds', 'people')],
  },
  {
    url: THEINSIDER_HOSPITALS,
    date: '',
    // A year.
    text: "He also recalled that in the summer of 2023, the Songdowon Children's Camp hosted the children of fallen Russian servicemen, providing free medical care, accommodation, and food.",
    figures: [],
  },
  // TVP World (no date printed): the same interview.
  {
    url: TVPWORLD_HOSPITALS,
    date: '',
    // Russian wounded treated in North Korea: no measure; unscored.
    text: 'North Korea treats hundreds of Russians wounded in Ukraine, envoy says',
    figures: [f(200, 900, 'hundreds', 'people')],
  },
  {
    url: TVPWORLD_HOSPITALS,
    date: '',
    // The same claim: no measure; unscored.
    text: 'Hundreds of wounded Russian troops who fought in Ukraine have been taken to North Korean hospitals for treatment, Moscow’s envoy to Pyongyang has told state media.',
    figures: [f(200, 900, 'hundreds', 'people')],
  },
  {
    url: TVPWORLD_HOSPITALS,
    date: '',
    // The same claim in the ambassador's words: no measure; unscored.
    text: '“A clear example of... a brotherly attitude (between Russia and North Korea) is the rehabilitation of hundreds of wounded soldiers … in Korean sanatoriums and hospitals,” Macegora said.',
    figures: [f(200, 900, 'hundreds', 'people')],
  },
  {
    url: TVPWORLD_HOSPITALS,
    date: '',
    // A duration.
    text: 'Two years ago, the broadcaster reported that North Korea was experiencing shortages of medicine and basic healthcare equipment.',
    figures: [],
  },
  {
    url: TVPWORLD_HOSPITALS,
    date: '',
    text: "Ukrainian and Western assessments say that some 11,000 troops from North Korea were deployed in Russia’s Kursk region to support Moscow's forces.",
    figures: [f(11000, 11000, 'some', 'troops', 'troops-sent')],
  },
  {
    url: TVPWORLD_HOSPITALS,
    date: '',
    // A duration.
    text: 'At the end of January, a Ukrainian military spokesperson said that North Korean troops had not been spotted on the battlefield in Kursk for around three weeks',
    figures: [],
  },
  // Viral News (Lusa; no date printed, February 2025 in its address): the same interview.
  {
    url: VIRALNEWS_HOSPITALS,
    date: '',
    // Russian wounded treated in North Korea: no measure; unscored.
    text: '"A clear example of the fraternal relations [between Russians and North Koreans] is the rehabilitation of hundreds of fighters injured in the special military operation in Korean sanatoriums and medical centers," the Russian diplomat said in an interview with the Russian newspaper Rossiyskaya Gazeta.',
    figures: [f(200, 900, 'hundreds', 'people')],
  },
  {
    url: VIRALNEWS_HOSPITALS,
    date: '',
    text: 'In October last year, the United States, South Korea and Ukraine said a contingent of up to 12,000 North Korean soldiers had arrived in the Russian border region of Kursk',
    figures: [f(12000, 12000, 'up to', 'troops', 'troops-sent')],
  },
  // Online.ua, 18 December 2024: North Korea's wounded in a hospital near Moscow.
  {
    url: ONLINEUA_MOSCOW_HOSPITAL,
    date: '2024-12-18',
    // The wounded placed in hospitals, a part of the wounded and not their count: no measure;
    // unscored.
    text: 'Hundreds of wounded North Korean soldiers were placed in Russian hospitals',
    figures: [f(200, 900, 'hundreds', 'people')],
  },
  {
    url: ONLINEUA_MOSCOW_HOSPITAL,
    date: '2024-12-18',
    // Those brought to one hospital in a few days, a part of the wounded: no measure; unscored.
    text: 'The woman said that in just a few days, more than 200 wounded North Korean soldiers were brought to a hospital near Moscow.',
    figures: [f(200, 200, 'more than', 'people')],
  },
  // RNBO (Voice of America; no date printed, 29 October 2024 in its address): the Pentagon.
  {
    url: RNBO_PENTAGON,
    date: '',
    text: 'The U.S. Defense Department said Monday that North Korea has sent about 10,000 troops to train in Russia, more than tripling the previous estimate.',
    figures: [f(10000, 10000, 'about', 'troops', 'troops-sent')],
  },
  {
    url: RNBO_PENTAGON,
    date: '',
    text: 'Earlier on Monday, NATO confirmed that 3,000 North Korean troops have been sent to Russia to help Moscow fight its war against Ukraine',
    figures: [f(3000, 3000, '', 'troops', 'troops-sent')],
  },
  // The Moscow Times, 29 October 2024: Choe Son Hui in Russia.
  {
    url: MOSCOWTIMES_CHOE,
    date: '2024-10-29',
    text: "North Korea's Foreign Minister Choe Son Hui arrived in Russia Tuesday for an official visit after South Korea and the United States claimed Pyongyang sent thousands of troops to train in Russia.",
    figures: [f(2000, 9000, 'thousands', 'troops', 'troops-sent')],
  },
  {
    url: MOSCOWTIMES_CHOE,
    date: '2024-10-29',
    text: 'Earlier, Washington said North Korea sent 10,000 troops to train in Russia, after which they are likely to be sent to fight in the war against Ukraine.',
    figures: [f(10000, 10000, '', 'troops', 'troops-sent')],
  },
  // NDTV, 20 October 2024: the first soldiers at a training ground in the Far East.
  {
    url: NDTV_TRAINING,
    date: '2024-10-20',
    text: "North Korea has deployed 1,500 soldiers to Russia for military training, with plans to send up to 12,000 troops to fight in the Ukraine war, South Korea's National Intelligence Service (NIS) has confirmed.",
    figures: [
      f(1500, 1500, '', 'troops', 'troops-sent'),
      f(12000, 12000, 'up to', 'troops', 'troops-possible-further'),
    ],
  },
  {
    url: NDTV_TRAINING,
    date: '2024-10-20',
    // The soldiers seen at one base, a part of those in Russia: no measure (unscored); "100
    // Miles" is a distance.
    text: "Footage claimed to show Hundreds of North Korean Soldiers training at a Russian Military Base near the City of Sergeyevka in the Primorsky Krai Region of Eastern Russia, which is roughly 100 Miles from Russia's Small Land-Border with North Korea.",
    figures: [f(200, 900, 'hundreds', 'troops')],
  },
  {
    url: NDTV_TRAINING,
    date: '2024-10-20',
    // A link and a date.
    text: 'pic.twitter.com/AxZ0Um48V8 — OSINTdefender (@sentdefender) October 18, 2024',
    figures: [],
  },
  {
    url: NDTV_TRAINING,
    date: '2024-10-20',
    text: 'Ukrainian President Volodymyr Zelensky claimed that “thousands” of North Korean soldiers are en route to Russia, as per CNN.',
    figures: [f(2000, 9000, 'thousands', 'troops', 'troops-sent')],
  },
  {
    url: NDTV_TRAINING,
    date: '2024-10-20',
    text: 'According to Zelensky, intelligence suggests that the North is preparing to deploy up to 10,000 soldiers, comprising various military specialities.',
    figures: [f(10000, 10000, 'up to', 'troops', 'troops-possible-further')],
  },
  {
    url: NDTV_TRAINING,
    date: '2024-10-20',
    // Zelensky's own words for the same claim.
    text: '“From intelligence that I have... they are preparing 10,000 soldiers, different soldiers, land forces, technical personnel,” he said during a recent NATO summit.',
    figures: [f(10000, 10000, '', 'troops', 'troops-possible-further')],
  },
  // The Gaze (The Korea Herald; no date printed): the money and the rice.
  {
    url: THEGAZE_RICE,
    date: '',
    // Money and tonnes of rice.
    text: 'According to South Korean intelligence, the agreement with Russia to provide its own troops to the DPRK for the war with Ukraine cost Moscow $200 million a year, 700,000 tonnes of rice and the transfer of space technology.',
    figures: [],
  },
  {
    url: THEGAZE_RICE,
    date: '',
    // Money.
    text: '‘Each North Korean soldier sent to fight on the side of Russia will be paid a monthly salary of about $2000.',
    figures: [],
  },
  {
    url: THEGAZE_RICE,
    date: '',
    // "$200 million" is money.
    text: 'It is believed that at least 10,000 North Korean soldiers are heading to Ukraine, which means an annual income of more than $200 million,’ the report said.',
    figures: [f(10000, 10000, 'at least', 'troops', 'troops-sent')],
  },
  {
    url: THEGAZE_RICE,
    date: '',
    // Civilian workers: no measure fits (as the earlier sets); unscored.
    text: 'In addition to the military, according to the NIS think tank, there are about 4,000 North Korean workers in Russia.',
    figures: [f(4000, 4000, 'about', 'people')],
  },
  {
    url: THEGAZE_RICE,
    date: '',
    // Money.
    text: 'It is believed that their average salary is about $800 per month.',
    figures: [],
  },
  {
    url: THEGAZE_RICE,
    date: '',
    // Tonnes of grain.
    text: 'North Korea produces an average of about 4 million tonnes of grain such as rice, barley and wheat each year, according to its own announcement.',
    figures: [],
  },
  {
    url: THEGAZE_RICE,
    date: '',
    // A share of a harvest.
    text: 'But most of the country’s ‘rice production’ is actually potatoes, with rice believed to account for less than a third of the total, he explained.',
    figures: [],
  },
  {
    url: THEGAZE_RICE,
    date: '',
    // Tonnes of grain.
    text: '‘The 4 million tonnes of grain that North Korea says it produces per year is actually about 1 million tonnes less than what is needed to feed the country.',
    figures: [],
  },
  {
    url: THEGAZE_RICE,
    date: '',
    // Tonnes of rice and a share of a year's need.
    text: "If Russia offers between 600,000 and 700,000 tonnes of rice, that's enough to cover more than half of what North Korea would need to meet its annual demand,’ Wi Sung-lac said.",
    figures: [],
  },
  {
    url: THEGAZE_RICE,
    date: '',
    // Tonnes of rice.
    text: 'The lawmaker added that Russia used to send North Korea 50,000 to 100,000 tonnes of rice at a time.',
    figures: [],
  },
  {
    url: THEGAZE_RICE,
    date: '',
    // Tonnes of rice.
    text: '‘So we can say that 600,000 tonnes is slightly more than the rice aid they used to receive from Russia,’ he said.',
    figures: [],
  },
];
