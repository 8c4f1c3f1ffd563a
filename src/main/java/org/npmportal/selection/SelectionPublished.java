package org.npmportal.selection;

import java.util.List;

/**
 * A selection round's decision was published. Raised inside the publishing transaction, so a listener that
 * fills the yearly roster either succeeds with the publication or rolls it back: a decision is never
 * published without its roster.
 *
 * @param programme the roster's programme, for example "NPM monitors"; with {@code year} it names the
 *                  roster the round fills
 * @param selected  the selected candidates in rank order (reserves and the rest are not handed over)
 */
public record SelectionPublished(long roundId, String roundTitle, String programme, int year,
        List<SelectedMonitor> selected) {

    public SelectionPublished {
        selected = List.copyOf(selected);
    }
}
