package vn.motcua.platform.api.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Groups a resource's operations in the OpenAPI document and summarises an operation (Vietnamese / English). */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface ApiTag {
    /** Tag on a type; summary on a method. */
    String value();

    /** Longer description. */
    String description() default "";
}
