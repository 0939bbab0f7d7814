package vn.motcua.catalogue.impl;

import vn.motcua.platform.api.error.ValidationException;

/** Shorthand for a one-field validation failure. */
final class ValidationFailure {
    private ValidationFailure() {
    }

    static ValidationException field(String field, String code, String vi, String en) {
        return ValidationException.of(field, code, vi, en);
    }
}
