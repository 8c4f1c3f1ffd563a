package org.npmportal.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.Test;

class FuzzSeedInFailuresTest {

    @Test
    void a_failure_thrown_anywhere_in_a_fuzz_test_goes_on_with_the_seed_to_replay_it() {
        var failure = new IllegalStateException("value too long for column");

        Throwable thrown = catchThrowable(() -> new Fuzz.SeedInFailures().handleTestExecutionException(null, failure));

        assertThat(thrown).isSameAs(failure);
        assertThat(thrown.getSuppressed()).singleElement().satisfies(replay ->
                assertThat(replay.getMessage()).isEqualTo("(replay with -Dfuzz.seed=" + Fuzz.SEED + ")"));
    }
}
