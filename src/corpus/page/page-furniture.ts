/**
 * Boxes that sit inside an article's body on German news sites but are not its reporting: paywall offers, ad
 * slots, consent layers, newsletter and teaser boxes, share bars, comment sections. Readability judges blocks by
 * their text and links, and a paywall offer ("Lesen Sie jetzt weiter mit R+ – 4 Wochen für 0,99 €") reads like a
 * short paragraph to it, so these are removed by their class or id first. Matched as whole words of the class or
 * id (`ad`, not `head`), since a substring match on such short names would remove real paragraphs.
 */
const FURNITURE_WORDS = [
  'paywall',
  'plenigo',
  'piano',
  'abo',
  'subscription',
  'offer',
  'ad',
  'ads',
  'advert',
  'advertisement',
  'anzeige',
  'ad-slot',
  'adslot',
  'banner',
  'consent',
  'cookie',
  'cmp',
  'gdpr',
  'newsletter',
  'teaser',
  'teaser-box',
  'recommendations',
  'related',
  'more',
  'mehr-zum-thema',
  'share',
  'social',
  'sharing',
  'comments',
  'kommentare',
];

const WORDS = new Set(FURNITURE_WORDS);

interface Node {
  tagName: string;
  getAttribute(name: string): string | null;
  remove(): void;
}

/** Sites mark the whole page by state ("paywall-active", "has-ads"): such a class says nothing about a box. */
const CONTAINERS = new Set(['HTML', 'BODY', 'MAIN', 'ARTICLE']);

/** Whether a class or id names furniture: one of its words, split at spaces, `-` and `_`, or the whole name. */
function isFurnitureName(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.split(/\s+/).some((token) => WORDS.has(token) || token.split(/[-_]/).some((part) => WORDS.has(part)));
}

/** Removes the furniture boxes from a parsed page, in place. */
export function dropFurniture(document: { querySelectorAll(selector: string): ArrayLike<unknown> }): void {
  for (const element of Array.from(document.querySelectorAll('[class], [id]')) as Node[]) {
    if (CONTAINERS.has(element.tagName.toUpperCase())) continue;
    const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
    if (isFurnitureName(names)) element.remove();
  }
}
