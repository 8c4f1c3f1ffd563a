package org.npmportal.selection;

/**
 * How far a rater has got: "rated 37 of 140". Recused candidates are not assigned.
 *
 * @param assigned  active candidates the rater is not recused from
 * @param complete  of those, scored on every criterion
 * @param partial   of those, started but not finished
 * @param undeclared candidates the rater has not declared about yet
 */
public record RatingProgressFigures(int assigned, int complete, int partial, int recused, int undeclared) {

    public boolean finished() {
        return undeclared == 0 && complete == assigned;
    }
}
