package org.npmportal.selection.scoring;

/**
 * How far one rater has got: of the candidates they are not recused from ({@code assigned}), how many they
 * scored on every criterion ({@code complete}) and how many they started but left incomplete
 * ({@code partial}).
 */
public record RaterProgress(String raterId, int complete, int partial, int assigned) {

    /** Share of assigned candidates rated completely, 0–1; 1 when nothing is assigned, as nothing is left to do. */
    public double completion() {
        return assigned == 0 ? 1.0 : (double) complete / assigned;
    }

    public boolean finished() {
        return complete == assigned;
    }
}
