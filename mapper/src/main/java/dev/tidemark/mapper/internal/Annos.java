package dev.tidemark.mapper.internal;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.util.ArrayList;
import java.util.List;

/**
 * The annotations of one property, merged from its field, accessor methods and record component.
 * Jakarta Persistence annotations are looked up by name, so the JPA jar is optional.
 */
final class Annos {
    static final String JPA = "jakarta.persistence.";

    private final List<Annotation> all;

    Annos(List<Annotation> all) {
        this.all = all;
    }

    static Annos of(AnnotatedElement... elements) {
        List<Annotation> list = new ArrayList<>();
        for (AnnotatedElement e : elements) {
            if (e != null) {
                for (Annotation a : e.getAnnotations()) {
                    list.add(a);
                }
            }
        }
        return new Annos(list);
    }

    <A extends Annotation> A get(Class<A> type) {
        for (Annotation a : all) {
            if (a.annotationType() == type) {
                return type.cast(a);
            }
        }
        return null;
    }

    boolean has(Class<? extends Annotation> type) {
        return get(type) != null;
    }

    /** A Jakarta Persistence annotation by simple name, or null. */
    Annotation jpa(String simpleName) {
        return jpa(all, simpleName);
    }

    static Annotation jpa(List<Annotation> list, String simpleName) {
        String name = JPA + simpleName;
        for (Annotation a : list) {
            if (a.annotationType().getName().equals(name)) {
                return a;
            }
        }
        return null;
    }

    /** A Jakarta Persistence annotation on a class, or null. */
    static Annotation jpaOnType(Class<?> type, String simpleName) {
        return jpa(List.of(type.getAnnotations()), simpleName);
    }

    /** An element of an annotation read reflectively (for annotations the mapper does not link against). */
    static Object value(Annotation a, String element) {
        try {
            return a.annotationType().getMethod(element).invoke(a);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + a.annotationType().getName() + "." + element, e);
        }
    }
}
