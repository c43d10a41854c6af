/** A stand-in for Electron's safeStorage: reversible, and visibly not the plain text. */
export function fakeSafeStorage(available = true) {
  const flip = (bytes: Buffer) => Buffer.from(bytes.map((byte) => byte ^ 0x5a));
  return {
    isEncryptionAvailable: () => available,
    encryptString: (text: string) => flip(Buffer.from(text, 'utf8')),
    decryptString: (sealed: Buffer) => flip(sealed).toString('utf8'),
  };
}
