package vn.motcua.catalogue.api;

import java.util.Map;

/**
 * Form data that passed an e-form's checks.
 *
 * @param revision the e-form revision it was checked against, null when the procedure has no e-form (then the data is
 *                 returned as given)
 * @param data     the normalised values in the form's field order: strings trimmed, numbers as numbers, dates as
 *                 {@code yyyy-MM-dd}, phone numbers as digits, empty optional fields left out
 */
public record EFormCheck(String procedureCode, Integer revision, Map<String, Object> data) {
}
