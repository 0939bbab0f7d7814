package vn.motcua.audit.impl;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;

import vn.motcua.audit.impl.entity.AuditRecordEntity;

/**
 * The hash of a chained audit record, computed by the sealer and recomputed by verification from the stored fields.
 *
 * <h2>Canonical form, version 1</h2>
 * The UTF-8 bytes of {@value #FORMAT} followed by each field below, each as {@code |} then either {@code ~} for
 * null or {@code <n>:<value>}, where {@code n} is the number of UTF-8 bytes of {@code value} (so no value can be
 * confused with a separator or with the next field). In this order:
 * <ol>
 * <li>chain position (decimal)</li>
 * <li>id</li>
 * <li>seq (decimal)</li>
 * <li>recorded_at as microseconds since 1970-01-01T00:00Z (decimal; records are written with millisecond precision,
 * the column keeps a time zone, so every node reads the same instant whatever its JVM time zone)</li>
 * <li>actor_id, actor_kind, actor_name, actor_agency, actor_roles (as stored: sorted names joined by {@code ,}),
 * client_address, session_id</li>
 * <li>action, outcome, target_type, target_id, detail</li>
 * <li>personal_data ({@code true} / {@code false}), category</li>
 * <li>prev_hash (the previous record's hash; {@link #GENESIS} before position 1)</li>
 * <li>only for a record made by a person acting for an organisation (audit schema version 3):
 * acting_person_id, acting_person_name — records without them hash exactly as before, and since every field
 * carries its length, a record with them can never hash like one without</li>
 * </ol>
 * The hash is SHA-256 over those bytes, in lower-case hex. Example:
 * {@code motcua-audit-v1|1:1|36:5c1f…|2:17|16:1751331600123456|~|9:ANONYMOUS|…|64:0000…0000}.
 *
 * <p>Why the position is hashed: moving a record to another place changes its hash. Why prev_hash: any edit, deletion
 * or insertion breaks every later link, so a rewrite must recompute the whole rest of the chain — which comparing the
 * head hash with one noted outside the system ({@code SealStatus.lastHash}) exposes.
 */
final class AuditChain {
    static final String FORMAT = "motcua-audit-v1";

    /** prev_hash of the first record. */
    static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /** The hash the record has (or must have) at {@code position} after {@code prevHash}. */
    static String hash(AuditRecordEntity r, long position, String prevHash) {
        return sha256(canonical(r, position, prevHash));
    }

    static byte[] canonical(AuditRecordEntity r, long position, String prevHash) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512);
        out.writeBytes(FORMAT.getBytes(StandardCharsets.UTF_8));
        field(out, Long.toString(position));
        field(out, r.getId());
        field(out, Long.toString(r.getSeq()));
        field(out, micros(r.getRecordedAt()));
        field(out, r.getActorId());
        field(out, r.getActorKind());
        field(out, r.getActorName());
        field(out, r.getActorAgency());
        field(out, r.getActorRoles());
        field(out, r.getClientAddress());
        field(out, r.getSessionId());
        field(out, r.getAction());
        field(out, r.getOutcome());
        field(out, r.getTargetType());
        field(out, r.getTargetId());
        field(out, r.getDetail());
        field(out, Boolean.toString(r.isPersonalData()));
        field(out, r.getCategory());
        field(out, prevHash);
        if (r.getActingPersonId() != null || r.getActingPersonName() != null) {
            field(out, r.getActingPersonId());
            field(out, r.getActingPersonName());
        }
        return out.toByteArray();
    }

    private static void field(ByteArrayOutputStream out, String value) {
        out.write('|');
        if (value == null) {
            out.write('~');
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeBytes(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        out.write(':');
        out.writeBytes(bytes);
    }

    static String micros(Timestamp t) {
        if (t == null) {
            return null;
        }
        Instant i = t.toInstant();
        return Long.toString(Math.addExact(Math.multiplyExact(i.getEpochSecond(), 1_000_000L), i.getNano() / 1_000));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
