/**
 * One word as compared, never shown: a plural "s" dropped, then a final "e", then a
 * final consonant's "y" read as "i" — so that "kit"/"kits", "glass"/"glasses",
 * "box"/"boxes", "cable"/"cables" and "battery"/"batteries" each meet in one key.
 * Words of three letters or fewer are kept whole ("bus", "mic", "amp").
 */
function wordKey(word: string): string {
  let key = word;
  if (key.length > 3 && key.endsWith("s") && !key.endsWith("ss")) key = key.slice(0, -1);
  if (key.length > 3 && key.endsWith("e")) key = key.slice(0, -1);
  if (key.length > 3 && /[^aeiou]y$/.test(key)) key = `${key.slice(0, -1)}i`;
  return key;
}

/** The words of a text as compared: Unicode-normalised, lower case, letters and digits only. */
export function gearWords(text: string): string[] {
  return (
    text
      .normalize("NFKC")
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  ).map(wordKey);
}

/**
 * A gear name as compared — "Drum kits", "drum  kit" and "DRUM-KIT" are one item.
 * The one normalisation used wherever names meet: the task form's parser sums lines
 * by it, the Inventory listener reserves by it, and adding gear refuses a second item
 * with the same key. Two rules apart once let "1 Drum kit, 1 Drum kits" pass the
 * parser as two lines that reserved the same single item twice.
 */
export function gearKey(name: string): string {
  return gearWords(name).join(" ");
}
