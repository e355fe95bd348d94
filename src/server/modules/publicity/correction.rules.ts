import { createHash, randomInt } from 'node:crypto';

/** Correction requests accepted from one source per hour before 429 (parameter `publicity.correctionsPerHour`). */
export const CORRECTIONS_PER_HOUR = 5;

/** Tracking codes: no 0/O, 1/I/L, so that they can be read out on the phone. */
const TRACKING_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const TRACKING_CODE_LENGTH = 12;

/** A tracking code (JC + 12 random characters, about 59 bits): not guessable, readable. */
export function newTrackingCode(): string {
  let code = 'JC';
  for (let i = 0; i < TRACKING_CODE_LENGTH; i++)
    code += TRACKING_ALPHABET[randomInt(TRACKING_ALPHABET.length)];
  return code;
}

/** Where a request came from, kept only as a hash (no address stored). */
export function requesterHash(address: string): string {
  return createHash('sha256').update(`correction:${address}`).digest('hex');
}
