package io.llmim.adapter.http.console;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class OverviewViewTest {

    @ParameterizedTest
    @CsvSource({"PT0S, 0 s", "PT0.45S, 450 ms", "PT12S, 12 s", "PT4M12S, 4 min 12 s", "PT5M, 5 min",
            "PT3H5M30S, 3 h 5 min", "P2DT3H, 2 d 3 h"})
    void a_duration_is_written_in_its_two_largest_units(String duration, String words) {
        assertThat(OverviewView.words(Duration.parse(duration))).isEqualTo(words);
    }

    @org.junit.jupiter.api.Test
    void no_mean_is_no_data() {
        assertThat(OverviewView.words(Optional.empty())).isEqualTo("no data");
    }
}
