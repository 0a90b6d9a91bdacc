package dev.tidemark.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AccountingSuiteTest {

    @Test
    void runsEveryComparisonOnBothSides() {
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        Map<String, PhaseResult[]> results = new AccountingSuite(1000, 7, new PrintStream(progress, true, StandardCharsets.UTF_8)).run();
        assertThat(results).containsOnlyKeys(AccountingSuite.PHASES);
        for (String phase : AccountingSuite.PHASES) {
            PhaseResult[] sides = results.get(phase);
            assertThat(sides[0].phase()).isEqualTo(phase + "_off");
            assertThat(sides[1].phase()).isEqualTo(phase + "_on");
            assertThat(sides[0].operations()).isEqualTo(sides[1].operations()).isPositive();
            assertThat(AccountingSuite.line(phase, sides)).matches(
                "RESULT suite=engine phase=" + phase + " tidemark_off_ops_s=\\d+ tidemark_on_ops_s=\\d+ tidemark_off_p50_us=\\d+\\.\\d"
                    + " tidemark_on_p50_us=\\d+\\.\\d p50_ratio=\\d+\\.\\d\\d ratio=\\d+\\.\\d\\d");
        }
        assertThat(progress.toString(StandardCharsets.UTF_8)).contains("put_accounting");
    }

    @Test
    void missingComparisonPrintsNotAvailable() {
        assertThat(AccountingSuite.line("get_accounting", null)).isEqualTo(
            "RESULT suite=engine phase=get_accounting tidemark_off_ops_s=NA tidemark_on_ops_s=NA tidemark_off_p50_us=NA"
                + " tidemark_on_p50_us=NA p50_ratio=NA ratio=NA");
    }
}
