/**
 * The calculation core of monitor selection: from the commission's scores to a ranking, a reliability
 * figure and a quota-aware seat proposal. Plain Java, no database and no Spring, so every figure a
 * commission has to defend can be recomputed from the same input by anyone.
 *
 * <p>The rules, stated once here and repeated where they apply:
 * <ul>
 *   <li><b>Arithmetic.</b> Everything is computed in {@code double}. Results are kept unrounded; ranking
 *       compares means and medians at a resolution of 10<sup>-9</sup> (see {@link SelectionScoring}), and
 *       figures are rounded once, for display only, with {@link ScoreRounding#display(double)}: three
 *       decimals, {@code HALF_UP}.</li>
 *   <li><b>Rater total.</b> Each criterion score is normalised to 0–1 on its scale, weighted by the
 *       criterion's weight divided by the sum of all weights, and the sum is multiplied by 100, giving
 *       0–100.</li>
 *   <li><b>Missing scores.</b> A rater's total for a candidate counts only when the rater scored every
 *       criterion for that candidate. Otherwise the rater is <i>incomplete</i> for that candidate and left
 *       out of every figure for it (statistics, z-scores, reliability), but shown in
 *       {@link RaterProgress}.</li>
 *   <li><b>Recusal.</b> A declared conflict removes the rater from that candidate entirely; scores the
 *       rater entered for the candidate are ignored, whenever the conflict was declared.</li>
 *   <li><b>Disagreement.</b> The <i>population</i> standard deviation (divide by n): it describes the
 *       spread among this commission's raters, who are all the raters there are, not a sample of some
 *       larger body; it is also defined for a single rating (0).</li>
 *   <li><b>Tie-break.</b> Mean descending, then median descending, then number of ratings descending,
 *       then candidate id ascending. Candidates equal on mean, median and number of ratings keep distinct
 *       ranks in id order but are flagged as tied and share a {@link CandidateResult#tieRank()}.</li>
 * </ul>
 */
package org.npmportal.selection.scoring;
