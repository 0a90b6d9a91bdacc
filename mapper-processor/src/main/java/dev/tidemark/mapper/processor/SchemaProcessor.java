package dev.tidemark.mapper.processor;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * Generates a {@code Name_TidemarkSchema} class for every class annotated {@code @MappedTable} or
 * Jakarta Persistence {@code @Entity} (and for the classes they store as nested maps or flatten,
 * when those are compiled in the same run): plain getter, setter, constructor and builder calls, so
 * the mapper needs no reflection for them. Checks the mapping the way the mapper's reflective schema
 * builder does and reports mistakes as compile errors with the same messages. Classes it cannot
 * serve without reflection (see {@code docs/design/mapper.md}) are left to the reflective schema,
 * with a note saying why.
 *
 * <p>Option {@code -Atidemark.mapper.convertedTypes=a.B,c.D}: types a global converter
 * ({@code EntityManager.Builder.converter}) handles, so the processor accepts them as properties.
 */
public final class SchemaProcessor extends AbstractProcessor {
    static final String MAPPED_TABLE = "dev.tidemark.mapper.annotation.MappedTable";
    static final String ENTITY = "jakarta.persistence.Entity";
    private static final String A = "dev.tidemark.mapper.annotation.";
    private static final String JPA = "jakarta.persistence.";
    private static final String SUFFIX = "_TidemarkSchema";
    private static final String GS = "dev.tidemark.mapper.internal.GeneratedSchema";
    private static final Set<String> NUMERIC_VERSION = Set.of("long", "int", "java.lang.Long", "java.lang.Integer");
    private static final Set<String> TIMESTAMP_TYPES = Set.of("java.time.Instant", "long", "java.lang.Long",
        "java.time.OffsetDateTime", "java.time.ZonedDateTime", "java.time.LocalDateTime");
    private static final Map<String, String> SCALARS = new HashMap<>();

    static {
        for (String s : List.of("java.lang.String", "java.lang.Character", "char", "java.util.UUID", "java.time.Instant",
            "java.time.LocalDate", "java.time.LocalDateTime", "java.time.LocalTime", "java.time.OffsetDateTime",
            "java.time.OffsetTime", "java.time.ZonedDateTime", "java.time.Duration", "java.time.Period", "java.time.Year",
            "java.time.YearMonth", "java.time.MonthDay", "java.time.ZoneId", "java.time.ZoneOffset")) {
            SCALARS.put(s, "S");
        }
        for (String n : List.of("int", "long", "short", "byte", "double", "float", "java.lang.Integer", "java.lang.Long",
            "java.lang.Short", "java.lang.Byte", "java.lang.Double", "java.lang.Float", "java.math.BigDecimal",
            "java.math.BigInteger")) {
            SCALARS.put(n, "N");
        }
        SCALARS.put("boolean", "BOOL");
        SCALARS.put("java.lang.Boolean", "BOOL");
        SCALARS.put("byte[]", "B");
        SCALARS.put("java.nio.ByteBuffer", "B");
    }

    private Elements elements;
    private Types types;
    private final Set<String> converted = new HashSet<>();
    /** Top-level types compiled in this run (schemas are generated only for them and their members). */
    private final Set<String> sources = new HashSet<>();
    private final Set<String> generated = new HashSet<>();

    /** A mapping mistake: a compile error. */
    private static final class Fail extends RuntimeException {
        Fail(String message) {
            super(message, null, false, false);
        }
    }

    /** Why a class keeps the reflective schema. */
    private static final class Fallback extends RuntimeException {
        Fallback(String message) {
            super(message, null, false, false);
        }
    }

    /** One mapped property. */
    private static final class Prop {
        String name;
        TypeMirror type;
        String raw;
        List<AnnotationMirror> annos = new ArrayList<>();
        /** Read expression on {@code o}, or null when the value cannot be read without reflection. */
        String read;
        /** Bean or builder write statement with {@code %s} for the value, or null. */
        String write;
        String storedType;
        String attribute;
        boolean flattened;
        String flattenPrefix;
    }

    /** One class's properties and how to create it. */
    private static final class Struct {
        TypeElement type;
        String name;
        List<Prop> props = new ArrayList<>();
        /** BEAN, BUILDER, CTOR. */
        String kind;
        String builderType;
        /** Constructor argument position to slot. */
        int[] slotOfArg;
        String fallback;
        List<Struct> nested = new ArrayList<>();
    }

    @Override
    public synchronized void init(javax.annotation.processing.ProcessingEnvironment env) {
        super.init(env);
        elements = env.getElementUtils();
        types = env.getTypeUtils();
        String c = env.getOptions().get("tidemark.mapper.convertedTypes");
        if (c != null) {
            for (String s : c.split(",")) {
                if (!s.isBlank()) {
                    converted.add(s.trim());
                }
            }
        }
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of(MAPPED_TABLE, ENTITY);
    }

    @Override
    public Set<String> getSupportedOptions() {
        return Set.of("tidemark.mapper.convertedTypes");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        for (Element e : round.getRootElements()) {
            if (e instanceof TypeElement t) {
                sources.add(t.getQualifiedName().toString());
            }
        }
        for (TypeElement annotation : annotations) {
            for (Element e : round.getElementsAnnotatedWith(annotation)) {
                if (e instanceof TypeElement t && (e.getKind() == ElementKind.CLASS || e.getKind() == ElementKind.RECORD)) {
                    try {
                        entity(t);
                    } catch (RuntimeException ex) {
                        // A defect here must not break the build: the class keeps the reflective schema.
                        processingEnv.getMessager().printMessage(Diagnostic.Kind.WARNING, "Tidemark: no schema generated for "
                            + binary(t) + " (" + ex + "); it uses the reflective schema", t);
                    }
                }
            }
        }
        return false;
    }

    private void entity(TypeElement te) {
        String name = binary(te);
        if (generated.contains(name) || te.getModifiers().contains(Modifier.ABSTRACT)) {
            return;
        }
        if (polymorphic(te)) {
            note(te, "uses the reflective schema: polymorphic types are not generated");
            return;
        }
        Struct s;
        try {
            s = struct(te, true, new ArrayList<>(), new HashSet<>());
            checkEntity(s);
        } catch (Fail f) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, f.getMessage(), te);
            return;
        } catch (Fallback f) {
            generated.add(name);
            note(te, "uses the reflective schema: " + f.getMessage());
            return;
        }
        write(s, te);
    }

    private void write(Struct s, TypeElement origin) {
        if (generated.contains(s.name)) {
            return;
        }
        generated.add(s.name);
        for (Struct n : s.nested) {
            write(n, origin);
        }
        if (polymorphic(s.type)) {
            return; // the mapper builds polymorphic families reflectively, whatever refers to them
        }
        if (s.fallback != null) {
            if (fromSource(s.type)) {
                note(s.type, "uses the reflective schema: " + s.fallback);
            }
            return;
        }
        try {
            JavaFileObject f = processingEnv.getFiler().createSourceFile(s.name + SUFFIX, s.type, origin);
            try (Writer w = f.openWriter()) {
                w.write(source(s));
            }
        } catch (IOException | RuntimeException e) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.WARNING, "Tidemark: no schema generated for "
                + s.name + " (" + e + "); it uses the reflective schema", s.type);
        }
    }

    private void note(Element e, String text) {
        processingEnv.getMessager().printMessage(Diagnostic.Kind.NOTE, "Tidemark: " + binaryOrName(e) + " " + text, e);
    }

    private String binaryOrName(Element e) {
        return e instanceof TypeElement t ? binary(t) : e.toString();
    }

    // ------------------------------------------------------------------ analysis (mirrors the mapper's Schemas)

    private Struct struct(TypeElement te, boolean root, List<String> flattening, Set<String> visiting) {
        String name = binary(te);
        if (flattening.contains(name)) {
            throw new Fail("Cannot map " + name + ": it flattens itself");
        }
        flattening.add(name);
        visiting.add(name);
        if (te.getKind() == ElementKind.INTERFACE || te.getModifiers().contains(Modifier.ABSTRACT)) {
            throw new Fail("Cannot map " + name + ": it is abstract (mark its base @Polymorphic and map its concrete subtypes)");
        }
        Struct s = new Struct();
        s.type = te;
        s.name = name;
        if (te.getKind() == ElementKind.RECORD) {
            record(s);
        } else {
            plain(s);
        }
        if (!generatable(te)) {
            s.fallback = "it is not a static class visible in its package, or not compiled in this run";
        }
        Set<String> byName = new LinkedHashSet<>();
        Map<String, String> propOfName = new HashMap<>();
        for (Prop p : s.props) {
            String where = name + "." + p.name;
            if (!root) {
                for (String only : List.of("PartitionKey", "SortKey", "Version", "IndexPartitionKey", "IndexSortKey",
                    "TimeToLive", "AutoGenerated")) {
                    if (anno(p, A + only) != null) {
                        throw new Fail("Cannot map " + where + ": @" + only
                            + " is only supported on the entity class itself, not in a nested or flattened class");
                    }
                }
            }
            AnnotationMirror fl = anno(p, A + "Flatten");
            if (fl != null || anno(p, JPA + "Embedded") != null) {
                p.flattened = true;
                p.flattenPrefix = fl == null ? "" : (String) value(fl, "prefix");
                TypeElement inner = element(p.type);
                if (inner == null || !fromSource(inner)) {
                    throw new Fallback("it flattens " + p.type + ", which is not compiled in this run");
                }
                Struct in = struct(inner, false, flattening, visiting);
                s.nested.add(in);
                for (String attr : attributeNames(in, p.flattenPrefix)) {
                    register(name, attr, p.name + "." + attr, byName, propOfName);
                }
                continue;
            }
            p.attribute = attributeName(p);
            AnnotationMirror jc = anno(p, JPA + "Convert");
            if (jc != null && !Boolean.TRUE.equals(value(jc, "disableConversion"))) {
                s.fallback = "property " + p.name + " has a Jakarta Persistence @Convert converter";
            }
            if (anno(p, A + "TimeToLive") != null && p.raw.equals("java.time.Instant")) {
                p.storedType = "N";
            } else {
                p.storedType = propertyType(s, p, where, visiting);
            }
            register(name, p.attribute, p.name, byName, propOfName);
            if (!typeAccessible(p.type)) {
                s.fallback = "the type of property " + p.name + " is not accessible in its package";
            }
        }
        flattening.remove(name);
        return s;
    }

    private List<String> attributeNames(Struct s, String prefix) {
        List<String> out = new ArrayList<>();
        for (Prop p : s.props) {
            if (p.flattened) {
                Struct in = s.nested.stream().filter(n -> n.type.equals(element(p.type))).findFirst().orElseThrow();
                out.addAll(attributeNames(in, prefix + p.flattenPrefix));
            } else {
                out.add(prefix + p.attribute);
            }
        }
        return out;
    }

    private static void register(String type, String attr, String prop, Set<String> byName, Map<String, String> propOf) {
        if (!byName.add(attr)) {
            String clash = propOf.get(attr);
            throw new Fail("Cannot map " + type + ": properties " + clash.substring(clash.lastIndexOf('.') + 1) + " and "
                + prop.substring(prop.lastIndexOf('.') + 1) + " both use the attribute name " + attr);
        }
        propOf.put(attr, prop);
    }

    private String attributeName(Prop p) {
        AnnotationMirror at = anno(p, A + "Attribute");
        if (at != null) {
            return (String) value(at, "value");
        }
        AnnotationMirror col = anno(p, JPA + "Column");
        if (col != null && !((String) value(col, "name")).isEmpty()) {
            return (String) value(col, "name");
        }
        return p.name;
    }

    private void record(Struct s) {
        TypeElement te = s.type;
        List<String> argTypes = new ArrayList<>();
        for (RecordComponentElement c : te.getRecordComponents()) {
            Prop p = new Prop();
            p.name = c.getSimpleName().toString();
            p.type = c.asType();
            p.raw = erasure(p.type);
            p.annos.addAll(c.getAnnotationMirrors());
            for (VariableElement f : ElementFilter.fieldsIn(te.getEnclosedElements())) {
                if (f.getSimpleName().contentEquals(p.name)) {
                    p.annos.addAll(f.getAnnotationMirrors());
                }
            }
            ExecutableElement acc = c.getAccessor();
            if (acc != null) {
                p.annos.addAll(acc.getAnnotationMirrors());
            }
            if (anno(p, A + "Ignore") != null || anno(p, JPA + "Transient") != null) {
                throw new Fail("Cannot map " + s.name + "." + p.name
                    + ": record components cannot be ignored (every component is needed to construct the record)");
            }
            p.read = "o." + p.name + "()";
            s.props.add(p);
            argTypes.add(p.raw);
        }
        s.kind = "CTOR";
        ExecutableElement canonical = null;
        for (ExecutableElement c : ElementFilter.constructorsIn(te.getEnclosedElements())) {
            List<String> ps = c.getParameters().stream().map(v -> erasure(v.asType())).toList();
            if (ps.equals(argTypes)) {
                canonical = c;
            }
        }
        if (canonical == null || canonical.getModifiers().contains(Modifier.PRIVATE)) {
            s.fallback = "its canonical constructor is private";
        }
        s.slotOfArg = new int[s.props.size()];
        for (int i = 0; i < s.slotOfArg.length; i++) {
            s.slotOfArg[i] = i;
        }
    }

    private void plain(Struct s) {
        TypeElement te = s.type;
        List<TypeElement> chain = new ArrayList<>();
        for (TypeElement c = te; c != null && !c.getQualifiedName().contentEquals("java.lang.Object"); c = element(c.getSuperclass())) {
            chain.add(0, c);
        }
        List<VariableElement> fields = new ArrayList<>();
        List<ExecutableElement> setters = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (TypeElement c : chain) {
            for (VariableElement f : ElementFilter.fieldsIn(c.getEnclosedElements())) {
                Set<Modifier> mod = f.getModifiers();
                if (mod.contains(Modifier.STATIC) || mod.contains(Modifier.TRANSIENT)) {
                    continue;
                }
                String name = f.getSimpleName().toString();
                String raw = erasure(f.asType());
                ExecutableElement getter = findGetter(te, name, raw, true);
                ExecutableElement setter = findSetter(te, name, raw, true);
                Prop p = new Prop();
                p.name = name;
                p.annos.addAll(f.getAnnotationMirrors());
                if (getter != null) {
                    p.annos.addAll(getter.getAnnotationMirrors());
                }
                if (setter != null) {
                    p.annos.addAll(setter.getAnnotationMirrors());
                }
                if (anno(p, A + "Ignore") != null || anno(p, JPA + "Transient") != null) {
                    continue;
                }
                if (!seen.add(name)) {
                    throw new Fail("Cannot map " + s.name + ": property " + name + " is declared twice (in a superclass too)");
                }
                p.type = getter != null ? getter.getReturnType() : f.asType();
                p.raw = raw;
                ExecutableElement readable = getter != null ? getter : findGetter(te, name, raw, false);
                if (readable != null && usable(readable, te)) {
                    p.read = "o." + readable.getSimpleName() + "()";
                } else if (usable(f, te)) {
                    p.read = "o." + name;
                }
                s.props.add(p);
                fields.add(f);
                setters.add(setter);
            }
        }
        for (Prop p : s.props) {
            if (p.read == null) {
                s.fallback = "property " + p.name + " is private and has no accessible getter";
            }
        }
        creation(s, fields, setters);
    }

    private void creation(Struct s, List<VariableElement> fields, List<ExecutableElement> setters) {
        TypeElement te = s.type;
        List<Prop> props = s.props;
        ExecutableElement noArg = null;
        for (ExecutableElement c : ElementFilter.constructorsIn(te.getEnclosedElements())) {
            if (c.getParameters().isEmpty()) {
                noArg = c;
            }
        }
        boolean allWritable = true;
        for (int i = 0; i < props.size(); i++) {
            if (setters.get(i) == null && fields.get(i).getModifiers().contains(Modifier.FINAL)) {
                allWritable = false;
            }
        }
        boolean inner = te.getNestingKind() == NestingKind.MEMBER && !te.getModifiers().contains(Modifier.STATIC);
        if (noArg != null && allWritable && !inner) {
            s.kind = "BEAN";
            if (noArg.getModifiers().contains(Modifier.PRIVATE)) {
                s.fallback = "its no-argument constructor is private";
            }
            for (int i = 0; i < props.size(); i++) {
                Prop p = props.get(i);
                if (setters.get(i) != null) {
                    p.write = "b." + setters.get(i).getSimpleName() + "(%s);";
                } else if (usable(fields.get(i), te)) {
                    p.write = "b." + p.name + " = %s;";
                } else {
                    s.fallback = "property " + p.name + " is private and has no public setter";
                }
            }
            return;
        }
        if (builder(s)) {
            return;
        }
        if (ctor(s)) {
            return;
        }
        throw new Fail("Cannot map " + s.name + ": no way to create it. Give it a no-argument "
            + "constructor with setters (or non-final fields), a static builder() with a method per property and "
            + "build(), or a constructor taking all " + props.size() + " mapped properties "
            + props.stream().map(p -> p.name).toList());
    }

    private boolean builder(Struct s) {
        ExecutableElement builder = null;
        for (ExecutableElement m : ElementFilter.methodsIn(s.type.getEnclosedElements())) {
            if (m.getSimpleName().contentEquals("builder") && m.getParameters().isEmpty()) {
                builder = m;
            }
        }
        if (builder == null || !builder.getModifiers().contains(Modifier.STATIC)) {
            return false;
        }
        TypeElement bt = element(builder.getReturnType());
        if (bt == null) {
            return false;
        }
        ExecutableElement build = null;
        for (TypeElement k = bt; k != null && !k.getQualifiedName().contentEquals("java.lang.Object") && build == null;
             k = element(k.getSuperclass())) {
            for (ExecutableElement m : ElementFilter.methodsIn(k.getEnclosedElements())) {
                if (m.getSimpleName().contentEquals("build") && m.getParameters().isEmpty()
                    && types.isAssignable(types.erasure(m.getReturnType()), types.erasure(s.type.asType()))
                    && !m.getModifiers().contains(Modifier.STATIC)) {
                    build = m;
                }
            }
        }
        if (build == null) {
            return false;
        }
        s.kind = "BUILDER";
        s.builderType = canonical(types.erasure(builder.getReturnType()));
        if (builder.getModifiers().contains(Modifier.PRIVATE) || build.getModifiers().contains(Modifier.PRIVATE)
            || !accessible(bt)) {
            s.fallback = "its builder is not accessible in its package";
        }
        for (Prop p : s.props) {
            ExecutableElement m = oneArg(bt, p.name, p.raw);
            if (m == null) {
                m = oneArg(bt, "set" + cap(p.name), p.raw);
            }
            if (m == null) {
                m = oneArg(bt, "with" + cap(p.name), p.raw);
            }
            if (m == null) {
                throw new Fail("Cannot map " + s.name + ": its builder " + binary(bt) + " has no method for property " + p.name);
            }
            if (m.getModifiers().contains(Modifier.PRIVATE)) {
                s.fallback = "its builder method " + m.getSimpleName() + " is private";
            }
            p.write = "b." + m.getSimpleName() + "(%s);";
        }
        return true;
    }

    private ExecutableElement oneArg(TypeElement c, String name, String raw) {
        for (TypeElement k = c; k != null && !k.getQualifiedName().contentEquals("java.lang.Object"); k = element(k.getSuperclass())) {
            for (ExecutableElement m : ElementFilter.methodsIn(k.getEnclosedElements())) {
                if (m.getSimpleName().contentEquals(name) && m.getParameters().size() == 1
                    && erasure(m.getParameters().get(0).asType()).equals(raw) && !m.getModifiers().contains(Modifier.STATIC)) {
                    return m;
                }
            }
        }
        return null;
    }

    private boolean ctor(Struct s) {
        int n = s.props.size();
        Map<String, Integer> slotByName = new HashMap<>();
        for (int i = 0; i < n; i++) {
            slotByName.put(s.props.get(i).name, i);
        }
        for (boolean named : new boolean[] {true, false}) {
            for (ExecutableElement c : ElementFilter.constructorsIn(s.type.getEnclosedElements())) {
                if (c.getParameters().size() != n) {
                    continue;
                }
                int[] slotOfArg = new int[n];
                boolean ok = true;
                for (int i = 0; i < n && ok; i++) {
                    VariableElement param = c.getParameters().get(i);
                    Integer slot = named ? slotByName.get(param.getSimpleName().toString()) : Integer.valueOf(i);
                    if (slot == null || !s.props.get(slot).raw.equals(erasure(param.asType()))) {
                        ok = false;
                    } else {
                        slotOfArg[i] = slot;
                    }
                }
                if (ok) {
                    s.kind = "CTOR";
                    s.slotOfArg = slotOfArg;
                    if (c.getModifiers().contains(Modifier.PRIVATE)) {
                        s.fallback = "its all-arguments constructor is private";
                    }
                    if (!named) {
                        s.fallback = "its constructor's parameters are not named like its properties";
                    }
                    return true;
                }
            }
        }
        return false;
    }

    private ExecutableElement findGetter(TypeElement te, String name, String raw, boolean publicOnly) {
        ExecutableElement m = noArg(te, "get" + cap(name), publicOnly);
        if (m == null && (raw.equals("boolean") || raw.equals("java.lang.Boolean"))) {
            m = noArg(te, "is" + cap(name), publicOnly);
        }
        if (m == null) {
            ExecutableElement plain = noArg(te, name, publicOnly);
            if (plain != null && erasure(plain.getReturnType()).equals(raw)) {
                m = plain;
            }
        }
        return m != null && erasure(m.getReturnType()).equals(raw) ? m : null;
    }

    private ExecutableElement noArg(TypeElement te, String name, boolean publicOnly) {
        for (ExecutableElement m : ElementFilter.methodsIn(elements.getAllMembers(te))) {
            if (m.getSimpleName().contentEquals(name) && m.getParameters().isEmpty()
                && (publicOnly ? m.getModifiers().contains(Modifier.PUBLIC) : !m.getModifiers().contains(Modifier.PRIVATE))) {
                return m.getModifiers().contains(Modifier.STATIC) ? null : m;
            }
        }
        return null;
    }

    private ExecutableElement findSetter(TypeElement te, String name, String raw, boolean publicOnly) {
        for (ExecutableElement m : ElementFilter.methodsIn(elements.getAllMembers(te))) {
            if (m.getSimpleName().contentEquals("set" + cap(name)) && m.getParameters().size() == 1
                && erasure(m.getParameters().get(0).asType()).equals(raw)
                && (!publicOnly || m.getModifiers().contains(Modifier.PUBLIC))) {
                return m.getModifiers().contains(Modifier.STATIC) ? null : m;
            }
        }
        return null;
    }

    /** The stored type of a property (S, N, B, BOOL, L, M, SS, NS, BS), or null when a converter decides. */
    private String propertyType(Struct s, Prop p, String where, Set<String> visiting) {
        AnnotationMirror cw = anno(p, A + "ConvertWith");
        if (cw != null) {
            TypeElement conv = element((TypeMirror) value(cw, "value"));
            ExecutableElement noArg = null;
            for (ExecutableElement c : ElementFilter.constructorsIn(conv.getEnclosedElements())) {
                if (c.getParameters().isEmpty()) {
                    noArg = c;
                }
            }
            if (noArg == null) {
                throw new Fail("Cannot map " + where + ": converter " + binary(conv) + " needs a no-argument constructor");
            }
            if (noArg.getModifiers().contains(Modifier.PRIVATE) || !accessible(conv)) {
                s.fallback = "the converter of property " + p.name + " cannot be created from its package";
            }
            return null;
        }
        if (anno(p, JPA + "Convert") != null) {
            return null;
        }
        if (anno(p, A + "Json") != null) {
            return "S";
        }
        AnnotationMirror en = anno(p, JPA + "Enumerated");
        boolean ordinal = en != null && String.valueOf(value(en, "value")).equals("ORDINAL");
        return typeConv(s, p.type, where, ordinal, visiting);
    }

    private String typeConv(Struct s, TypeMirror type, String where, boolean ordinal, Set<String> visiting) {
        switch (type.getKind()) {
            case WILDCARD -> {
                TypeMirror up = ((WildcardType) type).getExtendsBound();
                return typeConv(s, up == null ? elements.getTypeElement("java.lang.Object").asType() : up, where, false, visiting);
            }
            case BOOLEAN, BYTE, SHORT, INT, LONG, CHAR, FLOAT, DOUBLE -> {
                return SCALARS.get(type.toString());
            }
            case ARRAY -> {
                TypeMirror comp = ((ArrayType) type).getComponentType();
                if (comp.getKind() == TypeKind.BYTE) {
                    return "B";
                }
                typeConv(s, comp, where, false, visiting);
                return "L";
            }
            case DECLARED -> {
                DeclaredType dt = (DeclaredType) type;
                TypeElement te = (TypeElement) dt.asElement();
                String raw = te.getQualifiedName().toString();
                if (converted.contains(raw)) {
                    return null;
                }
                if (!dt.getTypeArguments().isEmpty()) {
                    List<? extends TypeMirror> args = dt.getTypeArguments();
                    if (raw.equals("java.util.Optional")) {
                        return typeConv(s, args.get(0), where, ordinal, visiting);
                    }
                    if (isA(te, "java.util.Set")) {
                        if (te.getKind() != ElementKind.INTERFACE && !Set.of("java.util.HashSet", "java.util.LinkedHashSet",
                            "java.util.TreeSet").contains(raw)) {
                            throw unsupported(type, where);
                        }
                        String et = typeConv(s, args.get(0), where, ordinal, visiting);
                        return et == null ? null : et.equals("S") || et.equals("N") || et.equals("B") ? et + "S" : "L";
                    }
                    if (isA(te, "java.util.Collection") || raw.equals("java.lang.Iterable")) {
                        if (!Set.of("java.util.List", "java.util.Collection", "java.lang.Iterable", "java.util.ArrayList")
                            .contains(raw)) {
                            throw unsupported(type, where);
                        }
                        typeConv(s, args.get(0), where, ordinal, visiting);
                        return "L";
                    }
                    if (isA(te, "java.util.Map")) {
                        TypeMirror k = args.get(0);
                        TypeElement ke = k.getKind() == TypeKind.DECLARED ? (TypeElement) ((DeclaredType) k).asElement() : null;
                        boolean okKey = ke != null && ((DeclaredType) k).getTypeArguments().isEmpty()
                            && (ke.getKind() == ElementKind.ENUM || Set.of("java.lang.String", "java.util.UUID",
                            "java.lang.Integer", "java.lang.Long").contains(ke.getQualifiedName().toString()));
                        if (!okKey) {
                            throw new Fail("Cannot map " + where + ": map keys must be String, an enum, UUID, "
                                + "Integer or Long, not " + typeName(k));
                        }
                        typeConv(s, args.get(1), where, ordinal, visiting);
                        return "M";
                    }
                    throw unsupported(type, where);
                }
                String scalar = SCALARS.get(raw);
                if (scalar != null) {
                    return scalar;
                }
                if (te.getKind() == ElementKind.ENUM) {
                    return ordinal ? "N" : "S";
                }
                if (isA(te, "java.util.Collection") || isA(te, "java.util.Map") || raw.equals("java.util.Optional")) {
                    throw new Fail("Cannot map " + where + ": " + binary(te) + " needs type arguments");
                }
                if (te.getKind() == ElementKind.INTERFACE || te.getKind() == ElementKind.ANNOTATION_TYPE
                    || te.getModifiers().contains(Modifier.ABSTRACT) || raw.startsWith("java.") || raw.startsWith("javax.")
                    || te.getNestingKind() == NestingKind.ANONYMOUS) {
                    throw unsupported(type, where);
                }
                String nestedName = binary(te);
                if (visiting.contains(nestedName)) {
                    return "M";
                }
                if (polymorphic(te) || !fromSource(te)) {
                    return "M"; // checked by the reflective schema at run time
                }
                try {
                    Struct in = struct(te, false, new ArrayList<>(), visiting);
                    s.nested.add(in);
                } catch (Fail f) {
                    throw new Fail("Cannot map " + where + " (stored as a map): " + f.getMessage());
                }
                return "M";
            }
            default -> throw unsupported(type, where);
        }
    }

    private Fail unsupported(TypeMirror type, String where) {
        return new Fail("Cannot map " + where + ": unsupported type " + typeName(type)
            + " (mark it @Json, give it a @ConvertWith converter or register a converter for it)");
    }

    private boolean isA(TypeElement te, String iface) {
        TypeElement i = elements.getTypeElement(iface);
        return i != null && types.isSubtype(types.erasure(te.asType()), types.erasure(i.asType()));
    }

    private void checkEntity(Struct s) {
        String where = s.name;
        Prop pk = null;
        Prop sk = null;
        Prop version = null;
        Prop ttl = null;
        Prop jpaId = null;
        Map<String, Prop[]> indexes = new LinkedHashMap<>();
        for (Prop a : s.props) {
            if (a.flattened) {
                continue;
            }
            String prop = where + "." + a.name;
            if (anno(a, A + "PartitionKey") != null) {
                if (pk != null) {
                    throw new Fail("Cannot map " + where + ": two partition keys, " + pk.name + " and " + a.name);
                }
                pk = a;
            }
            if (anno(a, JPA + "Id") != null) {
                jpaId = a;
            }
            if (anno(a, A + "SortKey") != null) {
                if (sk != null) {
                    throw new Fail("Cannot map " + where + ": two sort keys, " + sk.name + " and " + a.name);
                }
                sk = a;
            }
            if (anno(a, A + "Version") != null || anno(a, JPA + "Version") != null) {
                if (!NUMERIC_VERSION.contains(a.raw)) {
                    throw new Fail("Cannot map " + prop + ": a version property must be long, int, Long or "
                        + "Integer, not " + typeName(a.type));
                }
                if (version != null) {
                    throw new Fail("Cannot map " + where + ": two version properties, " + version.name + " and " + a.name);
                }
                version = a;
            }
            if (anno(a, A + "TimeToLive") != null) {
                if (ttl != null) {
                    throw new Fail("Cannot map " + where + ": two time-to-live properties");
                }
                ttl = a;
            }
            AnnotationMirror g = anno(a, A + "AutoGenerated");
            if (g != null) {
                String strategy = String.valueOf(value(g, "value"));
                boolean ok = switch (strategy) {
                    case "UUID" -> a.raw.equals("java.lang.String") || a.raw.equals("java.util.UUID");
                    case "ULID" -> a.raw.equals("java.lang.String");
                    default -> TIMESTAMP_TYPES.contains(a.raw);
                };
                if (!ok) {
                    throw new Fail("Cannot map " + prop + ": @AutoGenerated(" + strategy + ") does not support type "
                        + typeName(a.type));
                }
            }
            for (int i = 0; i < 2; i++) {
                AnnotationMirror idx = anno(a, A + (i == 0 ? "IndexPartitionKey" : "IndexSortKey"));
                if (idx == null) {
                    continue;
                }
                for (String name : strings(value(idx, "value"))) {
                    Prop[] e = indexes.computeIfAbsent(name, k -> new Prop[2]);
                    if (e[i] != null) {
                        throw new Fail("Cannot map " + where + ": index " + name + " has two " + (i == 0 ? "partition" : "sort")
                            + " keys, " + e[i].name + " and " + a.name);
                    }
                    e[i] = a;
                }
            }
        }
        if (pk == null) {
            pk = jpaId;
        }
        if (pk == null) {
            throw new Fail("Cannot map " + where + ": no partition key (mark one property @PartitionKey)");
        }
        if (pk == sk) {
            throw new Fail("Cannot map " + where + "." + pk.name + ": it is both partition and sort key");
        }
        checkKey(where, pk, "partition key");
        if (sk != null) {
            checkKey(where, sk, "sort key");
        }
        for (Map.Entry<String, Prop[]> e : indexes.entrySet()) {
            for (Prop a : e.getValue()) {
                if (a != null) {
                    checkKey(where, a, "key of index " + e.getKey());
                }
            }
            if (e.getValue()[0] == null && sk == null) {
                throw new Fail("Cannot map " + where + ": index " + e.getKey() + " has only a sort key, which "
                    + "makes it a local index, but the table has no sort key");
            }
        }
        for (Projection p : projections(s.type)) {
            if (!indexes.containsKey(p.index)) {
                throw new Fail("Cannot map " + where + ": @SecondaryIndex names index " + p.index
                    + ", which no property declares as key");
            }
            for (String inc : p.include) {
                if (s.props.stream().noneMatch(x -> x.name.equals(inc))) {
                    throw new Fail("Cannot map " + where + ": index " + p.index + " includes unknown property " + inc);
                }
            }
        }
    }

    private void checkKey(String where, Prop a, String what) {
        String t = a.storedType;
        if (t == null) {
            return; // decided by a converter at run time
        }
        if (!t.equals("S") && !t.equals("N") && !t.equals("B")) {
            throw new Fail("Cannot map " + where + "." + a.name + ": the " + what + " must be stored as a "
                + "string, number or binary, but type " + typeName(a.type) + " is stored as " + t);
        }
    }

    private record Projection(String index, String projection, List<String> include) {
    }

    private List<Projection> projections(TypeElement te) {
        List<Projection> out = new ArrayList<>();
        for (TypeElement k = te; k != null && !k.getQualifiedName().contentEquals("java.lang.Object"); k = element(k.getSuperclass())) {
            collectProjections(k, out);
            for (TypeMirror i : k.getInterfaces()) {
                collectProjections(element(i), out);
            }
        }
        return out;
    }

    private void collectProjections(TypeElement k, List<Projection> out) {
        if (k == null) {
            return;
        }
        for (AnnotationMirror m : k.getAnnotationMirrors()) {
            String n = name(m);
            List<AnnotationMirror> list = new ArrayList<>();
            if (n.equals(A + "SecondaryIndex")) {
                list.add(m);
            } else if (n.equals(A + "SecondaryIndex.List")) {
                for (Object o : (List<?>) value(m, "value")) {
                    list.add((AnnotationMirror) ((AnnotationValue) o).getValue());
                }
            }
            for (AnnotationMirror si : list) {
                String index = (String) value(si, "name");
                if (out.stream().noneMatch(p -> p.index.equals(index))) {
                    out.add(new Projection(index, String.valueOf(value(si, "projection")), strings(value(si, "include"))));
                }
            }
        }
    }

    private boolean polymorphic(TypeElement te) {
        if (te == null) {
            return false;
        }
        for (AnnotationMirror m : te.getAnnotationMirrors()) {
            if (name(m).equals(A + "Polymorphic")) {
                return true;
            }
        }
        for (TypeMirror i : te.getInterfaces()) {
            if (polymorphic(element(i))) {
                return true;
            }
        }
        TypeElement sup = element(te.getSuperclass());
        return sup != null && !sup.getQualifiedName().contentEquals("java.lang.Object") && polymorphic(sup);
    }

    // ------------------------------------------------------------------ generation

    private String source(Struct s) {
        TypeElement te = s.type;
        String pkg = elements.getPackageOf(te).getQualifiedName().toString();
        String simple = s.name.substring(pkg.isEmpty() ? 0 : pkg.length() + 1) + SUFFIX;
        String t = canonical(types.erasure(te.asType()));
        StringBuilder b = new StringBuilder();
        if (!pkg.isEmpty()) {
            b.append("package ").append(pkg).append(";\n\n");
        }
        b.append("/** Schema of {@link ").append(t).append("}, generated by the Tidemark mapper's annotation processor. */\n");
        b.append("@javax.annotation.processing.Generated(\"").append(SchemaProcessor.class.getName()).append("\")\n");
        b.append("@SuppressWarnings({\"unchecked\", \"rawtypes\"})\n");
        b.append("public final class ").append(simple).append(" implements ").append(GS).append(" {\n");
        b.append("    private static final java.util.List<").append(GS).append(".Property> PROPERTIES = java.util.List.of(");
        for (int i = 0; i < s.props.size(); i++) {
            Prop p = s.props.get(i);
            b.append(i == 0 ? "\n" : ",\n").append("        ").append(property(p));
        }
        b.append(");\n\n");
        b.append("    @Override\n    public Class<?> type() {\n        return ").append(t).append(".class;\n    }\n\n");
        String table = table(te);
        b.append("    @Override\n    public String table() {\n        return ").append(table == null ? "null" : literal(table))
            .append(";\n    }\n\n");
        b.append("    @Override\n    public java.util.List<").append(GS).append(".Property> properties() {\n        return PROPERTIES;\n    }\n\n");
        b.append("    @Override\n    public java.util.List<").append(GS).append(".Projection> projections() {\n        return java.util.List.of(");
        List<Projection> projections = projections(te);
        for (int i = 0; i < projections.size(); i++) {
            Projection p = projections.get(i);
            b.append(i == 0 ? "" : ", ").append("new ").append(GS).append(".Projection(").append(literal(p.index)).append(", ")
                .append(literal(p.projection)).append(", java.util.List.of(")
                .append(String.join(", ", p.include.stream().map(SchemaProcessor::literal).toList())).append("))");
        }
        b.append(");\n    }\n\n");
        b.append("    @Override\n    public Object get(Object entity, int slot) {\n        ").append(t).append(" o = (").append(t)
            .append(") entity;\n        switch (slot) {\n");
        for (int i = 0; i < s.props.size(); i++) {
            b.append("            case ").append(i).append(": return ").append(s.props.get(i).read).append(";\n");
        }
        b.append("            default: throw new IndexOutOfBoundsException(slot);\n        }\n    }\n\n");
        switch (s.kind) {
            case "BEAN" -> {
                b.append("    @Override\n    public Object start() {\n        return new ").append(t).append("();\n    }\n\n");
                setter(b, s, t);
                b.append("    @Override\n    public Object finish(Object holder) {\n        return holder;\n    }\n\n");
                b.append("    @Override\n    public boolean mutable() {\n        return true;\n    }\n");
            }
            case "BUILDER" -> {
                b.append("    @Override\n    public Object start() {\n        return ").append(t).append(".builder();\n    }\n\n");
                setter(b, s, s.builderType);
                b.append("    @Override\n    public Object finish(Object holder) {\n        return ((").append(s.builderType)
                    .append(") holder).build();\n    }\n\n");
                b.append("    @Override\n    public boolean mutable() {\n        return false;\n    }\n");
            }
            default -> {
                b.append("    @Override\n    public Object start() {\n        return new Object[] {");
                for (int i = 0; i < s.props.size(); i++) {
                    b.append(i == 0 ? "" : ", ").append(zero(s.props.get(i).raw));
                }
                b.append("};\n    }\n\n");
                b.append("    @Override\n    public void set(Object holder, int slot, Object value) {\n");
                b.append("        if (value != null) {\n            ((Object[]) holder)[slot] = value;\n        }\n    }\n\n");
                b.append("    @Override\n    public Object finish(Object holder) {\n        Object[] a = (Object[]) holder;\n");
                b.append("        return new ").append(t).append("(");
                for (int i = 0; i < s.slotOfArg.length; i++) {
                    int slot = s.slotOfArg[i];
                    b.append(i == 0 ? "" : ", ").append("(").append(cast(s.props.get(slot))).append(") a[").append(slot).append("]");
                }
                b.append(");\n    }\n\n");
                b.append("    @Override\n    public boolean mutable() {\n        return false;\n    }\n");
            }
        }
        b.append("}\n");
        return b.toString();
    }

    private void setter(StringBuilder b, Struct s, String holderType) {
        b.append("    @Override\n    public void set(Object holder, int slot, Object value) {\n        ").append(holderType)
            .append(" b = (").append(holderType).append(") holder;\n        switch (slot) {\n");
        for (int i = 0; i < s.props.size(); i++) {
            Prop p = s.props.get(i);
            String stmt = String.format(p.write, "(" + cast(p) + ") value");
            if (p.type.getKind().isPrimitive()) {
                stmt = "if (value != null) { " + stmt + " }";
            }
            b.append("            case ").append(i).append(": ").append(stmt).append(" break;\n");
        }
        b.append("            default: throw new IndexOutOfBoundsException(slot);\n        }\n    }\n\n");
    }

    private String property(Prop p) {
        StringBuilder b = new StringBuilder(GS).append(".Property.of(").append(literal(p.name)).append(", ")
            .append(token(p.type)).append(", ").append(cast(p)).append(".class)");
        if (p.flattened) {
            return b.append(".flatten(").append(literal(p.flattenPrefix)).append(")").toString();
        }
        AnnotationMirror at = anno(p, A + "Attribute");
        AnnotationMirror col = anno(p, JPA + "Column");
        if (at != null || (col != null && !((String) value(col, "name")).isEmpty())) {
            b.append(".attribute(").append(literal(p.attribute)).append(")");
        }
        flag(b, p, A + "PartitionKey", ".partitionKey()");
        flag(b, p, A + "SortKey", ".sortKey()");
        flag(b, p, JPA + "Id", ".jpaId()");
        flag(b, p, A + "Version", ".version()");
        flag(b, p, JPA + "Version", ".jpaVersion()");
        flag(b, p, A + "TimeToLive", ".timeToLive()");
        flag(b, p, A + "Json", ".json()");
        AnnotationMirror g = anno(p, A + "AutoGenerated");
        if (g != null) {
            b.append(".generated(dev.tidemark.mapper.annotation.AutoGenerated.Strategy.").append(value(g, "value")).append(")");
        }
        for (String k : List.of("IndexPartitionKey", "IndexSortKey")) {
            AnnotationMirror m = anno(p, A + k);
            if (m != null) {
                b.append(".").append(Character.toLowerCase(k.charAt(0))).append(k.substring(1)).append("(")
                    .append(String.join(", ", strings(value(m, "value")).stream().map(SchemaProcessor::literal).toList()))
                    .append(")");
            }
        }
        AnnotationMirror en = anno(p, JPA + "Enumerated");
        if (en != null && String.valueOf(value(en, "value")).equals("ORDINAL")) {
            b.append(".ordinal()");
        }
        AnnotationMirror cw = anno(p, A + "ConvertWith");
        if (cw != null) {
            b.append(".converter(new ").append(canonical(types.erasure((TypeMirror) value(cw, "value")))).append("())");
        }
        return b.toString();
    }

    private void flag(StringBuilder b, Prop p, String anno, String call) {
        if (anno(p, anno) != null) {
            b.append(call);
        }
    }

    /** A java.lang.reflect.Type expression equal to what reflection reports for the declared type. */
    private String token(TypeMirror t) {
        switch (t.getKind()) {
            case DECLARED -> {
                DeclaredType dt = (DeclaredType) t;
                String raw = canonical(types.erasure(t)) + ".class";
                if (dt.getTypeArguments().isEmpty()) {
                    return raw;
                }
                StringBuilder b = new StringBuilder(GS).append(".parameterized(").append(raw);
                for (TypeMirror a : dt.getTypeArguments()) {
                    b.append(", ").append(token(a));
                }
                return b.append(")").toString();
            }
            case ARRAY -> {
                TypeMirror c = ((ArrayType) t).getComponentType();
                if (c.getKind().isPrimitive() || (c.getKind() == TypeKind.DECLARED && ((DeclaredType) c).getTypeArguments().isEmpty())
                    || c.getKind() == TypeKind.ARRAY && token(c).endsWith(".class")) {
                    return canonical(types.erasure(t)) + ".class";
                }
                return GS + ".arrayOf(" + token(c) + ")";
            }
            case WILDCARD -> {
                TypeMirror up = ((WildcardType) t).getExtendsBound();
                return GS + ".wildcard(" + (up == null ? "Object.class" : token(up)) + ")";
            }
            default -> {
                return canonical(types.erasure(t)) + ".class";
            }
        }
    }

    private String cast(Prop p) {
        return canonical(types.erasure(p.type));
    }

    private String canonical(TypeMirror erased) {
        return switch (erased.getKind()) {
            case DECLARED -> ((TypeElement) ((DeclaredType) erased).asElement()).getQualifiedName().toString();
            case ARRAY -> canonical(types.erasure(((ArrayType) erased).getComponentType())) + "[]";
            default -> erased.toString();
        };
    }

    /** The name reflection gives a type: binary class names, type arguments in angle brackets. */
    private String typeName(TypeMirror t) {
        return switch (t.getKind()) {
            case DECLARED -> {
                DeclaredType dt = (DeclaredType) t;
                String raw = binary((TypeElement) dt.asElement());
                if (dt.getTypeArguments().isEmpty()) {
                    yield raw;
                }
                yield raw + "<" + String.join(", ", dt.getTypeArguments().stream().map(this::typeName).toList()) + ">";
            }
            case ARRAY -> typeName(((ArrayType) t).getComponentType()) + "[]";
            case WILDCARD -> {
                WildcardType w = (WildcardType) t;
                yield w.getExtendsBound() != null ? "? extends " + typeName(w.getExtendsBound())
                    : w.getSuperBound() != null ? "? super " + typeName(w.getSuperBound()) : "?";
            }
            case TYPEVAR -> t.toString();
            default -> t.toString();
        };
    }

    private String table(TypeElement te) {
        AnnotationMirror t = anno(te.getAnnotationMirrors(), MAPPED_TABLE);
        if (t != null) {
            String v = (String) value(t, "value");
            return v.isEmpty() ? te.getSimpleName().toString() : v;
        }
        AnnotationMirror jt = anno(te.getAnnotationMirrors(), JPA + "Table");
        if (jt != null && !((String) value(jt, "name")).isEmpty()) {
            return (String) value(jt, "name");
        }
        AnnotationMirror je = anno(te.getAnnotationMirrors(), ENTITY);
        if (je != null) {
            String n = (String) value(je, "name");
            return n.isEmpty() ? te.getSimpleName().toString() : n;
        }
        return null;
    }

    private static String zero(String raw) {
        return switch (raw) {
            case "boolean" -> "false";
            case "char" -> "'\\0'";
            case "long" -> "0L";
            case "double" -> "0d";
            case "float" -> "0f";
            case "short" -> "(short) 0";
            case "byte" -> "(byte) 0";
            case "int" -> "0";
            default -> "null";
        };
    }

    // ------------------------------------------------------------------ helpers

    /** Whether generated code in the class's package can use it: compiled now, static, not private. */
    private boolean generatable(TypeElement te) {
        if (!fromSource(te)) {
            return false;
        }
        if (te.getNestingKind() == NestingKind.LOCAL || te.getNestingKind() == NestingKind.ANONYMOUS) {
            return false;
        }
        if (te.getNestingKind() == NestingKind.MEMBER && !te.getModifiers().contains(Modifier.STATIC)
            && te.getKind() == ElementKind.CLASS) {
            return false;
        }
        return accessible(te);
    }

    private boolean typeAccessible(TypeMirror t) {
        return switch (t.getKind()) {
            case DECLARED -> accessible(element(t))
                && ((DeclaredType) t).getTypeArguments().stream().allMatch(this::typeAccessible);
            case ARRAY -> typeAccessible(((ArrayType) t).getComponentType());
            case WILDCARD -> ((WildcardType) t).getExtendsBound() == null || typeAccessible(((WildcardType) t).getExtendsBound());
            case TYPEVAR -> typeAccessible(types.erasure(t));
            default -> true;
        };
    }

    /** Whether a member can be used from another class of {@code te}'s package. */
    private boolean usable(Element member, TypeElement te) {
        Set<Modifier> m = member.getModifiers();
        if (m.contains(Modifier.PUBLIC)) {
            return true;
        }
        return !m.contains(Modifier.PRIVATE)
            && elements.getPackageOf(member).equals(elements.getPackageOf(te));
    }

    private boolean fromSource(TypeElement te) {
        Element top = te;
        while (top.getEnclosingElement() instanceof TypeElement t) {
            top = t;
        }
        return sources.contains(((TypeElement) top).getQualifiedName().toString());
    }

    private boolean accessible(TypeElement te) {
        for (Element e = te; e instanceof TypeElement t; e = e.getEnclosingElement()) {
            if (t.getModifiers().contains(Modifier.PRIVATE) || t.getNestingKind() == NestingKind.LOCAL
                || t.getNestingKind() == NestingKind.ANONYMOUS) {
                return false;
            }
        }
        return true;
    }

    private TypeElement element(TypeMirror t) {
        if (t == null || t.getKind() != TypeKind.DECLARED) {
            return null;
        }
        return (TypeElement) ((DeclaredType) t).asElement();
    }

    private String binary(TypeElement te) {
        return elements.getBinaryName(te).toString();
    }

    private String erasure(TypeMirror t) {
        return canonical(types.erasure(t));
    }

    private static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String name(AnnotationMirror m) {
        return ((TypeElement) m.getAnnotationType().asElement()).getQualifiedName().toString();
    }

    private static AnnotationMirror anno(Prop p, String name) {
        return anno(p.annos, name);
    }

    private static AnnotationMirror anno(List<? extends AnnotationMirror> list, String name) {
        for (AnnotationMirror m : list) {
            if (name(m).equals(name)) {
                return m;
            }
        }
        return null;
    }

    /** An annotation element's value, defaults included (enum constants as their names). */
    private Object value(AnnotationMirror m, String element) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : elements.getElementValuesWithDefaults(m).entrySet()) {
            if (e.getKey().getSimpleName().contentEquals(element)) {
                Object v = e.getValue().getValue();
                return v instanceof VariableElement ve ? ve.getSimpleName().toString() : v;
            }
        }
        return null;
    }

    private static List<String> strings(Object v) {
        List<String> out = new ArrayList<>();
        if (v instanceof List<?> l) {
            for (Object o : l) {
                out.add(String.valueOf(((AnnotationValue) o).getValue()));
            }
        } else if (v != null) {
            out.add(String.valueOf(v));
        }
        return out;
    }

    private static String literal(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
