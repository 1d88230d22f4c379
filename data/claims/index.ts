// The bundled dataset: one file per claim id of ../shared/evidence/CLAIMS.md.
// data/claims.test.ts checks that this list and the folder agree.
import type { Claim } from '../schema';

import ptsdLossOfDiagnosis from './ptsd-loss-of-diagnosis.json';
import ptsdClinicalResponse from './ptsd-clinical-response.json';
import ptsdRemission from './ptsd-remission.json';
import ptsdEfficacy from './ptsd-efficacy.json';
import ptsdCure from './ptsd-cure.json';
import betterThanExisting from './better-than-existing.json';
import depressionTreatment from './depression-treatment.json';
import lastingRelief from './lasting-relief.json';
import rapidOnset from './rapid-onset.json';
import fewSessions from './few-sessions.json';
import qualityOfLife from './quality-of-life.json';
import otherIndications from './other-indications.json';
import monoamineRelease from './monoamine-release.json';
import oxytocinRelease from './oxytocin-release.json';
import fearMemory from './fear-memory.json';
import empathyTrust from './empathy-trust.json';
import bodyStoredTrauma from './body-stored-trauma.json';
import timePerception from './time-perception.json';
import fdaApproved from './fda-approved.json';
import fdaApprovalImminent from './fda-approval-imminent.json';
import fdaNotApproved from './fda-not-approved.json';
import breakthroughDesignation from './breakthrough-designation.json';
import scheduleI from './schedule-i.json';
import australiaPrescribing from './australia-prescribing.json';
import legalElsewhere from './legal-elsewhere.json';
import sideEffects from './side-effects.json';
import safeInClinic from './safe-in-clinic.json';
import notAddictive from './not-addictive.json';
import abusePotential from './abuse-potential.json';
import brainDamage from './brain-damage.json';
import streetMdmaSame from './street-mdma-same.json';
import contraindications from './contraindications.json';
import recreationalHarms from './recreational-harms.json';
import trialUnblinding from './trial-unblinding.json';
import trialMisconduct from './trial-misconduct.json';
import retractedStudies from './retracted-studies.json';
import icerInsufficient from './icer-insufficient.json';

export const CLAIMS = [
  ptsdLossOfDiagnosis,
  ptsdClinicalResponse,
  ptsdRemission,
  ptsdEfficacy,
  ptsdCure,
  betterThanExisting,
  depressionTreatment,
  lastingRelief,
  rapidOnset,
  fewSessions,
  qualityOfLife,
  otherIndications,
  monoamineRelease,
  oxytocinRelease,
  fearMemory,
  empathyTrust,
  bodyStoredTrauma,
  timePerception,
  fdaApproved,
  fdaApprovalImminent,
  fdaNotApproved,
  breakthroughDesignation,
  scheduleI,
  australiaPrescribing,
  legalElsewhere,
  sideEffects,
  safeInClinic,
  notAddictive,
  abusePotential,
  brainDamage,
  streetMdmaSame,
  contraindications,
  recreationalHarms,
  trialUnblinding,
  trialMisconduct,
  retractedStudies,
  icerInsufficient,
] as unknown as readonly Claim[];
