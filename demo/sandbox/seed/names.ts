/**
 * Name pools for the seed data: ordinary names from many places, so the
 * list looks like a real organization's.
 */
export const FIRST_NAMES: readonly string[] = [
  'Aiko',
  'Amara',
  'Ana',
  'André',
  'Ayşe',
  'Bea',
  'Bjørn',
  'Carlos',
  'Chen',
  'Chloé',
  'Dalia',
  'Daniel',
  'Dmitri',
  'Elif',
  'Emma',
  'Esther',
  'Fatima',
  'Felix',
  'François',
  'Grace',
  'Hannah',
  'Hiro',
  'Ingrid',
  'Isabel',
  'Jamal',
  'Jana',
  'João',
  'Julia',
  'Kai',
  'Kenji',
  'Lars',
  'Laura',
  'Léa',
  'Liam',
  'Lucía',
  'Maja',
  'Malik',
  'Marco',
  'María',
  'Mei',
  'Mohammed',
  'Nadia',
  'Nils',
  'Noah',
  'Olga',
  'Omar',
  'Paula',
  'Priya',
  'Rafael',
  'Ravi',
  'Renée',
  'Rosa',
  'Sakura',
  'Samuel',
  'Sara',
  'Sofía',
  'Søren',
  'Tariq',
  'Thomas',
  'Uma',
  'Valentina',
  'Wei',
  'Yara',
  'Yusuf',
  'Zainab',
  'Zoltán',
];

export const LAST_NAMES: readonly string[] = [
  'Abe',
  'Almeida',
  'Andersen',
  'Becker',
  'Bernard',
  'Çelik',
  'Costa',
  'Dubois',
  'Eriksson',
  'Fernández',
  'Fischer',
  'García',
  'Gonçalves',
  'Hansen',
  'Hoffmann',
  'Ito',
  'Ivanova',
  'Jensen',
  'Kim',
  'Kowalski',
  'Kumar',
  'Larsen',
  'Lefèvre',
  'Li',
  'López',
  'Martin',
  'Müller',
  'Nakamura',
  'Nguyen',
  'Novák',
  'Okafor',
  'Olsen',
  'Patel',
  'Pérez',
  'Petrov',
  'Rossi',
  'Sato',
  'Schmidt',
  'Silva',
  'Singh',
  'Suzuki',
  'Tanaka',
  'Torres',
  'Wagner',
  'Wang',
  'Weber',
  'Yamamoto',
  'Yılmaz',
  'Zhang',
  'Šimková',
];

/** Lower-case ASCII for an email's local part. */
const slugs = new Map<string, string>();

export function asciiSlug(text: string): string {
  let slug = slugs.get(text);
  if (slug === undefined) {
    slug = makeSlug(text);
    slugs.set(text, slug);
  }
  return slug;
}

function makeSlug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ø/g, 'o')
    .replace(/ı/g, 'i')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}
