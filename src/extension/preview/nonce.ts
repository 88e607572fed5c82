/** The nonce of the preview's one script and style block: 128 random bits from the platform's crypto. */

interface RandomSource {
  getRandomValues<T extends Uint8Array>(array: T): T;
}

/** Web Crypto: global in browsers and Node 19+; Node 18 keeps it in the `crypto` module. */
function randomSource(): RandomSource {
  const global = (globalThis as { crypto?: RandomSource }).crypto;
  if (global?.getRandomValues) return global;
  // only reached in a Node 18 extension host; the module name is a variable so the browser bundle does not include it
  const name = 'crypto';
  if (typeof require !== 'function') throw new Error('no Web Crypto to make the preview nonce');
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- Node 18 only, see above
  return (require(name) as { webcrypto: RandomSource }).webcrypto;
}

/** A fresh nonce: 32 hex digits. */
export function makeNonce(): string {
  const bytes = randomSource().getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
