package vn.motcua.itests;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The requirement clauses (ids of ../shared/SEED-CLAUSES.md, e.g. {@code 000-10.3}) an acceptance test proves. The
 * build reads these to write docs/CONFORMANCE.md.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Clauses {
    String[] value();
}
