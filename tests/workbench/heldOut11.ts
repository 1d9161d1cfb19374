/**
 * The eleventh held-out set (issue 22): selections from fourteen more public articles on North
 * Korean troops in Russia (October 2024 – October 2025), none among ../shared/sources,
 * heldOut.ts … heldOut10.ts or devSet.ts (and no repost of one of their articles; of a wire
 * story and its reposts only one rewrite was kept, and none of a wire story already used),
 * found with the library's page search and taken in the order the stored text gives them (not
 * for being easy or hard), every sentence with a figure up to where the stored text stops. Of
 * the Ground News page only its own summary is taken: the snippets of other outlets' articles
 * listed below it are not its text. What a reader takes from each was written down before the
 * parser ever ran on them, by someone who had not read the parser's code nor run any held-out,
 * development or phrase test while writing it; it is to be scored once, and the parser is not
 * tuned on it. Only the short selections are stored, with their article's address and date
 * ('' when the stored page does not print one). Where the words do not say whether troops
 * were sent or are there, or no measure of the vocabulary fits a figure (builders and sappers
 * together, civilian labourers, troops moving on inside Russia, North Korea's own count of its
 * "casualties"), its measure is left out (not scored), with the reason beside it. A qualifier
 * that opens a sentence is written in lower case, as the approximator list gives it. Vague
 * quantities follow the earlier sets ("thousands" 2,000–9,000, "a couple thousand" 2,000–3,000);
 * "a hundred" and "a thousand" are 100 and 1,000. Dates, ages, years of service, durations,
 * counts of places, of visits and of villages, ordinals ("third wave") and "a battalion" are
 * not figures; "the two POWs" are the two captured, as the earlier sets took them.
 */
import { f } from './phrases';
import type { HeldOutRow } from './heldOut';

const KYIV_INDEPENDENT_2000 =
  'https://kyivindependent.com/about-2-000-north-korean-soldiers-killed-fighting-for-russia-seoul-says/';
const GROUND_NEWS_SHOIGU =
  'https://groundnews.lakegeneva.lib.wi.us/article/north-korea-plans-to-send-military-construction-workers-and-deminers-to-russia';
const AA_SAPPERS =
  'https://www.aa.com.tr/en/asia-pacific/north-korean-sappers-join-mine-clearing-efforts-in-russia-s-kursk-region/3743704';
const KBS_ABSENT = 'https://news.kbs.co.kr/news/pc/view/view.do?ncd=8167311';
const KBS_100_KILLED = 'https://news.kbs.co.kr/news/pc/view/view.do?ncd=8134926';
const KBS_POW_VOICES = 'https://news.kbs.co.kr/news/pc/view/view.do?ncd=8150887';
const KBS_WORLD_POWS = 'http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=190280';
const CHOSUN_POWS =
  'https://chosun.com/english/north-korea-en/2025/02/19/2TUJ44HQBVGJNJFEA6XD2A4IPU';
const PARTICLE_MUSEUM =
  'https://particle.news/story/north-korea-starts-museum-honoring-troops-who-fought-with-russia-in-ukraine';
const THE_HILL_SINGH =
  'http://onlinetuner.me/index.php/2024/10/28/10000-north-korean-troops-in-russia-inching-closer-to-fight-in-ukraine-pentagon/';
const NSN_AUSTIN_FIJI =
  'https://nsn.asia/2024/11/23/north-korean-troops-in-russia-expected-to-enter-combat-soon-pentagon-says';
const AP_AUSTIN_UNIFORMS = 'https://butlereagle.com/?p=330674';
const FOX_RYDER =
  'https://vegaspatriot.com/pentagon-says-small-number-of-north-korean-troops-in-russias-kursk-region-biden-concerned';
const POLITICO_MAKHNOVKA =
  'https://www.politico.eu/article/hundreds-north-korea-troops-dead-kursk-ukraine-war/';

export const HELD_OUT_11: HeldOutRow[] = [
  // The Kyiv Independent, 2 Sep 2025 (on Yonhap, after the NIS briefing).
  {
    url: KYIV_INDEPENDENT_2000,
    date: '2025-09-02',
    text: 'Roughly 2,000 North Korean soldiers deployed to Russia have been killed while fighting against Ukraine',
    figures: [f(2000, 2000, 'roughly', 'people', 'killed')],
  },
  {
    url: KYIV_INDEPENDENT_2000,
    date: '2025-09-02',
    // Planned, and more than those sent before: additional troops. "third wave" is an ordinal.
    text: 'Pyongyang plans to send an additional 6,000 troops to Russia as part of its third wave of deployment',
    figures: [f(6000, 6000, '', 'troops', 'troops-additional')],
  },
  {
    url: KYIV_INDEPENDENT_2000,
    date: '2025-09-02',
    // Combat engineers are sappers.
    text: 'Around 1,000 combat engineers have already arrived in Russia',
    figures: [f(1000, 1000, 'around', 'troops', 'sappers')],
  },
  {
    url: KYIV_INDEPENDENT_2000,
    date: '2025-09-02',
    // North Korea's own count, but of "casualties": the words do not say dead (the measure of
    // deaths North Korea acknowledges), and the casualties measure is others' estimates;
    // unscored.
    text: 'North Korea has claimed to have suffered only 350 casualties in earlier phases of the deployment',
    figures: [f(350, 350, '', 'people')],
  },
  {
    url: KYIV_INDEPENDENT_2000,
    date: '2025-09-02',
    text: "South Korean intelligence reported in April that the number of Pyongyang's soldiers killed in action was around 600",
    figures: [f(600, 600, 'around', 'people', 'killed')],
  },
  {
    url: KYIV_INDEPENDENT_2000,
    date: '2025-09-02',
    // A date.
    text: 'Russia retook much of the territory in March 2025, with support from North Korean forces',
    figures: [],
  },
  {
    url: KYIV_INDEPENDENT_2000,
    date: '2025-09-02',
    // A date.
    text: 'The deepening military ties follow the June 2024 signing of the Comprehensive Strategic Partnership Agreement',
    figures: [],
  },
  // Ground News (its own summary; no date printed), Jun 2025: Shoigu in Pyongyang.
  {
    url: GROUND_NEWS_SHOIGU,
    date: '',
    // Builders and deminers together: unscored (as the earlier sets did). The date is no figure.
    text: 'On June 18, 2025, Sergei Shoigu, Russia’s Security Council chief, announced that North Korea plans to deploy 6,000 military construction personnel and deminers to assist with rebuilding efforts in the Kursk region',
    figures: [f(6000, 6000, '', 'troops')],
  },
  {
    url: GROUND_NEWS_SHOIGU,
    date: '',
    // A date.
    text: 'This deployment follows the November 2024 mutual defense treaty between Russia and North Korea',
    figures: [],
  },
  {
    url: GROUND_NEWS_SHOIGU,
    date: '',
    text: 'involving the deployment of 5,000 military construction workers and 1,000 deminers tasked with clearing mines and rebuilding infrastructure',
    figures: [
      f(5000, 5000, '', 'troops', 'construction-workers'),
      f(1000, 1000, '', 'troops', 'sappers'),
    ],
  },
  {
    url: GROUND_NEWS_SHOIGU,
    date: '',
    // Civilian labourers: no measure of the vocabulary (as the earlier sets left them);
    // unscored. 4,700 losses of any kind, of which about 600 dead.
    text: 'South Korean intelligence reports indicate that approximately 15,000 North Korean laborers are working in Russia through industrial cooperation programs, and that North Korean forces have suffered about 4,700 casualties on the Russia-Ukraine front, with around 600 of those being fatalities',
    figures: [
      f(15000, 15000, 'approximately', 'people'),
      f(4700, 4700, 'about', 'people', 'casualties'),
      f(600, 600, 'around', 'people', 'killed'),
    ],
  },
  {
    url: GROUND_NEWS_SHOIGU,
    date: '',
    text: 'The announcement signals deepening military ties amid international condemnation from South Korea and Japan',
    figures: [],
  },
  // Anadolu Agency (no date printed), 2025: the sappers at work.
  {
    url: AA_SAPPERS,
    date: '',
    text: 'North Korean sappers working in the Kursk region have been trained to follow Russian commands as joint demining continues in areas retaken from Ukrainian forces',
    figures: [],
  },
  {
    url: AA_SAPPERS,
    date: '',
    // A date.
    text: 'North Korean sappers were sent to the Kursk region on the order of Chairman Kim Jong Un as part of a strategic partnership agreement reached with Russian President Vladimir Putin in 2024',
    figures: [],
  },
  {
    url: AA_SAPPERS,
    date: '',
    // Workers to rebuild: the builders.
    text: "In June, Russia's security chief Sergey Shoygu said North Korea, which has helped Russia in its war on Ukraine, will send thousands of workers to help rebuild Kursk",
    figures: [f(2000, 9000, 'thousands', 'troops', 'construction-workers')],
  },
  {
    url: AA_SAPPERS,
    date: '',
    // Counts of places.
    text: 'said 37 of 64 settlements are still closed because of mines and unexploded devices',
    figures: [],
  },
  // KBS News, 5 Feb 2025.
  {
    url: KBS_ABSENT,
    date: '2025-02-05',
    // Stationed there: present. "November last year" is a date.
    text: 'About 11,000 North Korean troops deployed in November last year have been stationed in the Kursk area of Russia and have been participating in combat',
    figures: [f(11000, 11000, 'about', 'troops', 'troops-present')],
  },
  {
    url: KBS_ABSENT,
    date: '2025-02-05',
    // A date.
    text: 'the deployed North Korean troops have not shown any signs of participating in combat since mid-December',
    figures: [],
  },
  {
    url: KBS_ABSENT,
    date: '2025-02-05',
    // A duration.
    text: 'the North Korean troops withdrew from the front lines after suffering significant losses and have not been seen for about two weeks',
    figures: [],
  },
  {
    url: KBS_ABSENT,
    date: '2025-02-05',
    text: "have reportedly incurred over 3,000 casualties due to their so-called 'barehanded tactics' without proper equipment, according to the NIS",
    figures: [f(3000, 3000, 'over', 'people', 'casualties')],
  },
  {
    url: KBS_ABSENT,
    date: '2025-02-05',
    text: 'Ukrainian President Zelensky has stated that he has received information about the deployment of more than 20,000 additional North Korean troops',
    figures: [f(20000, 20000, 'more than', 'troops', 'troops-additional')],
  },
  // KBS News, 20 Dec 2024: the NIS's first count of the dead.
  {
    url: KBS_100_KILLED,
    date: '2024-12-20',
    text: '100 NK SOLDIERS KILLED IN RUSSIA',
    figures: [f(100, 100, '', 'people', 'killed')],
  },
  {
    url: KBS_100_KILLED,
    date: '2024-12-20',
    text: "The National Intelligence Service confirms over a hundred deaths, with troops acting as 'frontline units'",
    figures: [f(100, 100, 'over', 'people', 'killed')],
  },
  {
    url: KBS_100_KILLED,
    date: '2024-12-20',
    text: "This is a video released by Ukraine's special operations unit claiming that fifty North Korean soldiers were killed in the fiercely fought Kursk region in Russia",
    figures: [f(50, 50, '', 'people', 'killed')],
  },
  {
    url: KBS_100_KILLED,
    date: '2024-12-20',
    // The 11,000 are North Korea's troops in Russia, but the words do not say sent or there:
    // measure unscored. "this month" is a time.
    text: "a portion of North Korea's roughly 11,000 troops was deployed to the Kursk region this month and at least 100 of them had been killed and roughly 1,000 wounded",
    figures: [
      f(11000, 11000, 'roughly', 'troops'),
      f(100, 100, 'at least', 'people', 'killed'),
      f(1000, 1000, 'roughly', 'people', 'wounded'),
    ],
  },
  {
    url: KBS_100_KILLED,
    date: '2024-12-20',
    text: 'a high number of casualties occurred despite a low number of engagements because North Korean troops are being consumed as frontline units',
    figures: [],
  },
  // KBS News, 13 Jan 2025: the two prisoners' voices.
  {
    url: KBS_POW_VOICES,
    date: '2025-01-13',
    // "Jan. 9" is a date.
    text: 'Two wounded North Korean soldiers were taken prisoners by Ukraine in the Kursk region of Russia on Jan. 9',
    figures: [f(2, 2, '', 'people', 'captured')],
  },
  {
    url: KBS_POW_VOICES,
    date: '2025-01-13',
    // Ages.
    text: 'One of the North Koreans is known to be 20 years old and the other, 26 years old',
    figures: [],
  },
  {
    url: KBS_POW_VOICES,
    date: '2025-01-13',
    // The two captured; "Jan. 3" is a date.
    text: 'The two POWs were deployed on battle fields on Jan. 3',
    figures: [f(2, 2, '', 'people', 'captured')],
  },
  // KBS World Radio, 13 Jan 2025 (its own report, not the same text as KBS News').
  {
    url: KBS_WORLD_POWS,
    date: '2025-01-13',
    text: 'Ukraine says it has captured two North Korean soldiers in Russia’s Kursk region and disclosed video footage from an interrogation',
    figures: [f(2, 2, '', 'people', 'captured')],
  },
  {
    url: KBS_WORLD_POWS,
    date: '2025-01-13',
    text: "This comes as Seoul's spy agency estimates that some three-thousand North Korean troops have been killed or wounded so far",
    figures: [f(3000, 3000, 'some', 'people', 'killed-or-wounded')],
  },
  {
    url: KBS_WORLD_POWS,
    date: '2025-01-13',
    text: 'Ukrainian President Volodymyr Zelenskyy shared a video on Sunday from the interrogation of two North Korean soldiers captured in Russia’s Kursk region on Thursday',
    figures: [f(2, 2, '', 'people', 'captured')],
  },
  {
    url: KBS_WORLD_POWS,
    date: '2025-01-13',
    // The two captured; their ages are no figure.
    text: 'The two prisoners, aged 20 and 26, are currently being questioned by the Security Service of Ukraine',
    figures: [f(2, 2, '', 'people', 'captured')],
  },
  {
    url: KBS_WORLD_POWS,
    date: '2025-01-13',
    // A date.
    text: 'The prisoner said he was sent to the battlefield January 3 and was captured while hiding in an air raid shelter after seeing other soldiers die',
    figures: [],
  },
  {
    url: KBS_WORLD_POWS,
    date: '2025-01-13',
    text: 'the spy agency estimated that some three-thousand North Korean troops have been killed or wounded fighting alongside Russian forces against the Ukrainian military',
    figures: [f(3000, 3000, 'some', 'people', 'killed-or-wounded')],
  },
  {
    url: KBS_WORLD_POWS,
    date: '2025-01-13',
    // An ordinal.
    text: 'incoming U.S. President Donald Trump may seek to engage in dialogue with North Korean leader Kim Jong-un during his second term',
    figures: [],
  },
  // The Chosun Ilbo, Feb 2025 by its address (no date printed): the two prisoners interviewed.
  {
    url: CHOSUN_POWS,
    date: '',
    // "last month" is a time.
    text: 'Two North Korean prisoners of war, captured by Ukrainian forces last month, have spoken exclusively to the Chosunilbo',
    figures: [f(2, 2, '', 'people', 'captured')],
  },
  {
    url: CHOSUN_POWS,
    date: '',
    // Ages and years of service.
    text: 'Mr. Ri (26), a reconnaissance sniper, and Mr. Baek (21), a rifleman, each served in the North Korean military for 10 and 4 years before they were deployed to Kursk',
    figures: [],
  },
  {
    url: CHOSUN_POWS,
    date: '',
    // A date.
    text: 'Both men had been held in solitary confinement after they were captured on Jan 9',
    figures: [],
  },
  {
    url: CHOSUN_POWS,
    date: '',
    // An age.
    text: 'leaving his 50-year-old widowed mother behind before he left for Kursk',
    figures: [],
  },
  // Particle (no date printed), Oct 2025: the museum's groundbreaking.
  {
    url: PARTICLE_MUSEUM,
    date: '',
    // Dates.
    text: 'Kim Jong Un led an Oct. 23–24 groundbreaking in Pyongyang for the Memorial Museum of Combat Feats',
    figures: [],
  },
  {
    url: PARTICLE_MUSEUM,
    date: '',
    text: 'Kyiv and Seoul estimate North Korea deployed more than 10,000 troops to Russia, while South Korea’s intelligence agency recently estimated about 2,000 North Korean soldiers have been killed',
    figures: [
      f(10000, 10000, 'more than', 'troops', 'troops-sent'),
      f(2000, 2000, 'about', 'people', 'killed'),
    ],
  },
  // A repost (apparently of The Hill; no date printed), 28 Oct 2024 by its address: Singh's
  // briefing.
  {
    url: THE_HILL_SINGH,
    date: '',
    // Sent to train in Russia: sent. "the next several weeks" is a time.
    text: 'North Korea has sent about 10,000 troops to train in Russia with the expectation they’ll be sent to fight in Ukraine within “the next several weeks,” the Pentagon said Monday',
    figures: [f(10000, 10000, 'about', 'troops', 'troops-sent')],
  },
  {
    url: THE_HILL_SINGH,
    date: '',
    text: 'has sent around 10,000 soldiers in total to train in eastern Russia that will probably augment Russian forces near Ukraine over the next several weeks',
    figures: [f(10000, 10000, 'around', 'troops', 'troops-sent')],
  },
  {
    url: THE_HILL_SINGH,
    date: '',
    text: 'Singh said a portion of the North Korean soldiers have already moved closer to Ukraine',
    figures: [],
  },
  {
    url: THE_HILL_SINGH,
    date: '',
    // "The new U.S. estimate" alone does not say of what (sent or there): unscored. Those
    // training in Russia are there.
    text: 'The new U.S. estimate of 10,000 troops comes after Washington last week confirmed at least 3,000 North Korean soldiers were undergoing military training at multiple sites in Russia',
    figures: [f(10000, 10000, '', 'troops'), f(3000, 3000, 'at least', 'troops', 'troops-present')],
  },
  {
    url: THE_HILL_SINGH,
    date: '',
    // A time.
    text: 'Zelensky on Friday said Moscow plans to deploy North Koreans on the battlefield within days',
    figures: [],
  },
  // NSN (no date printed), 23 Nov 2024 by its address: Austin in Fiji.
  {
    url: NSN_AUSTIN_FIJI,
    date: '',
    text: 'U.S. Defense Secretary Lloyd Austin said Saturday that thousands of North Korean troops currently stationed in Russia are expected to enter combat against Ukraine “soon.”',
    figures: [f(2000, 9000, 'thousands', 'troops', 'troops-present')],
  },
  {
    url: NSN_AUSTIN_FIJI,
    date: '',
    text: 'Austin said around 10,000 North Korean soldiers are believed to be in Russia’s Kursk region, near the border with Ukraine',
    figures: [f(10000, 10000, 'around', 'troops', 'troops-present')],
  },
  {
    url: NSN_AUSTIN_FIJI,
    date: '',
    text: 'Ukraine has warned that Russia, bolstered by North Korean soldiers, has amassed a 50,000-strong force to retake parts of the border region',
    figures: [f(50000, 50000, '', 'troops', 'combined-force')],
  },
  {
    url: NSN_AUSTIN_FIJI,
    date: '',
    // A duration.
    text: 'even as their forces remained heavily stretched in the Donetsk region, which has been the focal point of nearly three years of fighting',
    figures: [],
  },
  // AP (on The Butler Eagle; no date printed), 30 Oct 2024: Austin at the Pentagon.
  {
    url: AP_AUSTIN_UNIFORMS,
    date: '',
    text: "as concerns grow about Pyongyang's deployment of as many as 11,000 troops to Russia",
    figures: [f(11000, 11000, 'as many as', 'troops', 'troops-sent')],
  },
  {
    url: AP_AUSTIN_UNIFORMS,
    date: '',
    // Dispatched: sent.
    text: 'Seoul and its allies assess that the number of North Korean troops now dispatched in Russia has increased to 11,000',
    figures: [f(11000, 11000, '', 'troops', 'troops-sent')],
  },
  {
    url: AP_AUSTIN_UNIFORMS,
    date: '',
    // Troops moving on inside Russia (as the tenth set left its detachment): unscored.
    text: 'More than 3,000 of them are believed to have moved toward combat zones in western Russia, the official said',
    figures: [f(3000, 3000, 'more than', 'troops')],
  },
  {
    url: AP_AUSTIN_UNIFORMS,
    date: '',
    text: 'Some North Korean advance units of those troops have already arrived in Kursk',
    figures: [],
  },
  // A repost (apparently of Fox News; no date printed), 29 Oct 2024: Ryder's briefing.
  {
    url: FOX_RYDER,
    date: '',
    text: 'The Pentagon said Tuesday that about 10,000 North Korean troops had been sent to Russia, in addition to a couple thousand soldiers who were already in the Kursk region',
    figures: [
      f(10000, 10000, 'about', 'troops', 'troops-sent'),
      f(2000, 3000, 'a couple thousand', 'troops', 'troops-present'),
    ],
  },
  {
    url: FOX_RYDER,
    date: '',
    // Expected to arrive in Kursk from elsewhere in Russia: moving on inside Russia; unscored.
    text: 'adding that a couple of thousand more soldiers are expected to arrive at any time',
    figures: [f(2000, 3000, 'a couple of thousand', 'troops')],
  },
  {
    url: FOX_RYDER,
    date: '',
    // Moved into Russia: sent. "early to mid-October" is a time.
    text: 'Kirby confirmed that between early to mid-October, North Korea moved at least 3,000 troops into eastern Russia',
    figures: [f(3000, 3000, 'at least', 'troops', 'troops-sent')],
  },
  {
    url: FOX_RYDER,
    date: '',
    text: 'Now, the Pentagon says about 10,000 North Korean troops have been sent to Russia',
    figures: [f(10000, 10000, 'about', 'troops', 'troops-sent')],
  },
  {
    url: FOX_RYDER,
    date: '',
    text: "We believe that the DPRK [Democratic People's Republic of Korea] has sent approximately 10,000 soldiers in total to train in eastern Russia",
    figures: [f(10000, 10000, 'approximately', 'troops', 'troops-sent')],
  },
  {
    url: FOX_RYDER,
    date: '',
    text: 'Ryder said the troops are in addition to a couple of thousand others already in the Kursk region',
    figures: [f(2000, 3000, 'a couple of thousand', 'troops', 'troops-present')],
  },
  {
    url: FOX_RYDER,
    date: '',
    // "a small number" is no number; the couple of thousand still on their way inside Russia:
    // unscored.
    text: "Indications that there's already a small number [of North Korean troops] that are actually in the Kursk Oblast, with a couple of thousand more that are either almost there, or due to arrive imminently",
    figures: [f(2000, 3000, 'a couple of thousand', 'troops')],
  },
  // Politico Europe, 5 Jan 2025: Zelenskyy on Makhnovka.
  {
    url: POLITICO_MAKHNOVKA,
    date: '2025-01-05',
    // A duration, a count of villages and "a battalion": no figure.
    text: 'over the course of just a few days, "near just one village, Makhnovka, in Kursk region, the Russian army lost up to a battalion of North Korean infantry soldiers and Russian paratroops',
    figures: [],
  },
  {
    url: POLITICO_MAKHNOVKA,
    date: '2025-01-05',
    text: "Ukrainian troops launched an incursion across the border into Russia's Kursk region in August, capturing a string of strategic towns and villages",
    figures: [],
  },
];
