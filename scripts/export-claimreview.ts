// Prints the bundled dataset as a JSON array of schema.org ClaimReview records.
// Usage: npm run --silent export:claimreview > claimreview.json
import { CLAIMS } from '../data/claims/index';
import { toClaimReviews } from '../lib/claimreview';

process.stdout.write(`${JSON.stringify(toClaimReviews(CLAIMS), null, 2)}\n`);
