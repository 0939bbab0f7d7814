package vn.motcua.catalogue.shell;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import vn.motcua.platform.api.error.ValidationException;

/**
 * The catalogue JSON format as the REST API reads and writes it (ISO dates, no nulls written, unknown fields
 * rejected), so a file exported by the console imports through the API and the other way round.
 */
final class Json {
    static final ObjectMapper MAPPER = JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .serializationInclusion(JsonInclude.Include.NON_NULL)
        .build();

    private Json() {
    }

    /** A parse failure as a field error: the JSON path of the bad value, with line and column in the file. */
    static ValidationException invalid(JsonProcessingException e) {
        String field = e instanceof JsonMappingException m ? path(m) : "";
        if (field.isEmpty()) {
            field = "file";
        }
        String where = e.getLocation() == null ? ""
            : " (dòng / line " + e.getLocation().getLineNr() + ", cột / column " + e.getLocation().getColumnNr() + ")";
        String detail = e.getOriginalMessage();
        return ValidationException.of(field, "bad-json", "JSON không hợp lệ" + where + ": " + detail,
            "invalid JSON" + where + ": " + detail);
    }

    /** {@code procedures[3].fees[0].amount}, as the API's problems name fields. */
    private static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }
}
