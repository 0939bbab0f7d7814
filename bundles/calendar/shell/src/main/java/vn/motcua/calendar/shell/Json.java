package vn.motcua.calendar.shell;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import vn.motcua.platform.api.error.ValidationException;

/** The calendar JSON as the REST API reads it (ISO dates and times, unknown fields rejected). */
final class Json {
    static final ObjectMapper MAPPER = JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .build();

    private Json() {
    }

    /** A parse failure as a field error: the JSON path of the bad value, with line and column in the file. */
    static ValidationException invalid(JsonProcessingException e) {
        StringBuilder path = new StringBuilder();
        if (e instanceof JsonMappingException m) {
            for (JsonMappingException.Reference ref : m.getPath()) {
                if (ref.getFieldName() != null) {
                    path.append(path.length() > 0 ? "." : "").append(ref.getFieldName());
                } else if (ref.getIndex() >= 0) {
                    path.append('[').append(ref.getIndex()).append(']');
                }
            }
        }
        String where = e.getLocation() == null ? "" : " (dòng / line " + e.getLocation().getLineNr() + ", cột / column "
            + e.getLocation().getColumnNr() + ")";
        return ValidationException.of(path.length() == 0 ? "file" : path.toString(), "bad-json",
            "JSON không hợp lệ" + where + ": " + e.getOriginalMessage(), "invalid JSON" + where + ": " + e.getOriginalMessage());
    }
}
