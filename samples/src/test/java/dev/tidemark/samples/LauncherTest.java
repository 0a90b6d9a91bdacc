package dev.tidemark.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The launcher the ./tidemark script runs: the server's commands plus demo and sample, with exit codes. */
class LauncherTest {
    @TempDir
    Path dir;

    record Result(int code, String out, String err) { }

    static Result run(String... args) {
        CommandLine cl = Launcher.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return new Result(cl.execute(args), out.toString(), err.toString());
    }

    @Test
    void demoAndSamplesRunAndBadNamesAreUsageErrors() {
        Result help = run("--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("demo").contains("sample").contains("serve").contains("import");
        Result demo = run("demo", dir.resolve("demo").toString());
        assertThat(demo.code()).as(demo.err()).isZero();
        assertThat(demo.out()).contains("loaded 2000 sample orders");
        Result mapper = run("sample", "mapper", "--data", dir.resolve("mapper").toString());
        assertThat(mapper.code()).as(mapper.err()).isZero();
        assertThat(mapper.out()).contains("project.openIssues = 11");
        Result session = run("sample", "session", "--data", dir.resolve("session").toString());
        assertThat(session.code()).as(session.err()).isZero();
        assertThat(session.out()).contains("09:55  swept       s-ann stored: false");
        Result unknown = run("sample", "nope");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown sample 'nope'");
        assertThat(run("sample", "--help").out()).contains("mapper").contains("bi").contains("session");
    }
}
