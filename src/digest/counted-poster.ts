import type { DigestPoster } from './digest-run';

export type DigestPostResult = 'sent' | 'failed';

/** The same poster, telling `count` how each post went (a refused post still throws, for the run to log). */
export function countedPoster(poster: DigestPoster, count?: (result: DigestPostResult) => void): DigestPoster {
  if (!count) return poster;
  return {
    async post(channelId, message, nonce) {
      try {
        const sent = await poster.post(channelId, message, nonce);
        count('sent');
        return sent;
      } catch (error) {
        count('failed');
        throw error;
      }
    },
  };
}
