/**
 * The twenty-sixth held-out set (issue 22): selections from fifteen more public articles on North
 * Korean troops in Russia's war, October 2024 to March 2026, from sites whose name (after any
 * "www.", "m.", "en." or "english.") starts with a letter from a to m or a digit:
 * - The Kyiv Independent (5 October 2024): half of Russia's shells from North Korea (The Times);
 * - CKHQ (en.ckhq.net, The Wall Street Journal's report): some 15,000 labour migrants in Russia;
 * - KCNA Watch (KCNA, March 2026): Kim at the memorial museum of the overseas operations;
 * - B-17 News (Business Insider's story, November 2024): Russia trains North Koreans on drones;
 * - Dagens: how Russia trains the North Korean soldiers (The Washington Post);
 * - The Daily Ittefaq (Deutsche Welle's report, April 2025): Pyongyang's first admission;
 * - Burgas Media (The Japan Times' interview): Budanov on 5,000 killed or wounded;
 * - Kyiv Post (February 2025): Budanov's "as many as 8,000" still at the front;
 * - The Daily Guardian (June 2025): Kim at the coffins of the dead brought home;
 * - Fortune Forward (December 2025): the engineers home from Kursk and their nine dead;
 * - Atlas Webrise (Radio Free Asia's story, December 2024): Zelensky's 3,000, Seoul's 1,100;
 * - Devdiscourse (October 2024, Reuters): Zelensky in Brussels on 10,000 to be sent;
 * - Aussiedlerbote (21 October 2024, dpa): Seoul's 12,000 in four brigades, the first 1,500;
 * - Korea Daily US (Korea JoongAng Daily's story, June 2025): the UK's more than 6,000;
 * - FN News Global (October 2024): the NIS's 3,000 sent and 10,000 by December.
 * They were found with the library's page search (English pages only; queries on prisoners,
 * munitions, workers, the memorial, rotations, drone training, Pyongyang's admission, Budanov's
 * estimates, the deminers, the NIS briefings, the coffins, suicides before capture, Zelensky's
 * estimates, missiles, occupied Ukraine, the UK's estimates and the third deployment) and taken
 * in the order the search gave them, not for being easy or hard. None is among ../shared/sources
 * or the addresses used before, and none is a repost or rewrite of one of their articles. Passed
 * over: a memorial story on All The News (the same wire story as Prism's, used); Censor.net's
 * retelling of the New York Times on the first arrivals in Kursk (the story News Pravda's, used,
 * retells); the second copy of Business Insider's drone story (eriinfo.com; B-17's, first in the
 * search, was kept); AFP's admission story on viigoo.eu.org (AFP's, as The Sun's, used); a
 * category page of Akamai Daily News (no article); LifeUkr's rewrite of The Kyiv Independent's
 * story on Budanov's 8,000 (used); Fox News' and CRBC News' tellings of Reuters' story on the
 * deminers (the story Interbellum News, used, retells); the Korea Times US reprint of Yonhap's
 * coffin story (passed over by set 19 too); Reuters' story on suicides before capture (Top News,
 * Allaroundworlds, Mint; Timeline Daily's and News Finale's copies used); ABC News on Zelensky's
 * offer of a swap (possibly the same ABC story i929fm's copy of was used); Daily8's copy of
 * Bloomberg's story on the UK's 6,000 (MENAFN's copy used); AFP's story on the 2,000 dead (Aaja
 * Ka Kura; its Arabic rendering is in ../shared/sources); a CNN video page on European Journal
 * whose stored text is one caption with no date; and Devdiscourse's short rewrite of Reuters on
 * Zelensky's 3,000 of 23 December 2024, whose one sentence with a number holds the words of a row
 * of set 3 (Urdupoint's, perhaps the same wire story). Pages out of October 2024 – 2026
 * (munitions and missile stories of 2023 and early 2024) and pages not in English were passed
 * over.
 * Every sentence with a number (digits or number words) was taken, up to where the stored text
 * stops, also where the number is no figure. What a reader takes from each was written down
 * before the parser ever ran on them, by someone who had not read the parser's code nor run any
 * held-out, development or phrase test while writing it; it is to be scored once, and the parser
 * is not tuned on it. Only the short selections are stored, with their article's address and date
 * ('' when the stored page does not print one, even where the address carries one).
 * Conventions, as in the earlier sets: vague quantities are "hundreds" 200–900, "thousands"
 * 2,000–9,000, "tens of thousands" 20,000–90,000, "dozens" 24–108, "several" 3–9; "half" is 50 %. A
 * count stated as a claim is a figure, also when the article said it before; a number that only
 * points back at people already counted is not. Troops "deployed" or "sent" are troops sent; troops
 * "there", "inside Russia", "fighting" or "moved to" a region are troops present; a total planned
 * or expected (by a date or not) is a projection. Shells, missiles or guns said to be sent or
 * supplied are munitions supplied; a yearly rate of shells, counts of containers and shares of
 * shells are figures with no measure. Whose figure follows whose people are counted: Kim's own
 * count of his dead is killed-acknowledged. Where the words do not decide a measure (soldiers
 * "being trained" without saying where, builders and sappers counted together) or no measure fits
 * (civilian workers, North Korea's whole army at home, a share of a building finished, shares of
 * shells or missiles), the measure is left out (not scored), with the reason beside it. Dates,
 * durations ("120-day", "about three weeks", "a couple of days"), ordinals ("the first time",
 * "first anniversary", "21st-century"), counts of units ("four brigades"), unit names ("11th
 * Corps", "1st Combat Divers Battalion"), an article number ("Article 4"), calibres ("240
 * millimeter") and an outlet's name ("B-17") are not figures.
 */
import { f } from './phrases';
import type { HeldOutRow } from './heldOut';

const KYIVINDEPENDENT_SHELLS =
  'https://kyivindependent.com/half-of-russias-shells-used-in-ukraine-supplied-by-north-korea-the-times-reports/';
const CKHQ_LABOUR = 'https://en.ckhq.net/html/41227f52aead92509b4c1e35c0806c80.html';
const KCNAWATCH_MUSEUM =
  'https://kcnawatch.org/newstream/1773711329-73707176/respected-comrade-kim-jong-un-inspects-memorial-museum-of-combat-feats-at-overseas-military-operations-under-construction';
const B17_DRONES =
  'https://b17news.com/russia-is-passing-on-deadly-drone-techniques-to-north-korea-ukraine-official-tells-b-17';
const DAGENS_TRAINING =
  'https://dagens.com/war/this-is-how-russia-is-training-north-korean-soldiers-in-ukraine';
const ITTEFAQ_CONFIRMS =
  'https://en.ittefaq.com.bd/11679/n-korea-confirms-troop-deployment-to-russia';
const BURGAS_BUDANOV =
  'https://burgasmedia.com/amp/news/voenno-satrudnichestvo-rusiya-severna-koreya-zaplaha-za-sigurnostta?lang=en';
const KYIVPOST_8000 = 'https://kyivpost.com./post/46411';
const DAILYGUARDIAN_COFFINS =
  'https://latest.thedailyguardian.com/north-korea/kim-jong-un-cries-for-north-korean-troops-killed-fighting-for-russia-in-ukraine/amp';
const FORTUNEFWD_ENGINEERS =
  'https://fortunefwd.com/kim-jong-un-honors-fallen-soldiers-as-troops-return-from-mine-clearing-mission';
const ATLASWEBRISE_3000 = 'https://atlaswebrise.com/north-korea-casualties-russia';
const DEVDISCOURSE_BRUSSELS =
  'https://www.devdiscourse.com/article/law-order/3125287-north-koreas-stealthy-involvement-in-ukraine';
const AUSSIEDLERBOTE_12000 =
  'https://aussiedlerbote.de/en/international-alliance-nato-issues-alarm-over-potential-intensification-in-ukraines-situation/';
const KOREADAILYUS_6000 =
  'https://www.koreadailyus.com/north-korea-likely-suffered-6000-casualties-fighting-in-ukraine-british-intelligence-says';
const FNNEWS_3000 = 'https://fnnewsglobal.com/?p=445517';

export const HELD_OUT_26: HeldOutRow[] = [
  // The Kyiv Independent, 5 October 2024: half of Russia's shells (The Times).
  {
    url: KYIVINDEPENDENT_SHELLS,
    date: '2024-10-05',
    // A share of the shells Russia uses, not a count supplied: no measure fits; unscored.
    // "Oct. 4" is a date.
    text: 'Half of all the artillery shells used by Russia in Ukraine are supplied by North Korea, The Times reported on Oct. 4, citing Western intelligence sources.',
    figures: [f(50, 50, '', '%')],
  },
  {
    url: KYIVINDEPENDENT_SHELLS,
    date: '2024-10-05',
    // A yearly rate of shells, not a count supplied (as sets 10 and 21 took such rates); unscored.
    text: 'According to the newspaper, around 3 million a year are being shipped from Pyongyang to Moscow, though a large number are believed to be faulty.',
    figures: [f(3000000, 3000000, 'around', 'munitions')],
  },
  {
    url: KYIVINDEPENDENT_SHELLS,
    date: '2024-10-05',
    // Shells in containers North Korea sent, "presumably to Russia": supplied (as set 21 took
    // "containers with up to six million artillery shells"). The printed approximator is "as many
    // as more than"; its last words are taken.
    text: 'In August, Yonhap reported that North Korea sent containers presumably to Russia that could contain as many as more than 6 million artillery shells.',
    figures: [f(6000000, 6000000, 'more than', 'munitions', 'munitions-supplied')],
  },
  {
    url: KYIVINDEPENDENT_SHELLS,
    date: '2024-10-05',
    text: "Shin Won-sik, South Korean defense minister, said in June that Pyongyang also sent dozens of ballistic missiles that Moscow's troops launch against Ukraine.",
    figures: [f(24, 108, 'dozens', 'munitions', 'munitions-supplied')],
  },
  {
    url: KYIVINDEPENDENT_SHELLS,
    date: '2024-10-05',
    // A share of the missiles fired that failed: no measure fits; unscored. "May 7" is a date.
    text: "But their reliability has also been questioned — around half of the North Korean missiles fired at Ukraine by Russia have malfunctioned and exploded in mid-air, Reuters reported on May 7, citing Ukraine's Prosecutor General's Office.",
    figures: [f(50, 50, 'around', '%')],
  },
  // CKHQ (no date printed; The Wall Street Journal's report): the labour migrants.
  {
    url: CKHQ_LABOUR,
    date: '',
    // Civilian workers, not soldiers: a figure, no measure fits; unscored.
    text: 'North Korea has sent approximately 15,000 labor immigrants to Russia to alleviate severe labor shortages caused by war casualties, population decline, and emigration.',
    figures: [f(15000, 15000, 'approximately', 'people')],
  },
  {
    url: CKHQ_LABOUR,
    date: '',
    // A working day's length.
    text: 'mainly work in the Russian Far East, working 12 hours a day with low pay',
    figures: [],
  },
  // KCNA Watch (KCNA), 17 March 2026: Kim at the memorial museum under construction.
  {
    url: KCNAWATCH_MUSEUM,
    date: '2026-03-17',
    // A date.
    text: 'gave on-site guidance at the Memorial Museum of Combat Feats at the Overseas Military Operations under construction on March 16.',
    figures: [],
  },
  {
    url: KCNAWATCH_MUSEUM,
    date: '2026-03-17',
    // The share of a building finished: a figure, no measure fits; unscored.
    text: 'The construction is now under way at 93 percent of the total project.',
    figures: [f(93, 93, '', '%')],
  },
  {
    url: KCNAWATCH_MUSEUM,
    date: '2026-03-17',
    // An ordinal.
    text: 'The Memorial Museum of Combat Feats will be inaugurated on the occasion of the first anniversary of the liberation of Kursk',
    figures: [],
  },
  // B-17 News (no date printed; Business Insider's story of November 2024): drone training.
  {
    url: B17_DRONES,
    date: '',
    // "B-17" is the outlet's name.
    text: 'Russia is now training North Koreans in drone operations and other modern warfare techniques, a Ukrainian official told B-17.',
    figures: [],
  },
  {
    url: B17_DRONES,
    date: '',
    // "Moved to" the region: those there (as the earlier sets took "deployed in the Kursk
    // region" and "stationed"). "Late last month" is a date.
    text: 'Late last month, US Secretary of State Antony Blinken said that up to 8,000 North Korean troops had been moved to the Russian region of Kursk',
    figures: [f(8000, 8000, 'up to', 'troops', 'troops-present')],
  },
  {
    url: B17_DRONES,
    date: '',
    // "That number" is the count in Kursk, raised: a new claim of those there.
    text: 'On Monday, Ukrainian President Volodymyr Zelenskyy upped that number to 11,000',
    figures: [f(11000, 11000, '', 'troops', 'troops-present')],
  },
  {
    url: B17_DRONES,
    date: '',
    // A decade and the outlet's name.
    text: 'Experts have told B-17 that the direct combat experience North Korean troops will get fighting Ukraine is a massive boon for the secretive state, which has not seen major combat since the 1950s.',
    figures: [],
  },
  // Dagens (no date printed): how Russia trains the North Korean soldiers (The Washington Post).
  {
    url: DAGENS_TRAINING,
    date: '',
    text: 'South Korean intelligence estimates that North Korea has sent around 11,000 troops to support Russia, according to WP.',
    figures: [f(11000, 11000, 'around', 'troops', 'troops-sent')],
  },
  // The Daily Ittefaq (no date printed; Deutsche Welle's report): Pyongyang's admission.
  {
    url: ITTEFAQ_CONFIRMS,
    date: '',
    // An ordinal.
    text: 'North Korea admitted for the first time that it has sent troops to fight for Russia in the war with Ukraine.',
    figures: [],
  },
  {
    url: ITTEFAQ_CONFIRMS,
    date: '',
    text: 'North Korea is estimated to have sent nearly 14,000 troops to fight alongside Russian forces.',
    figures: [f(14000, 14000, 'nearly', 'troops', 'troops-sent')],
  },
  {
    url: ITTEFAQ_CONFIRMS,
    date: '',
    // An ordinal.
    text: 'Russia confirmed on Saturday for the first time that North Korean soldiers have been fighting alongside Russians in Kursk.',
    figures: [],
  },
  // Burgas Media (no date printed; The Japan Times' interview): Budanov on the cooperation.
  {
    url: BURGAS_BUDANOV,
    date: '',
    // North Korea's whole army at home, no quantity of this war: a figure, no measure; unscored.
    text: 'the experience from the conflict in Ukraine is being transmitted to the entire 1.3-million-strong army of the DPRK',
    figures: [f(1300000, 1300000, '', 'troops')],
  },
  {
    url: BURGAS_BUDANOV,
    date: '',
    text: 'According to estimates by the Main Intelligence Directorate of Ukraine (GUR), about 5,000 North Korean soldiers have been killed or wounded in the Kursk region alone.',
    figures: [f(5000, 5000, 'about', 'people', 'killed-or-wounded')],
  },
  {
    url: BURGAS_BUDANOV,
    date: '',
    // An ordinal century.
    text: '"Their unpreparedness for 21st-century warfare", Budanov commented, explaining the initial high losses among North Korean forces.',
    figures: [],
  },
  {
    url: BURGAS_BUDANOV,
    date: '',
    // Engineering units for demining and rebuilding, sappers and builders together; unscored
    // (as the earlier sets took the same 6,000).
    text: 'the Russian Defense Minister recently announced that the DPRK would send engineering units of 6,000 personnel for demining and reconstruction activities in the Kursk region',
    figures: [f(6000, 6000, '', 'troops')],
  },
  {
    url: BURGAS_BUDANOV,
    date: '',
    // A count of containers, not of shells (as the earlier sets); unscored. The stored text
    // stops within the sentence.
    text: 'Budanov revealed that the DPRK has supplied Russia with tens of thousands of containers of ammunition',
    figures: [f(20000, 90000, 'tens of thousands', null)],
  },
  // Kyiv Post (no date printed; February 2025): Budanov on those still at the front.
  {
    url: KYIVPOST_8000,
    date: '',
    // Still fighting there: those present.
    text: 'He said that there are still as many as 8,000 fighting on the front lines in Kursk',
    figures: [f(8000, 8000, 'as many as', 'troops', 'troops-present')],
  },
  {
    url: KYIVPOST_8000,
    date: '',
    // A duration.
    text: '“We have to wait some time to see if there are any real changes or if this is just lower activities for a couple of days.”',
    figures: [],
  },
  {
    url: KYIVPOST_8000,
    date: '',
    // A duration.
    text: '“The presence of DPRK troops has not been observed for about three weeks, and they were probably forced to withdraw after suffering heavy losses.”',
    figures: [],
  },
  {
    url: KYIVPOST_8000,
    date: '',
    // A unit name.
    text: 'A similar assessment came from the commander of Ukraine’s 1st Combat Divers Battalion with the call sign “Puls.”',
    figures: [],
  },
  // The Daily Guardian (no date printed; June 2025): Kim at the coffins.
  {
    url: DAILYGUARDIAN_COFFINS,
    date: '',
    // An ordinal.
    text: 'Kim was seen placing his hands on flag-covered coffins, paying homage to his nation’s foreign combat deaths for the very first time.',
    figures: [],
  },
  {
    url: DAILYGUARDIAN_COFFINS,
    date: '',
    // "Casualties" as printed (the words do not say dead), beside the wounded. "late 2024" is a
    // date.
    text: 'South Korea estimates 15,000 North Korean soldiers have been sent since late 2024, with 600 casualties and almost 5,000 wounded.',
    figures: [
      f(15000, 15000, '', 'troops', 'troops-sent'),
      f(600, 600, '', 'people', 'casualties'),
      f(5000, 5000, 'almost', 'people', 'wounded'),
    ],
  },
  {
    url: DAILYGUARDIAN_COFFINS,
    date: '',
    // A count of occasions ("several dates") and a year.
    text: 'Videos also depicted Kim as a field commander, signing orders for attacking Kursk on several dates in 2023.',
    figures: [],
  },
  {
    url: DAILYGUARDIAN_COFFINS,
    date: '',
    // A date.
    text: 'The June 2024 military agreement contains a mutual defense provision.',
    figures: [],
  },
  // Fortune Forward (no date printed; December 2025): the engineers home from Kursk.
  {
    url: FORTUNEFWD_ENGINEERS,
    date: '',
    // A hall's name, which holds a date.
    text: 'At that ceremony, held in the April 25 House of Culture in Pyongyang, North Korean leader Kim Jong Un reportedly gave thanks and lament.',
    figures: [],
  },
  {
    url: FORTUNEFWD_ENGINEERS,
    date: '',
    // Kim's own count of the regiment's dead. "120-day" is a duration.
    text: 'Kim Jong-un celebrated nine members of the regiment who died in their 120-day deployment that started last August.',
    figures: [f(9, 9, '', 'people', 'killed-acknowledged')],
  },
  // Atlas Webrise (no date printed; Radio Free Asia's story of 23 December 2024).
  {
    url: ATLASWEBRISE_3000,
    date: '',
    text: 'Ukrainian President Volodymyr Zelenskyy said more than 3,000 North Korean soldiers had been killed or wounded in Russia’s Kursk region',
    figures: [f(3000, 3000, 'more than', 'people', 'killed-or-wounded')],
  },
  {
    url: ATLASWEBRISE_3000,
    date: '',
    // "There are" inside Russia: those present.
    text: 'American, South Korean and Ukrainian authorities have said there are up to 12,000 North Korean soldiers inside Russia',
    figures: [f(12000, 12000, 'up to', 'troops', 'troops-present')],
  },
  {
    url: ATLASWEBRISE_3000,
    date: '',
    text: '“According to preliminary data, the number of killed and wounded North Korean soldiers in the Kursk region already exceeds 3,000 people,” said Zelenskyy on his Telegram channel on Monday',
    figures: [f(3000, 3000, 'exceeds', 'people', 'killed-or-wounded')],
  },
  {
    url: ATLASWEBRISE_3000,
    date: '',
    text: 'Zelenskyy’s estimate of North Korean losses is higher than that of South Korea, where authorities said on Monday at least 1,100 North Korean troops had been killed or wounded.',
    figures: [f(1100, 1100, 'at least', 'people', 'killed-or-wounded')],
  },
  {
    url: ATLASWEBRISE_3000,
    date: '',
    // A calibre. (The rest of the quote, from "currently", is a row of set 6 from another
    // article; the selection stops before it.)
    text: 'North Korea is preparing to rotate or increase the deployment of troops [in Russia], while currently supplying 240 millimeter rocket launchers',
    figures: [],
  },
  // Devdiscourse (no date printed; October 2024, Reuters): Zelensky in Brussels.
  {
    url: DEVDISCOURSE_BRUSSELS,
    date: '',
    // A total North Korea means to send: a projection of those sent (as set 24 took "plans to
    // send a total of 10,000"). Unsure: set 25 took "preparing to deploy up to 10,000" as
    // possible further troops.
    text: 'He further revealed in Brussels that North Korea intends to deploy 10,000 soldiers to assist in the conflict against Ukraine.',
    figures: [f(10000, 10000, '', 'troops', 'troops-sent-expected')],
  },
  {
    url: DEVDISCOURSE_BRUSSELS,
    date: '',
    text: 'During a briefing in Brussels, Zelenskiy warned that North Korea is poised to send 10,000 soldiers to join the fight against Ukraine.',
    figures: [f(10000, 10000, '', 'troops', 'troops-sent-expected')],
  },
  // Aussiedlerbote, 21 October 2024 (dpa): Seoul's 12,000 and the first 1,500.
  {
    url: AUSSIEDLERBOTE_12000,
    date: '2024-10-21',
    // Planned, not yet sent: a projection. "four brigades" counts units.
    text: 'The intelligence sector of South Korea suspects that North Korea is planning to dispatch around 12,000 troops, which equates to four brigades, to aid in conflicts against Ukraine.',
    figures: [f(12000, 12000, 'around', 'troops', 'troops-sent-expected')],
  },
  {
    url: AUSSIEDLERBOTE_12000,
    date: '2024-10-21',
    text: "South Korea's NATO partner recently confirmed the deployment of 1,500 North Korean soldiers in Russia.",
    figures: [f(1500, 1500, '', 'troops', 'troops-sent')],
  },
  {
    url: AUSSIEDLERBOTE_12000,
    date: '2024-10-21',
    // The same plan again, in Yonhap's words: a projection. "four brigades" counts units.
    text: 'North Korea intends to send "four brigades with 12,000 soldiers, including special forces" to the front.',
    figures: [f(12000, 12000, '', 'troops', 'troops-sent-expected')],
  },
  {
    url: AUSSIEDLERBOTE_12000,
    date: '2024-10-21',
    // Soldiers "being trained", where the words do not say: neither sent nor present is
    // decided; unscored.
    text: '"Intelligence reports reveal that we\'re dealing with 10,000 North Korean soldiers being trained to combat us."',
    figures: [f(10000, 10000, '', 'troops')],
  },
  {
    url: AUSSIEDLERBOTE_12000,
    date: '2024-10-21',
    // A year.
    text: 'it initially claimed that the soldiers without identification badges in Crimea in 2014 were not Russian soldiers',
    figures: [],
  },
  // Korea Daily US (no date printed; Korea JoongAng Daily's story of June 2025): the UK's 6,000.
  {
    url: KOREADAILYUS_6000,
    date: '',
    // "June 15" is a date.
    text: 'North Korea has “highly likely” suffered more than 6,000 casualties in fighting Ukrainian forces in the Kursk front for Russia, Britain’s Defense Ministry said in a new report on June 15.',
    figures: [f(6000, 6000, 'more than', 'people', 'casualties')],
  },
  {
    url: KOREADAILYUS_6000,
    date: '',
    // The report's own words, the same count claimed again.
    text: '“The Democratic People’s Republic of Korea (DPRK) forces have highly likely suffered more than 6,000 casualties in offensive combat operations against Ukrainian forces in the Russian oblast of Kursk,”',
    figures: [f(6000, 6000, 'more than', 'people', 'casualties')],
  },
  {
    url: KOREADAILYUS_6000,
    date: '',
    // The casualties as a share of those first sent, and those sent.
    text: '“The total casualties amount to more than half of the approximately 11,000 DPRK troops initially deployed to the Kursk region,” the report said.',
    figures: [
      f(50, 50, 'more than', '%', 'share-of-force-lost'),
      f(11000, 11000, 'approximately', 'troops', 'troops-sent'),
    ],
  },
  {
    url: KOREADAILYUS_6000,
    date: '',
    // A date.
    text: '“On June 4, Russian Security Council Secretary and ex-Defense Minister Sergei Shoigu reportedly visited DPRK for a meeting with DPRK leader Kim Jong-un,” the report went on.',
    figures: [],
  },
  {
    url: KOREADAILYUS_6000,
    date: '',
    // A photo caption's date.
    text: "meeting with Secretary of the Russian Security Council Sergei Shoigu at the headquarters of the Workers' Party of Korea Central Committee in Pyongyang, North Korea, on June 4.",
    figures: [],
  },
  // FN News Global (no date printed; October 2024): the NIS briefing of 23 October.
  {
    url: FNNEWS_3000,
    date: '',
    // "10,0000" is a misprint of 10,000 (the next sentence and the quoted NIS say 10,000): a
    // careful reader takes 10,000, a projection by December.
    text: 'South Korea’s National Intelligence Service (NIS) has reported that about 3,000 North Korean troops have been deployed to Russia so far, expecting a total of 10,0000 to be sent by December.',
    figures: [
      f(3000, 3000, 'about', 'troops', 'troops-sent'),
      f(10000, 10000, '', 'troops', 'troops-sent-expected'),
    ],
  },
  {
    url: FNNEWS_3000,
    date: '',
    text: 'They also anticipate that North Korea plans to deploy a total of about 10,000 troops by December.',
    figures: [f(10000, 10000, 'about', 'troops', 'troops-sent-expected')],
  },
  {
    url: FNNEWS_3000,
    date: '',
    text: '“It appears that an additional 1,500 troops have been dispatched (to Russia), bringing the total estimate to about 3,000.',
    figures: [
      f(1500, 1500, '', 'troops', 'troops-additional'),
      f(3000, 3000, 'about', 'troops', 'troops-sent'),
    ],
  },
  {
    url: FNNEWS_3000,
    date: '',
    text: 'The deployment of approximately 10,000 troops, as Russia and North Korea have planned, is expected to be completed by December.”',
    figures: [f(10000, 10000, 'approximately', 'troops', 'troops-sent-expected')],
  },
  {
    url: FNNEWS_3000,
    date: '',
    // An article's number.
    text: 'Article 4 of this treaty stipulates that the other will provide immediate military assistance if either country is invaded.',
    figures: [],
  },
  {
    url: FNNEWS_3000,
    date: '',
    // A unit name.
    text: 'The so-called elite 11th Corps, known as the Storm Corps special operations unit, is the main force of the deployment.',
    figures: [],
  },
];
