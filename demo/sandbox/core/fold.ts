/**
 * Text folding for search: compatibility decomposition, lower case, and
 * no combining marks, so "zoe" finds "Zoë" whether the name was stored
 * composed (NFC) or decomposed (NFD), and full-width letters match too.
 */
const COMBINING_MARKS = /\p{M}+/gu;

/**
 * Latin letters that no normalization form decomposes, folded as people
 * type them: "lodz" finds "Łódź", "yilmaz" finds "Yılmaz".
 */
const UNDECOMPOSABLE: Readonly<Record<string, string>> = {
  ı: 'i',
  ø: 'o',
  đ: 'd',
  ł: 'l',
  ħ: 'h',
  ŧ: 't',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
};
const UNDECOMPOSABLE_PATTERN = /[ıøđłħŧßæœ]/g;

const PLAIN_ASCII = /^[\x20-\x7e]*$/;

export function fold(text: string): string {
  // Printable ASCII has nothing to decompose: skip the costly steps, which
  // matters when 100,000 users are generated at once.
  if (PLAIN_ASCII.test(text)) {
    return text.toLowerCase();
  }
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(COMBINING_MARKS, '')
    .replace(UNDECOMPOSABLE_PATTERN, (letter) => UNDECOMPOSABLE[letter]!);
}

/**
 * The key an email is compared by: trimmed, composed, lower case. Emails
 * compare without regard to letter case everywhere in the contract.
 */
export function emailKey(email: string): string {
  const trimmed = email.trim();
  if (PLAIN_ASCII.test(trimmed)) {
    return trimmed.toLowerCase();
  }
  return trimmed.normalize('NFC').toLowerCase();
}
