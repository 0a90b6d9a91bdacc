package dev.tidemark.samples;

import dev.tidemark.engine.Database;
import dev.tidemark.mapper.EntityManager;
import dev.tidemark.mapper.Key;
import dev.tidemark.mapper.OptimisticLockException;
import dev.tidemark.mapper.Page;
import dev.tidemark.mapper.annotation.IndexPartitionKey;
import dev.tidemark.mapper.annotation.IndexSortKey;
import dev.tidemark.mapper.annotation.MappedTable;
import dev.tidemark.mapper.annotation.PartitionKey;
import dev.tidemark.mapper.annotation.SortKey;
import dev.tidemark.mapper.annotation.Version;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Sample 2: a small issue tracker stored with the object mapper, using Java records only — no
 * setters, no mutable state. Shows table creation from the records, persist, find, a query of one
 * project, a query through a global index, paging with continuation tokens, a one-off update,
 * optimistic locking with a version, and a transaction across two record types.
 *
 * <p>Run it with {@code ./tidemark sample mapper [--data <dir>]} (a temporary database by default).
 */
public final class MapperSample {
    /** A project; {@code openIssues} is kept in step with its issues inside transactions. */
    @MappedTable("projects")
    public record Project(@PartitionKey String id, String name, Set<String> labels, long openIssues, @Version long version) { }

    /** An issue of a project, found by project (table key) or by assignee and due date (index {@code byAssignee}). */
    @MappedTable("issues")
    public record Issue(@PartitionKey String project, @SortKey int number, String title, State state,
                        @IndexPartitionKey("byAssignee") String assignee, @IndexSortKey("byAssignee") LocalDate due,
                        List<Comment> comments, @Version long version) {
        /** This issue in another state (records are immutable: a change is a new value). */
        Issue withState(State newState) {
            return new Issue(project, number, title, newState, assignee, due, comments, version);
        }
    }

    /** A comment, stored inside its issue as a map. */
    public record Comment(String author, String text) { }

    /** The life cycle of an issue. */
    public enum State { OPEN, IN_PROGRESS, CLOSED }

    private MapperSample() {
    }

    /**
     * Runs the sample.
     *
     * @param args optional database directory (default: a temporary one)
     */
    public static void main(String[] args) {
        run(args.length > 0 ? Path.of(args[0]) : null, System.out);
    }

    /** Runs the sample on {@code dir} (null for a temporary database), printing to {@code out}. */
    public static void run(Path dir, PrintStream out) {
        try (Database db = dir == null ? Database.openTemporary() : Database.open(dir)) {
            EntityManager em = EntityManager.create(db);
            out.println("Mapper sample (records only) in " + db.directory());
            if (db.listTables(l -> { }).tableNames().contains("issues")) {
                out.println("  the tables exist already: use an empty directory to run the sample");
                return;
            }
            em.createTable(Project.class);
            em.createTable(Issue.class);
            out.println("createTable  projects, issues (GSI byAssignee from @IndexPartitionKey/@IndexSortKey)");

            Project tide = em.persist(new Project("tide", "Tidemark", Set.of("db", "java"), 0, 0));
            out.println("persist      " + tide);

            LocalDate day = LocalDate.of(2026, 1, 5);
            String[] people = {"ann", "bob", "cy"};
            for (int n = 1; n <= 12; n++) {
                Issue issue = new Issue("tide", n, "Issue number " + n, State.OPEN, people[n % 3], day.plusDays(n),
                        n == 1 ? List.of(new Comment("ann", "first!")) : List.of(), 0);
                em.inTransaction(tx -> tx.persist(issue)
                        .update(Project.class, Key.of("tide"), u -> u.increment("openIssues", 1)));
            }
            out.println("transaction  12 x (persist issue + increment project.openIssues)");
            out.println("find         " + em.find(Project.class, "tide").orElseThrow());

            Issue first = em.find(Issue.class, "tide", 1).orElseThrow();
            out.println("find         issue 1: " + first.title() + ", comments " + first.comments());

            List<Issue> range = em.query(Issue.class).partition("tide").sortBetween(3, 5).list();
            out.println("query        issues 3..5 of tide: " + range.stream().map(Issue::number).toList());

            List<Issue> bobs = em.query(Issue.class).index("byAssignee").partition("bob")
                    .sortLessThan(day.plusDays(10)).list();
            out.println("query index  bob's issues due before " + day.plusDays(10) + ": "
                    + bobs.stream().map(i -> i.number() + " (" + i.due() + ")").toList());

            Page<Issue> page1 = em.query(Issue.class).partition("tide").limit(5).page();
            Page<Issue> page2 = em.query(Issue.class).partition("tide").limit(5).startAfter(page1.continuationToken()).page();
            out.println("paging       page 1 " + page1.items().stream().map(Issue::number).toList() + ", page 2 "
                    + page2.items().stream().map(Issue::number).toList() + ", more: " + page2.hasMore());

            Issue started = em.update(first.withState(State.IN_PROGRESS));
            out.println("update       issue 1 -> " + started.state() + " (version " + first.version() + " -> " + started.version() + ")");
            try {
                em.update(first.withState(State.CLOSED));
                out.println("update       stale issue 1 unexpectedly written");
            } catch (OptimisticLockException e) {
                out.println("update       stale copy of issue 1 (version " + first.version() + ") refused: "
                        + e.getClass().getSimpleName());
            }

            Issue closed = started.withState(State.CLOSED);
            em.inTransaction(tx -> tx.update(closed)
                    .update(Project.class, Key.of("tide"), u -> u.increment("openIssues", -1)));
            out.println("transaction  close issue 1 and decrement project.openIssues");
            Project after = em.find(Project.class, "tide").orElseThrow();
            long open = em.query(Issue.class).partition("tide").stream().filter(i -> i.state() != State.CLOSED).count();
            out.println("check        project.openIssues = " + after.openIssues() + ", issues not closed = " + open);
        }
    }
}
