import { describe, expect, it } from 'vitest';
import { CLAIMS } from '../data/claims/index';
import { toClaimReview, toClaimReviews, type ReviewableClaim } from './claimreview';

const sample: ReviewableClaim = {
  id: 'fda-approved',
  title: 'The FDA has approved MDMA-assisted therapy',
  summary: 'No. The FDA declined to approve it in August 2024.',
  verdict: 'false',
  reviewedOn: '2026-11-27',
  sources: [
    {
      title: 'MDMA-assisted therapy for severe PTSD',
      publisher: 'Nature Medicine',
      year: 2021,
      url: 'https://doi.org/10.1038/s41591-021-01336-3',
      doi: '10.1038/s41591-021-01336-3',
      type: 'rct',
    },
    {
      title: 'ICER final evidence report',
      publisher: 'ICER',
      year: 2024,
      url: 'https://icer.org/x',
      type: 'independent-review',
    },
  ],
};

describe('toClaimReview', () => {
  it('maps one claim to a schema.org ClaimReview', () => {
    expect(toClaimReview(sample)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      identifier: 'fda-approved',
      claimReviewed: 'The FDA has approved MDMA-assisted therapy',
      text: 'No. The FDA declined to approve it in August 2024.',
      reviewRating: {
        '@type': 'Rating',
        identifier: 'false',
        alternateName: 'False',
        ratingValue: 1,
        bestRating: 5,
        worstRating: 1,
      },
      author: { '@type': 'Organization', name: 'MDMA Evidence Lens' },
      datePublished: '2026-11-27',
      dateModified: '2026-11-27',
      citation: [
        {
          '@type': 'CreativeWork',
          name: 'MDMA-assisted therapy for severe PTSD',
          url: 'https://doi.org/10.1038/s41591-021-01336-3',
        },
        { '@type': 'CreativeWork', name: 'ICER final evidence report', url: 'https://icer.org/x' },
      ],
    });
  });

  it('rates supported best and keeps the rating inside the scale', () => {
    const r = toClaimReview({ ...sample, verdict: 'supported' }).reviewRating;
    expect(r).toMatchObject({ alternateName: 'Supported', ratingValue: 5 });
  });
});

describe('toClaimReviews on the bundled dataset', () => {
  const records = toClaimReviews(CLAIMS);

  it('gives one record per claim, in dataset order, and survives a JSON round trip', () => {
    expect(records.map((r) => r.identifier)).toEqual(CLAIMS.map((c) => c.id));
    expect(JSON.parse(JSON.stringify(records))).toEqual(records);
  });

  it('has the ClaimReview shape on every record', () => {
    for (const r of records) {
      expect(r['@context']).toBe('https://schema.org');
      expect(r['@type']).toBe('ClaimReview');
      expect(r.claimReviewed.length).toBeGreaterThan(0);
      expect(r.text.length).toBeGreaterThan(0);
      expect(r.reviewRating['@type']).toBe('Rating');
      expect(r.reviewRating.ratingValue).toBeGreaterThanOrEqual(r.reviewRating.worstRating);
      expect(r.reviewRating.ratingValue).toBeLessThanOrEqual(r.reviewRating.bestRating);
      expect(r.author).toEqual({ '@type': 'Organization', name: 'MDMA Evidence Lens' });
      expect(r.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(r.dateModified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      for (const c of r.citation) {
        expect(c['@type']).toBe('CreativeWork');
        expect(c.url).toMatch(/^https:\/\//);
      }
    }
  });
});
