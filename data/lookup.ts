import type { Claim } from './schema';
import { CLAIMS } from './claims';

const BY_ID = new Map(CLAIMS.map((claim) => [claim.id, claim]));

/** The dataset entry for a claim id, or undefined for an unknown id. */
export function getClaim(id: string): Claim | undefined {
  return BY_ID.get(id);
}
