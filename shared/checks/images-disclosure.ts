/**
 * Whether a caption tells readers that an image was made or changed with AI. A newsroom
 * writes this in many ways ("AI-generated image", "created with Midjourney", "synthetic
 * image", "illustration made using artificial intelligence"); these patterns accept the
 * common ones. "AI" must be the word in capitals (A.I. too), so "ai" inside another
 * language's words, or "said", does not count.
 */
const DISCLOSURES: readonly RegExp[] = [
  /(^|[^\p{L}\p{N}])A\.?I\.?(?=$|[^\p{L}\p{N}])/u,
  /\bartificial[\s-]+intelligence\b/i,
  /\bgenerative\b/i,
  /\bsynthetic\b/i,
  /\b(computer|machine)[\s-]generated\b/i,
  /\b(midjourney|dall[\s·-]?e|stable\s+diffusion|firefly|imagen|sora|chatgpt)\b/i,
];

export function captionDisclosesAi(caption: string): boolean {
  return DISCLOSURES.some((pattern) => pattern.test(caption));
}
