package vn.motcua.catalogue.impl;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** Small shared helpers of the catalogue implementation. */
final class Support {
    /** All catalogue dates are Vietnamese civil dates. */
    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    /** Serialises stored documents (procedure content, process steps); tolerant on read for forward compatibility. */
    static final ObjectMapper JSON = new ObjectMapper()
        .registerModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private Support() {
    }

    static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    static LocalDate orToday(LocalDate date) {
        return date == null ? today() : date;
    }

    static Date sql(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    static LocalDate local(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    static Timestamp now() {
        return Timestamp.from(Instant.now());
    }

    static String newId() {
        return UUID.randomUUID().toString();
    }

    static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    static <T> T fromJson(String json, Class<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (Exception e) {
            throw new IllegalStateException("stored " + type.getSimpleName() + " is unreadable", e);
        }
    }

    static String trim(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }
}
