import { describe, expect, it } from 'vitest';
import { foldText } from '../text/fold';
import { tokenize } from '../text/tokenize';
import { nameKey } from './name-key';

describe('nameKey', () => {
  it.each([
    ['US-Außenministerium', 'us aussenministerium'],
    ['  US Außenministerium! ', 'us aussenministerium'],
    ['Kim Jong-un', 'kim jong un'],
    ['11.000 Soldaten', '11 000 soldaten'],
    ['🔥 @everyone', 'everyone'],
    ['', ''],
  ])('turns %j into %j', (name, key) => {
    expect(nameKey(name)).toBe(key);
  });

  it('matches folding every token and splitting compounds', () => {
    const title =
      'Für die „Befreiung der Region Kursk“: Nordkorea bestätigt erstmals eigene Soldaten – Dankesworte von Putin';
    const slow = tokenize(title)
      .flatMap((t) => foldText(t.original).split(/[-‐.'’]/))
      .filter(Boolean)
      .join(' ');
    expect(nameKey(title)).toBe(slow);
  });
});
