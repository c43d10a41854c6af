/**
 * What a draft becomes once the action that took its value (a save, a submit) answers:
 * `next` if the draft still holds what was sent, or else what the person typed while
 * waiting. Setting the draft outright when the answer arrives wipes those keys.
 */
export function afterSent<T>(sent: T, next: T): (current: T) => T {
  return (current) => (sameValue(current, sent) ? next : current);
}

/** Drafts are plain data (text, or objects of text): equal when they serialise the same. */
export function sameValue<T>(a: T, b: T): boolean {
  return Object.is(a, b) || JSON.stringify(a) === JSON.stringify(b);
}
