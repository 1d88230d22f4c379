/**
 * Which drug a sentence is about. Rule 1 and 5 of the corpus: a claim counts only about MDMA
 * (named as MDMA, ecstasy, molly, midomafetamine, MDMA-AT, or the sponsor's product), and the
 * same words about psilocybin, ketamine, LSD, SSRIs or "psychedelics" in general are not it.
 */
export type Topic = 'mdma' | 'other';

/** Names of MDMA. Lykos is included because its only product is MDMA-assisted therapy. */
export const MDMA_TERMS = [
  'mdma',
  'mdma at',
  'ecstasy',
  'ecstacy',
  'esctasy',
  'molly',
  'mollies',
  'midomafetamine',
  'methylenedioxymethamphetamine',
  'methylenedioxy methamphetamine',
  'lykos',
];

/**
 * Other drugs and treatments named in the same pages. Generic "psychedelics" counts as other:
 * a sentence about the class is not a claim about MDMA unless MDMA is named in it.
 */
export const OTHER_DRUG_TERMS = [
  'psilocybin',
  'psilocin',
  'comp360',
  'magic mushroom*',
  'mushrooms',
  'truffles',
  'ketamine',
  'esketamine',
  'spravato',
  'lsd',
  'acid',
  'ssri',
  'ssris',
  'sertraline',
  'paroxetine',
  'zoloft',
  'paxil',
  'fluoxetine',
  'prozac',
  'antidepressant',
  'antidepressants',
  'ayahuasca',
  'ibogaine',
  'dmt',
  'bufo',
  'cannabis',
  'marijuana',
  'cocaine',
  'methylone',
  'cathinone*',
  'psychedelics',
  'classic psychedelic*',
  'hallucinogens',
  'prolonged exposure',
];
