/**
 * The key pair Discord signs interactions with, made fresh by each fake: tests hand the public
 * half to the bot as DISCORD_PUBLIC_KEY, exactly as an operator copies it from the Developer Portal.
 */
export interface SigningKey {
  /** 64 hex characters, as the Developer Portal shows it. */
  publicKeyHex: string;
  /** X-Signature-Ed25519 for `timestamp + body`. */
  sign(timestamp: string, body: Buffer): Promise<string>;
}

export async function createSigningKey(): Promise<SigningKey> {
  const pair = await crypto.subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify']);
  const publicKeyHex = Buffer.from(await crypto.subtle.exportKey('raw', pair.publicKey)).toString('hex');
  return {
    publicKeyHex,
    async sign(timestamp, body) {
      const signed = Buffer.concat([Buffer.from(timestamp, 'utf8'), body]);
      return Buffer.from(await crypto.subtle.sign({ name: 'Ed25519' }, pair.privateKey, signed)).toString('hex');
    },
  };
}
