/**
 * Parameters that say how a reader arrived, not which article it is: links pasted from newsletters and social
 * media carry them, and an id made from them would store the same article once per campaign.
 */
const TRACKING =
  /^(utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|wt_mc|wt_zmc|wtmc|ref|referrer|xtor|at_\w+|icid|s_cid|smid|ocid|ns_\w+|_ga)$/i;

/** The address without tracking parameters and without a fragment, everything else kept in order. */
export function withoutTracking(link: string): string {
  const url = new URL(link);
  for (const key of [...url.searchParams.keys()]) if (TRACKING.test(key)) url.searchParams.delete(key);
  url.hash = '';
  return url.href;
}
