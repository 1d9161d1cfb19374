/**
 * The sixteenth held-out set (issue 22): selections from sixteen public articles on North
 * Korean troops in Russia, October 2024 – January 2026 (the memorial's inspection), all from
 * outlets based in Asia, Africa, the Middle East or Oceania (Arab News, The Asahi Shimbun, The
 * Straits Times, ARY News, Infoafrik, NewsBytes, This Is Lagos, Arab News Pakistan, AuBook,
 * NZCity, ABC News Daily, SBS News, Bharat Pulse News, Korea JoongAng Daily through Daum, NK
 * News and YTN), none among ../shared/sources, the addresses used by the earlier sets or the
 * phrase table's sources, and no repost of one of their articles: of a wire story and its
 * reposts only one was kept (the ABC's explainer of 22–23 October 2024 was printed by NZCity
 * and by Fiji Village, and only NZCity's copy, found first, is used; Arab News' AFP story on
 * Japan's concern was rewritten by The Asia Live, and only the first is used). Mid-day's copy
 * of AP's story of Shoigu's builders and sappers, found first, was dropped whole before
 * scoring, as that story is already in an earlier set, and an Arab News copy of AFP's story of
 * the NIS's January count was passed over for the same reason.
 * They were found with the library's page search and taken in the order the search gave them
 * (not for being easy or hard), every sentence with a figure up to where the stored text stops.
 * What a reader takes from each was written down before the parser ever ran on them, by someone
 * who had not read the parser's code nor run any held-out, development or phrase test while
 * writing it; it is to be scored once, and the parser is not tuned on it. Only the short
 * selections are stored, with their article's address and date ('' when the stored page does
 * not print one; a printed date is written as yyyy-mm-dd). A sentence printed twice on one page
 * (a summary bullet and the body, a podcast's introduction and its transcript) is taken once.
 * Where the words do not decide a measure (troops still "to be sent", soldiers seen in a
 * video) or no measure fits (Russia's daily losses, North Korea's whole army, deserters), the
 * measure is left out (not scored), with the reason beside it. A qualifier is written in lower
 * case, as printed; one qualifier before two numbers joined by "and" ("as high as 200,000 dead
 * and 400,000 wounded") is read as applying to both. Vague quantities follow the earlier sets
 * ("thousands" 2,000–9,000, "several thousand" 3,000–9,000, "dozens" 24–108). Dates,
 * durations ("two and a half years", "35 year occupation"), ages ("a 26-year-old man"),
 * ordinals ("the first capture", "the second-deadliest month", "the 38th parallel") and
 * references back to people already counted ("the two men" of a video of the two captured)
 * are not figures.
 */
import { f } from './phrases';
import type { HeldOutRow } from './heldOut';

// Arab News (Riyadh), AFP, through a mirror of its pages; no date printed for the article.
const ARABNEWS_JAPAN_CONCERN = 'http://value-cii.com/node/2576717/amp/{{path}}/{{';
const ASAHI_EDITORIAL = 'https://ajw-origin.potaufeu.asahi.com/ajw/articles/15482094';
const STRAITSTIMES_MEMORIAL =
  'https://www.straitstimes.com/asia/east-asia/north-koreas-kim-inspects-memorial-for-soldiers-who-died-in-russia-mission';
const ARYNEWS_MORE_TROOPS = 'https://arynews.tv/north-korea-has-sent-more-troops-to-russia-reports';
const INFOAFRIK_CAPTURED =
  'https://infoafrik.com/injured-north-korean-soldier-captured-by-ukraine-forces-says-south-korea';
const NEWSBYTES_TWO_CAPTURED =
  'https://www.newsbytesapp.com/news/world/ukraine-claims-capturing-2-north-korean-soldiers-alive-in-russia/story';
const THISISLAGOS_TAG = 'https://thisislagos.ng/tag/north-korea/amp';
const ARABNEWSPK_NO_COMBAT = 'https://www.arabnews.pk/node/2588991/world';
const AUBOOK_WAKE_UP =
  'http://aubook.com.au/mobile/news/newsdetails/item_673116/north-korean-troops-fighting-for-russia-is-worldwide-wake-up-call';
const NZCITY_ABC_11000 =
  'https://s10.nzcity.co.nz/news/article.aspx?cat=1032&fm=newsarticle+-+International%2Cnur&id=409134';
const ABC_NEWS_DAILY =
  'https://www.abc.net.au/listen/programs/abc-news-daily/why-are-north-korean-troops-in-russia/104528206';
const BHARATPULSE_TAG = 'https://bharatpulsenews.com/tag/north-korea-troops-russia';
// Korea JoongAng Daily, through Daum (Seoul).
const DAUM_JOONGANG_5000 = 'https://v.daum.net/v/20241027183109596';
const YTN_BRIEFING = 'https://m.ytn.co.kr/en/news_view.amp.php?key=202411201222457539&s_mcd=0101';
const NKNEWS_JULY =
  'https://www.nknews.org/2025/06/seoul-warns-thousands-of-north-koreans-to-arrive-in-russia-as-early-as-july/';
// SBS News (Australia), a podcast episode, through a mirror of its pages.
const SBS_TENSIONS =
  'https://949826.hometechtradehk.tech/news/podcast-episode/tensions-escalate-as-north-korean-soldiers-enter-russia-ukraine-war/xxu08lx8o';

export const HELD_OUT_16: HeldOutRow[] = [
  // Arab News (no date printed): Japan's concern, with Seoul's count of October 2024.
  {
    url: ARABNEWS_JAPAN_CONCERN,
    date: '',
    // A date in a photo caption.
    text: 'North Korea’s leader Kim Jong Un visits a strategic missile base at an undisclosed location in this picture released on Oct. 23, 2024',
    figures: [],
  },
  {
    url: ARABNEWS_JAPAN_CONCERN,
    date: '',
    // In Russia now: present. "thousands more troops to be sent by December": more troops,
    // but still to come, so the words do not decide between additional and possible further
    // troops; unscored. "by December" is a date.
    text: 'Seoul’s spy agency has said that around 3,000 North Korean soldiers are currently in Russia training, likely to deploy to the frontlines against Ukraine soon, with thousands more troops to be sent by December',
    figures: [
      f(3000, 3000, 'around', 'troops', 'troops-present'),
      f(2000, 9000, 'thousands', 'troops'),
    ],
  },
  // The Asahi Shimbun, an editorial (printed "October 26, 2024 at 11:14 JST").
  {
    url: ASAHI_EDITORIAL,
    date: '2024-10-26',
    // A date in a photo caption.
    text: 'Russia’s President Vladimir Putin and North Korean leader Kim Jong Un attend a state reception in Pyongyang on June 19',
    figures: [],
  },
  {
    url: ASAHI_EDITORIAL,
    date: '2024-10-26',
    // "between early to mid-October" is a time.
    text: 'A senior U.S. official stated that at least 3,000 North Korean soldiers were dispatched to eastern Russia between early to mid-October and are currently undergoing military training',
    figures: [f(3000, 3000, 'at least', 'troops', 'troops-sent')],
  },
  {
    url: ASAHI_EDITORIAL,
    date: '2024-10-26',
    // A plan for the whole contingent: those expected to have been sent.
    text: 'South Korean intelligence has indicated that North Korea plans to send up to 12,000 troops to Russia',
    figures: [f(12000, 12000, 'up to', 'troops', 'troops-sent-expected')],
  },
  {
    url: ASAHI_EDITORIAL,
    date: '2024-10-26',
    // A date.
    text: 'A new “comprehensive strategic partnership” treaty that Russia’s President Vladimir Putin signed with North Korean leader King Jong Un in June obliges Russia and North Korea to immediately provide military assistance if either is attacked',
    figures: [],
  },
  {
    url: ASAHI_EDITORIAL,
    date: '2024-10-26',
    // Russia's own losses; "as high as" is read for both numbers. "in September" is a date.
    text: 'A U.S. newspaper reported in September that Western intelligence estimates have put Russian military casualties as high as 200,000 dead and 400,000 wounded',
    figures: [
      f(200000, 200000, 'as high as', 'people', 'ru-killed'),
      f(400000, 400000, 'as high as', 'people', 'ru-wounded'),
    ],
  },
  // The Straits Times (Reuters; no date printed, the inspection of 5 January 2026).
  {
    url: STRAITSTIMES_MEMORIAL,
    date: '',
    // Dates.
    text: 'North Korean leader Kim Jong Un and his daughter Ju Ae on Jan 5 inspected the construction of a memorial for North Korean troops who died fighting overseas, state media KCNA reported on Jan 6',
    figures: [],
  },
  {
    url: STRAITSTIMES_MEMORIAL,
    date: '',
    // The stored page breaks this sentence over three lines; the words are kept, joined by
    // spaces. "in 2024" is a date.
    text: 'North Korea sent some 14,000 soldiers to fight alongside Russian troops in Ukraine in 2024, where more than 6,000 of them were killed',
    figures: [
      f(14000, 14000, 'some', 'troops', 'troops-sent'),
      f(6000, 6000, 'more than', 'people', 'killed'),
    ],
  },
  // ARY News (Karachi; Reuters; the page prints only the day it was stored, not the article's
  // date).
  {
    url: ARYNEWS_MORE_TROOPS,
    date: '',
    text: 'North Korea has deployed more than 11,000 troops to Russia to fight in the Ukraine war, the NIS has previously said',
    figures: [f(11000, 11000, 'more than', 'troops', 'troops-sent')],
  },
  // Infoafrik (no date printed): the first North Korean prisoner, December 2024.
  {
    url: INFOAFRIK_CAPTURED,
    date: '',
    // "first" is an ordinal.
    text: 'Spy agency says one soldier detained after reports emerge in Ukrainian media of possible first such capture, in Kursk region',
    figures: [f(1, 1, '', 'people', 'captured')],
  },
  {
    url: INFOAFRIK_CAPTURED,
    date: '',
    // "an injured North Korean soldier" is not a number; "the first capture" an ordinal.
    text: 'South Korea’s spy agency has confirmed Ukrainian reports that an injured North Korean soldier has been captured by Ukrainian forces, in what could be the first capture of its kind',
    figures: [],
  },
  {
    url: INFOAFRIK_CAPTURED,
    date: '',
    text: 'it has been confirmed that one injured North Korean soldier has been captured',
    figures: [f(1, 1, '', 'people', 'captured')],
  },
  // NewsBytes (India), 12 January 2025: two prisoners.
  {
    url: NEWSBYTES_TWO_CAPTURED,
    date: '2025-01-12',
    text: 'Ukraine captures 2 North Korean soldiers in Russia',
    figures: [f(2, 2, '', 'people', 'captured')],
  },
  {
    url: NEWSBYTES_TWO_CAPTURED,
    date: '2025-01-12',
    text: "Ukraine has claimed that it has captured two North Korean soldiers in Russia's Kursk region",
    figures: [f(2, 2, '', 'people', 'captured')],
  },
  {
    url: NEWSBYTES_TWO_CAPTURED,
    date: '2025-01-12',
    // An ordinal and a time.
    text: 'This is the first time Ukraine has captured North Korean soldiers alive since they joined the conflict last year',
    figures: [],
  },
  {
    url: NEWSBYTES_TWO_CAPTURED,
    date: '2025-01-12',
    // The two prisoners already counted, seen in a video: a reference back, not a new claim.
    text: 'The SBU also released a video of the two men in hospital beds—one with bandaged hands and the other with a bandaged jaw',
    figures: [],
  },
  {
    url: NEWSBYTES_TWO_CAPTURED,
    date: '2025-01-12',
    // An age.
    text: "The ID card was reportedly issued to a 26-year-old man from Russia's Tyva region",
    figures: [],
  },
  // This Is Lagos (a tag page; the item's summary, no date printed).
  {
    url: THISISLAGOS_TAG,
    date: '',
    // Sent to train in Russia: those sent. "more than tripling the previous estimate" is a
    // ratio between two counts, not a figure of its own.
    text: 'North Korea has sent some 10,000 troops to train in Russia, the Pentagon says, more than tripling the previous estimate',
    figures: [f(10000, 10000, 'some', 'troops', 'troops-sent')],
  },
  // Arab News Pakistan (AFP), updated 4 February 2025.
  {
    url: ARABNEWSPK_NO_COMBAT,
    date: '2025-02-04',
    // A time; printed in the summary and again in the body, taken once.
    text: 'Since mid-January, it appears that the North Korean troops deployed to the Kursk region of Russia have not engaged in combat',
    figures: [],
  },
  {
    url: ARABNEWSPK_NO_COMBAT,
    date: '2025-02-04',
    // "in August" is a date.
    text: 'Western, South Korean and Ukrainian intelligence agencies say Pyongyang deployed more than 10,000 troops to support Russian forces fighting in its western Kursk region',
    figures: [f(10000, 10000, 'more than', 'troops', 'troops-sent')],
  },
  // AuBook (Australia; no date printed): NATO on the North Korean troops, October 2024.
  {
    url: AUBOOK_WAKE_UP,
    date: '',
    // An ordinal and a date.
    text: 'September was the second-deadliest month for Russian forces fighting in Ukraine since the start of the full-scale invasion',
    figures: [],
  },
  {
    url: AUBOOK_WAKE_UP,
    date: '',
    // Russia's casualties, a day's average and a month's total: no measure of the vocabulary
    // is for Russia's losses per day, and "casualties" of Russia's army, what they include not
    // stated, has no measure of its own; both unscored.
    text: 'NATO estimates the average daily casualties for Moscow reached 1271, more than 38,000 for the month',
    figures: [f(1271, 1271, '', 'people'), f(38000, 38000, 'more than', 'people')],
  },
  {
    url: AUBOOK_WAKE_UP,
    date: '',
    // North Korea's whole army at home, not troops in Russia: no measure fits; unscored.
    text: 'And leaning on Kim Jong-un for help gives Putin access to some 1.28 million active-duty troops',
    figures: [f(1280000, 1280000, 'some', 'troops')],
  },
  {
    url: AUBOOK_WAKE_UP,
    date: '',
    // Deserters: no measure fits; unscored.
    text: 'Perhaps that’s why some 18 North Korean soldiers were reported to have deserted the Russian frontline, with Kremlin fighters searching for them',
    figures: [f(18, 18, 'some', 'people')],
  },
  // NZCity (the ABC's explainer), 23 October 2024.
  {
    url: NZCITY_ABC_11000,
    date: '2024-10-23',
    // Training in Russia now: present.
    text: 'About 11,000 North Korean soldiers are being trained in Russia, Ukrainian officials claim',
    figures: [f(11000, 11000, 'about', 'troops', 'troops-present')],
  },
  {
    url: NZCITY_ABC_11000,
    date: '2024-10-23',
    // Soldiers seen in one video, not a count of the force: no measure fits; unscored.
    text: 'It comes after Ukrainian officials released a video that purports to show dozens of North Korean soldiers, who they say were being introduced into the conflict, collecting Russian military uniforms',
    figures: [f(24, 108, 'dozens', 'troops')],
  },
  {
    url: NZCITY_ABC_11000,
    date: '2024-10-23',
    text: "Before footage emerged, South Korea's National Intelligence Service said the neighbouring state had sent about 1,500 soldiers to Russia to fight in Ukraine",
    figures: [f(1500, 1500, 'about', 'troops', 'troops-sent')],
  },
  {
    url: NZCITY_ABC_11000,
    date: '2024-10-23',
    text: "The head of Ukraine's military intelligence, Kyrylo Budanov, later claimed in local media that about 11,000 North Korean soldiers were currently training in eastern Russia",
    figures: [f(11000, 11000, 'about', 'troops', 'troops-present')],
  },
  // ABC News Daily (Australia; a podcast page, no date printed). The introduction is read again
  // in the transcript; each sentence is taken once.
  {
    url: ABC_NEWS_DAILY,
    date: '',
    // A duration.
    text: 'More than two and a half years into the war in Ukraine, Russian President Vladimir Putin has gone to an ally for help',
    figures: [],
  },
  {
    url: ABC_NEWS_DAILY,
    date: '',
    // Arrived in Russia: present.
    text: 'Several thousand North Korean troops have arrived in Russia and are expected to join the fight',
    figures: [f(3000, 9000, 'several thousand', 'troops', 'troops-present')],
  },
  {
    url: ABC_NEWS_DAILY,
    date: '',
    // Carried from North Korea to Russia: those sent.
    text: 'He says the US has tracked about 3,000 North Korean troops who were transported by ship from North Korea to Russia',
    figures: [f(3000, 3000, 'about', 'troops', 'troops-sent')],
  },
  // SBS News (Australia; a podcast page, no date printed).
  {
    url: SBS_TENSIONS,
    date: '',
    // Seen training in Russia: present. "Last week" is a time.
    text: 'Last week, footage of what appeared to be thousands of North Korean troops training in eastern Russia sent alarm bells ringing',
    figures: [f(2000, 9000, 'thousands', 'troops', 'troops-present')],
  },
  {
    url: SBS_TENSIONS,
    date: '',
    // An ordinal.
    text: "It's the first time the secretive state has sent this many troops overseas",
    figures: [],
  },
  {
    url: SBS_TENSIONS,
    date: '',
    // History: an ordinal and a duration.
    text: "North Korea's relationship with Russia dates back to the end of the Second World War, when the Japanese Empire collapsed, ending its 35 year occupation of the Korean peninsula",
    figures: [],
  },
  {
    url: SBS_TENSIONS,
    date: '',
    // History of 1945: the two Americans who drew the line are no figure of this war, and
    // "the 38th parallel" is a name.
    text: 'Without its own government, Korea was temporarily divided along the 38th parallel - by 2 US soldiers looking at a National Geographic map',
    figures: [],
  },
  {
    url: SBS_TENSIONS,
    date: '',
    // A date.
    text: 'In June, Russian President Vladimir Putin and North Korean leader Kim Jong Un signed a mutual defence pact',
    figures: [],
  },
  {
    url: SBS_TENSIONS,
    date: '',
    // In Russia now: present.
    text: 'And now, thousands of North Korean troops are reportedly in Russia, gearing up to fight against Ukraine',
    figures: [f(2000, 9000, 'thousands', 'troops', 'troops-present')],
  },
  // Bharat Pulse News (India; a tag page, no date printed).
  {
    url: BHARATPULSE_TAG,
    date: '',
    // An ordinal.
    text: 'North Korea has officially acknowledged the deployment of its troops to Russia, marking its first confirmed foreign military engagement since the Korean War',
    figures: [],
  },
  {
    url: BHARATPULSE_TAG,
    date: '',
    text: 'South Korea’s National Intelligence Service (NIS) has reported that North Korea has transferred around 1,500 of its special forces to eastern Russia, with plans to deploy them in Russia’s war against Ukraine',
    figures: [f(1500, 1500, 'around', 'troops', 'troops-sent')],
  },
  // Korea JoongAng Daily through Daum (no date printed; 27 October 2024 in its address): the
  // troops gathering at Kursk. A number of troops to be in the area by a coming day is a
  // projection: those expected to have been sent.
  {
    url: DAUM_JOONGANG_5000,
    date: '',
    text: "North Korea's military personnel in Russia expected to hit 5,000",
    figures: [f(5000, 5000, '', 'troops', 'troops-sent-expected')],
  },
  {
    url: DAUM_JOONGANG_5000,
    date: '',
    // "by Monday" is a date.
    text: 'North Korean military personnel have been gathering in Russia’s Kursk region, a contested area that borders Ukraine, with up to 5,000 troops expected to assemble by Monday',
    figures: [f(5000, 5000, 'up to', 'troops', 'troops-sent-expected')],
  },
  {
    url: DAUM_JOONGANG_5000,
    date: '',
    // "thousands more arriving each day" is a rate of arrivals, which no measure fits; unscored.
    // The one Ukrainian and two U.S. officials are the report's sources, not figures.
    text: 'The initial group of North Korean troops reportedly reached Kursk last Wednesday, with “thousands more arriving each day,” The New York Times reported on Friday, citing one Ukrainian and two U.S. officials',
    figures: [f(2000, 9000, 'thousands', 'troops')],
  },
  {
    url: DAUM_JOONGANG_5000,
    date: '',
    text: 'By Monday, the total number of North Korean troops in the area is projected to reach 5,000, the report added',
    figures: [f(5000, 5000, '', 'troops', 'troops-sent-expected')],
  },
  // NK News (Seoul; no date printed, June 2025 in its address): the NIS's forecast.
  {
    url: NKNEWS_JULY,
    date: '',
    // Engineers and builders in one number: the words do not decide the measure; unscored.
    // "as early as July" is a date.
    text: 'Seoul warns thousands of North Koreans to arrive in Russia as early as July',
    figures: [f(2000, 9000, 'thousands', 'troops')],
  },
  {
    url: NKNEWS_JULY,
    date: '',
    // A duration.
    text: 'with deployments taking place a month after each trip',
    figures: [],
  },
  // YTN (Seoul; a transcript of the lawmakers' briefing on the NIS, in English; no date printed,
  // 20 November 2024 in its address).
  {
    url: YTN_BRIEFING,
    date: '',
    // A possible total of troops sent, "could increase to": neither troops already sent nor a
    // projection of them, nor further troops; unscored.
    text: "With the Ukrainian president recently publicly mentioning that North Korea's dispatch of troops to Russia could increase to 100,000, attention is being paid to whether there has been a report on related trends",
    figures: [f(100000, 100000, '', 'troops')],
  },
  {
    url: YTN_BRIEFING,
    date: '',
    // A count of topics.
    text: 'It contains about two main contents',
    figures: [],
  },
  {
    url: YTN_BRIEFING,
    date: '',
    // A count of topics.
    text: 'Foreign Minister Choi Sun-hee recently visited Russia, and we will explain two things about the background and results',
    figures: [],
  },
  {
    url: YTN_BRIEFING,
    date: '',
    // A unit's name.
    text: "regarding the North Korean military's dispatch to Russia, the North Korean troops, which are composed of 11th Corps troops, have already been in the media",
    figures: [],
  },
  {
    url: YTN_BRIEFING,
    date: '',
    // Deployed to Kursk: those sent ("Ma" as printed in the transcript). "around late October"
    // is a date.
    text: 'More than 11,000 Ma are believed to have been deployed to Kursk around late October after completing local adaptation training in northeastern Russia',
    figures: [f(11000, 11000, 'more than', 'troops', 'troops-sent')],
  },
];
