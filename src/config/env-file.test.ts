import { describe, expect, it } from 'vitest';
import { envFileProblems } from './env-file';

describe('envFileProblems', () => {
  it('accepts what Node reads as written: comments, blanks, export, quoted and unquoted one-line values', () => {
    expect(envFileProblems('# c\n\nexport A=1\nB="two words" # why\nC=\'x\'\nD=\nE=a#b\r\n')).toEqual([]);
  });

  it('names each line Node would read into another key', () => {
    expect(envFileProblems('A="open\nB=2\njust words\nC=`x` y\n')).toEqual([
      'line 1: the value of A opens a quote that does not close on that line',
      'line 3: not KEY=value',
      'line 4: the value of C opens a quote that does not close on that line',
    ]);
  });
});
