/**
 * The two pages the bench loads, generated from sentence templates (deterministic: a seeded
 * generator picks the sentences, so every run and every machine measures the same bytes).
 *
 * - plain: a long article that never names MDMA. It measures what every ordinary page pays
 *   for the extension: the every-page script, settings and the gate.
 * - dense: the same kind of article with claim sentences the detector recognises mixed in, so
 *   the whole annotator (detector, ranges, highlights) runs over a page far heavier than any
 *   real one.
 */

/** 2 MiB: about ten times a long news article with its markup. */
export const PAGE_BYTES = 2 * 1024 * 1024;

/** Sentences about a city's tram network: ordinary prose with no word the gate looks for. */
export const PLAIN_SENTENCES: readonly string[] = [
  'The new tram line runs from the harbour to the university in about twenty minutes.',
  'Residents along the eastern avenue asked the council for a stop near the market hall.',
  'Engineers replaced the old rails over the winter, working mostly at night.',
  'A ticket bought at the machine is valid for ninety minutes on every line.',
  'Cyclists worry that the tracks make the narrow streets harder to cross.',
  'The depot at the end of the line can hold forty vehicles when the network is quiet.',
  'During the festival week the trams ran every four minutes until after midnight.',
  'Shop owners reported more customers once the works on the high street were finished.',
  'The city plans to extend the network to the airport before the end of the decade.',
  'Older carriages will be sold to a museum that restores historic transport.',
  'Each vehicle has space for two wheelchairs and four bicycles near the middle doors.',
  'A timetable change in the spring moved the first departure half an hour earlier.',
  'Drivers train for six weeks before they take passengers on their own.',
  'The bridge over the river had to be strengthened to carry the heavier trams.',
  'Surveys show that most riders used to make the same journey by car.',
  'Noise from the curve near the cathedral fell after the rails were ground smooth.',
  'The council published the cost of the project, line by line, on its website.',
  'Children under twelve travel free when they ride with an adult.',
  'A storm in October brought down a power line and stopped the western branch for a day.',
  'Planners expect the busiest stop to see twelve thousand passengers on a weekday.',
  'New shelters at each platform show the minutes until the next departure.',
  'The old bus route that followed the same streets was withdrawn last year.',
  'Traffic lights now give the tram priority at the main junctions.',
  'Neighbours were invited to choose the colour of the new vehicles in a public vote.',
  'Maintenance crews inspect the overhead wires every week with a special car.',
  'A night service on Fridays and Saturdays started as a trial and was kept.',
  'The line climbs gently past the hospital before it reaches the terminus on the hill.',
  'Property prices near the stations rose faster than in the rest of the city.',
  'Historians point out that the city had trams once before, until the nineteen fifties.',
  'Visitors can buy a day pass that also covers the ferry across the bay.',
];

/** Claim sentences, one per kind of claim, in our own words; each names MDMA itself. */
export const CLAIM_SENTENCES: readonly string[] = [
  'The magazine told readers that the FDA approved MDMA therapy for veterans last spring.',
  'In fact the FDA has still not approved MDMA for any condition.',
  'A podcast guest said MDMA cures PTSD for good after a few sessions.',
  'One clinic promises that MDMA releases trauma stored in the body.',
  'The brochure says MDMA is not addictive at all.',
  'Heavy ecstasy use may damage serotonin nerve endings in the brain.',
  'In the United States MDMA is still a Schedule I controlled substance.',
  'MDMA raises blood pressure and heart rate for several hours.',
  'Supporters say molly from a dealer is the same drug the trials used.',
  'MDMA triggers a large release of serotonin in the brain.',
  'A journal retracted several papers on MDMA therapy for PTSD.',
  'Almost every participant could tell whether they had received MDMA or a placebo.',
  'Since 2023 psychiatrists in Australia can prescribe MDMA for PTSD.',
  'MDMA raises levels of oxytocin, the hormone tied to bonding.',
  'The benefits of MDMA therapy lasted at least a year after the last session.',
];

/** A small seeded generator (mulberry32): the same seed gives the same page. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)] as T;
}

export interface PageOptions {
  /** Size to reach, in UTF-8 bytes; the page ends at the first paragraph past it. */
  bytes?: number;
  /** One paragraph in this many carries a claim sentence; 0 for none. */
  claimEvery?: number;
  seed?: number;
}

const HEAD = (title: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>` +
  '<style>body{font:16px/1.5 serif;max-width:40em;margin:auto}nav a{margin-right:1em}</style>' +
  `</head><body><header><nav><a href="#">Home</a><a href="#">City</a><a href="#">Transport</a>` +
  `</nav></header><main><article><h1>${title}</h1>\n`;
const TAIL =
  '</article></main><footer><p>City desk. All rights reserved.</p></footer></body></html>\n';

/**
 * An article of sections, each a heading and paragraphs of four to seven sentences (now and
 * then a list), up to `bytes`. With `claimEvery`, every that many paragraphs one sentence is a
 * claim sentence, so claims are spread over the whole page rather than bunched at the top.
 */
export function generatePage(title: string, options: PageOptions = {}): string {
  const { bytes = PAGE_BYTES, claimEvery = 0, seed = 1 } = options;
  const random = seededRandom(seed);
  const parts: string[] = [HEAD(title)];
  let size = Buffer.byteLength(parts[0] as string);
  const tail = Buffer.byteLength(TAIL);
  for (let paragraph = 0; size + tail < bytes; paragraph++) {
    let html = '';
    if (paragraph % 12 === 0) html += `<h2>Part ${paragraph / 12 + 1}</h2>\n`;
    const sentences = Array.from({ length: 4 + Math.floor(random() * 4) }, () =>
      pick(PLAIN_SENTENCES, random),
    );
    if (claimEvery > 0 && paragraph % claimEvery === 0) {
      sentences.splice(Math.floor(random() * sentences.length), 0, pick(CLAIM_SENTENCES, random));
    }
    html +=
      paragraph % 20 === 19
        ? `<ul>${sentences.map((s) => `<li>${s}</li>`).join('')}</ul>\n`
        : `<p>${sentences.join(' ')}</p>\n`;
    parts.push(html);
    size += Buffer.byteLength(html);
  }
  parts.push(TAIL);
  return parts.join('');
}

export function plainPage(options: PageOptions = {}): string {
  return generatePage('Riding the new tram', { ...options, claimEvery: 0 });
}

/** A claim in one paragraph in ten: about 470 claims in 2 MiB, one every 4.5 KB of markup. */
export function densePage(options: PageOptions = {}): string {
  return generatePage('Riding the new tram, and what people say about MDMA', {
    claimEvery: 10,
    ...options,
  });
}
