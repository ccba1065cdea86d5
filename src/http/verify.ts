/**
 * Checks that an HTTP interaction comes from Discord: its Ed25519 signature, and a timestamp recent
 * enough that a captured request cannot be replayed.
 */

/** Discord signs `timestamp + body`; a request older than this is refused, so a captured one cannot be replayed later. */
export const MAX_SIGNATURE_AGE_SECONDS = 5 * 60;

const HEX = /^(?:[0-9a-f]{2})+$/i;

/** The application's public key (Developer Portal → General Information), 64 hex characters. */
export function importPublicKey(hex: string): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', Buffer.from(hex, 'hex'), { name: 'Ed25519' }, false, ['verify']);
}

export type SignatureCheck = { ok: true } | { ok: false; reason: 'missing' | 'malformed' | 'stale' | 'bad-signature' };

/**
 * Checks Discord's Ed25519 signature of one request (X-Signature-Ed25519 over
 * X-Signature-Timestamp + raw body) with Node's WebCrypto; no crypto of our own.
 */
export async function verifySignature(
  key: CryptoKey,
  signature: string | undefined,
  timestamp: string | undefined,
  body: Buffer,
  nowSeconds = Date.now() / 1000,
): Promise<SignatureCheck> {
  if (!signature || !timestamp) return { ok: false, reason: 'missing' };
  // An Ed25519 signature is 64 bytes; the timestamp is Unix seconds.
  if (signature.length !== 128 || !HEX.test(signature) || !/^\d{1,12}$/.test(timestamp))
    return { ok: false, reason: 'malformed' };
  if (Math.abs(nowSeconds - Number(timestamp)) > MAX_SIGNATURE_AGE_SECONDS) return { ok: false, reason: 'stale' };
  const signed = Buffer.concat([Buffer.from(timestamp, 'utf8'), body]);
  const valid = await crypto.subtle.verify({ name: 'Ed25519' }, key, Buffer.from(signature, 'hex'), signed);
  return valid ? { ok: true } : { ok: false, reason: 'bad-signature' };
}
