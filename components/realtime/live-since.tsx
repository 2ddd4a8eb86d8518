"use client";
import { primeEventSeq } from "./socket";

/**
 * Placed first on the page with the newest event number the server read before
 * rendering, so that live updates resume exactly where the rendered data ends.
 */
export function LiveSince({ seq }: { seq: number }) {
  primeEventSeq(seq);
  return null;
}
