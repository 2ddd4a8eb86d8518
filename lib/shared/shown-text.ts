/**
 * Text that other people read (names, titles, descriptions, a roadie's reason) must show
 * what it holds. Control characters (tab and line breaks aside) and the bidi overrides
 * are refused: a right-to-left override makes "gnp.exe" read as "exe.png". The bidi
 * marks, embeddings and isolates that right-to-left text pasted from other programs
 * carries (U+200E, U+200F, U+061C, U+202A–U+202C, U+2066–U+2069) reorder no letters and are kept.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is this pattern's job
const HIDDEN_CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202D\u202E]/u;

/** Spaces and characters that draw nothing (zero-width spaces and joiners, soft hyphens, bidi marks). */
const DRAWS_NOTHING = /^[\p{White_Space}\p{Default_Ignorable_Code_Point}]*$/u;

/** No hidden control character: the text reads as it is stored. */
export function showsAsStored(text: string): boolean {
  return !HIDDEN_CONTROLS.test(text);
}

/** Something visible: a name of only zero-width characters would read as blank. */
export function showsSomething(text: string): boolean {
  return !DRAWS_NOTHING.test(text);
}

/** The catalogue key ("validation" namespace) for text with hidden control characters. */
export const HIDDEN_CONTROLS_MESSAGE = "textHasHiddenControls";
