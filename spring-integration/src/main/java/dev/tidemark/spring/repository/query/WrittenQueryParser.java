package dev.tidemark.spring.repository.query;

import dev.tidemark.spring.core.mapping.TidemarkPersistentEntity;
import dev.tidemark.spring.core.mapping.TidemarkPersistentEntity.AccessPath;
import dev.tidemark.spring.repository.Query;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.data.repository.query.Parameter;
import org.springframework.data.repository.query.QueryMethod;
import org.springframework.data.repository.query.parser.Part;

/** Turns a {@link Query} annotation into a {@link QueryPlan}, checking it against the entity's keys. */
final class WrittenQueryParser {
    private static final String NAME = "([A-Za-z_][A-Za-z0-9_]*)";
    private static final Pattern PARTITION = Pattern.compile("^\\s*#" + NAME + "\\s*=\\s*:" + NAME + "\\s*(?:(?i:AND)\\s+(.*))?$");
    private static final Pattern COMPARE = Pattern.compile("^#" + NAME + "\\s*(=|<=|>=|<|>)\\s*:" + NAME + "\\s*$");
    private static final Pattern BETWEEN = Pattern.compile("^#" + NAME + "\\s+(?i:BETWEEN)\\s+:" + NAME + "\\s+(?i:AND)\\s+:" + NAME + "\\s*$");
    private static final Pattern BEGINS = Pattern.compile("^begins_with\\s*\\(\\s*#" + NAME + "\\s*,\\s*:" + NAME + "\\s*\\)\\s*$");
    private static final Pattern PARAM = Pattern.compile(":" + NAME);

    private WrittenQueryParser() {
    }

    static QueryPlan plan(String method, Query q, QueryMethod qm, TidemarkPersistentEntity entity, boolean allowScan) {
        Map<String, Integer> params = new LinkedHashMap<>();
        int i = 0;
        for (Parameter p : qm.getParameters().getBindableParameters()) {
            int index = i++;
            p.getName().ifPresent(n -> params.put(n, index));
        }
        AccessPath path;
        if (q.index().isEmpty()) {
            path = entity.table();
        } else {
            path = entity.indexes().get(q.index());
            if (path == null) {
                throw fail(method, entity.type().getSimpleName() + " declares no index " + q.index());
            }
        }
        Map<String, Integer> rawParams = new LinkedHashMap<>();
        if (!q.filter().isBlank()) {
            Matcher m = PARAM.matcher(q.filter());
            while (m.find()) {
                rawParams.put(m.group(1), arg(method, params, m.group(1)));
            }
        }
        String filter = q.filter().isBlank() ? null : q.filter();
        Map<Part, Integer> args = new IdentityHashMap<>();
        if (q.key().isBlank()) {
            if (!allowScan) {
                throw fail(method, "has no key condition and would scan; add one or annotate with @AllowScan");
            }
            return QueryPlan.of(new QueryPlan.Branch(null, null, null, List.of(), List.of(), filter, rawParams), args, true);
        }
        Matcher pm = PARTITION.matcher(q.key());
        if (!pm.matches()) {
            throw fail(method, "key condition '" + q.key() + "' must start with #partitionKey = :param");
        }
        if (!pm.group(1).equals(path.partitionKey())) {
            throw fail(method, pm.group(1) + " is not the partition key of " + path.describe() + " (" + path.partitionKey() + ")");
        }
        Part partition = new Part(pm.group(1), entity.type());
        args.put(partition, arg(method, params, pm.group(2)));
        Part sort = null;
        String rest = pm.group(3);
        if (rest != null) {
            Matcher m;
            String property;
            if ((m = COMPARE.matcher(rest.trim())).matches()) {
                property = m.group(1);
                String suffix = switch (m.group(2)) {
                    case "=" -> "";
                    case "<" -> "LessThan";
                    case "<=" -> "LessThanEqual";
                    case ">" -> "GreaterThan";
                    default -> "GreaterThanEqual";
                };
                sort = new Part(property + suffix, entity.type());
                args.put(sort, arg(method, params, m.group(3)));
            } else if ((m = BETWEEN.matcher(rest.trim())).matches()) {
                property = m.group(1);
                sort = new Part(property + "Between", entity.type());
                int low = arg(method, params, m.group(2));
                if (arg(method, params, m.group(3)) != low + 1) {
                    throw fail(method, "the BETWEEN bounds must be consecutive parameters");
                }
                args.put(sort, low);
            } else if ((m = BEGINS.matcher(rest.trim())).matches()) {
                property = m.group(1);
                sort = new Part(property + "StartingWith", entity.type());
                args.put(sort, arg(method, params, m.group(2)));
            } else {
                throw fail(method, "cannot read the sort-key condition '" + rest.trim() + "'");
            }
            if (!property.equals(path.sortKey())) {
                throw fail(method, property + " is not the sort key of " + path.describe());
            }
        }
        return QueryPlan.of(new QueryPlan.Branch(path, partition, sort, List.of(), List.of(), filter, rawParams), args, false);
    }

    private static int arg(String method, Map<String, Integer> params, String name) {
        Integer i = params.get(name);
        if (i == null) {
            throw fail(method, "refers to :" + name + " but has no parameter of that name (compile with -parameters or use @Param)");
        }
        return i;
    }

    private static IllegalStateException fail(String method, String message) {
        return new IllegalStateException("@Query on " + method + ": " + message);
    }
}
