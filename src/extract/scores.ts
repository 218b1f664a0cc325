/** A match score as one token: "5-0", "102-98", "3–1". Not a year span ("2019-20") nor a vote tally of thousands. */
export const SCORE_RE = /^\d{1,3}[-–]\d{1,3}$/;

/** Whether a comma stands between two set scores ("6-3, 6-4"), so it opens no aside and ends no object. */
export function betweenScores(before: string | undefined, after: string | undefined): boolean {
  return SCORE_RE.test(before ?? '') && SCORE_RE.test(after ?? '');
}
