// The bounds the stored dues and the amount parser share, in a module of their own: the branch
// book's schema (loaded up front by /records/) needs them but none of money.ts's formatting.

/** Largest amount accepted anywhere (one hundred million 元): keeps every product exact. */
export const maxFen = 10_000_000_000;
