package dev.tidemark.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ResultLineTest {

    @Test
    void engineLineHasTheExactParsedFormat() {
        PhaseResult tidemark = new PhaseResult("get", 200_000, 1_000_000_000L, 2_500, 10_049);
        PhaseResult anchor = new PhaseResult("get", 25_000, 1_000_000_000L, 34_500, 108_200);

        assertThat(ResultLine.engine("get", tidemark, anchor)).isEqualTo(
            "RESULT suite=engine phase=get tidemark_ops_s=200000 tidemark_p50_us=2.5 tidemark_p99_us=10.0"
                + " anchor=dynamodb-local anchor_ops_s=25000 ratio=8.00");
    }

    @Test
    void missingSidePrintsNotAvailable() {
        PhaseResult anchor = new PhaseResult("scan", 22, 2_000_000_000L, 8_000_000, 11_000_000);

        assertThat(ResultLine.engine("scan", null, anchor)).isEqualTo(
            "RESULT suite=engine phase=scan tidemark_ops_s=NA tidemark_p50_us=NA tidemark_p99_us=NA"
                + " anchor=dynamodb-local anchor_ops_s=11 ratio=NA");
    }

    @Test
    void overheadLineComparesEachSideWithItsPlainReference() {
        PhaseResult tidemarkPlain = new PhaseResult("put_plain", 90_000, 1_000_000_000L, 4_000, 20_000);
        PhaseResult tidemarkIndexed = new PhaseResult("put_2gsi", 60_000, 1_000_000_000L, 5_000, 30_000);
        PhaseResult anchorPlain = new PhaseResult("put_plain", 8_000, 1_000_000_000L, 100_000, 900_000);
        PhaseResult anchorIndexed = new PhaseResult("put_2gsi", 5_000, 1_000_000_000L, 150_000, 900_000);

        String line = ResultLine.overhead("put_2gsi_overhead", tidemarkPlain, tidemarkIndexed, anchorPlain,
            anchorIndexed);

        assertThat(line).isEqualTo("RESULT suite=engine phase=put_2gsi_overhead tidemark_plain_ops_s=90000"
            + " tidemark_cost=1.50 tidemark_p50_cost=1.25 anchor=dynamodb-local anchor_plain_ops_s=8000"
            + " anchor_cost=1.60 anchor_p50_cost=1.50");
        assertThat(line).as("the README table keys on anchor_ops_s= and must skip this line")
            .doesNotContain("anchor_ops_s=");
        assertThat(ResultLine.overhead("put_2gsi_overhead", null, null, anchorPlain, anchorIndexed)).isEqualTo(
            "RESULT suite=engine phase=put_2gsi_overhead tidemark_plain_ops_s=NA tidemark_cost=NA"
                + " tidemark_p50_cost=NA anchor=dynamodb-local anchor_plain_ops_s=8000 anchor_cost=1.60"
                + " anchor_p50_cost=1.50");
    }

    @Test
    void numbersIgnoreTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            PhaseResult r = new PhaseResult("put", 3, 2_000_000_000L, 1_250, 1_250);
            assertThat(ResultLine.engine("put", r, r)).endsWith("tidemark_p50_us=1.3 tidemark_p99_us=1.3"
                + " anchor=dynamodb-local anchor_ops_s=2 ratio=1.00");
            assertThat(ResultLine.report("reopen", "items", 10, "seconds", ResultLine.seconds(1_500_000_000L)))
                .isEqualTo("RESULT suite=engine phase=reopen items=10 seconds=1.500");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void percentilesUseNearestRank() {
        LatencyRecorder rec = new LatencyRecorder(4);
        for (long v = 100; v >= 1; v--) {
            rec.record(v);
        }
        assertThat(rec.count()).isEqualTo(100);
        assertThat(rec.percentileNanos(50)).isEqualTo(50);
        assertThat(rec.percentileNanos(99)).isEqualTo(99);
        assertThat(rec.percentileNanos(100)).isEqualTo(100);
    }
}
