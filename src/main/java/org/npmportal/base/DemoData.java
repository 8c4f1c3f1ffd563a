package org.npmportal.base;

import java.util.List;

/**
 * Demo data of one feature, loaded at start-up in the {@code demo} profile only. Implementations are
 * {@code @Profile("demo")} components ordered with {@code @Order}; each leaves existing data alone, so
 * that a second start keeps what the first one made and what users changed since.
 */
public interface DemoData {

    void load();

    /**
     * Whether this feature's data must be there before the portal accepts requests (the demo logins);
     * everything else may follow in the background. Such features are ordered before all others.
     */
    default boolean neededAtStart() {
        return false;
    }

    /** Lines for the start-up log, such as the demo logins. */
    default List<String> startupNotes() {
        return List.of();
    }
}
