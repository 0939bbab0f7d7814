package vn.motcua.dossier.impl;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.Test;

import vn.motcua.catalogue.api.AttachmentPolicy;
import vn.motcua.catalogue.api.EForm;
import vn.motcua.catalogue.api.EFormCheck;
import vn.motcua.catalogue.api.EFormInput;
import vn.motcua.catalogue.api.EFormService;
import vn.motcua.platform.api.error.NotFoundException;
import vn.motcua.platform.api.error.ValidationException;
import vn.motcua.storage.api.BlobRequest;
import vn.motcua.storage.api.ContentType;

/**
 * How a dossier applies its procedure's e-form: online submissions are checked and stored normalised with the
 * revision, drafts and counter intakes are not; uploads follow the attachment policy of the revision the dossier was
 * checked against, or of the current e-form for a draft, never looser than the global size limit.
 */
// clauses: 004-16.1, 000-13.2a#1
public class ProcedureFormsTest {
    private static final String CODE = "1.001193";

    /** Revisions held in a list, checks answered the way the catalogue does (trimmed, unknown keys refused). */
    private static final class Revisions implements EFormService {
        final List<EForm> revisions = new ArrayList<>();
        int checks;

        void add(AttachmentPolicy policy) {
            revisions.add(new EForm(CODE, revisions.size() + 1, List.of(), policy, Instant.EPOCH, "test"));
        }

        @Override
        public EForm publish(String procedureCode, EFormInput input) {
            throw new UnsupportedOperationException();
        }

        @Override
        public EForm current(String procedureCode) {
            return find(procedureCode).orElseThrow(() -> new NotFoundException("biểu mẫu", "E-form", procedureCode));
        }

        @Override
        public Optional<EForm> find(String procedureCode) {
            return revisions.isEmpty() ? Optional.empty() : Optional.of(revisions.get(revisions.size() - 1));
        }

        @Override
        public EForm revision(String procedureCode, int revision) {
            return revisions.get(revision - 1);
        }

        @Override
        public List<EForm> revisions(String procedureCode) {
            return revisions;
        }

        @Override
        public EFormCheck check(String procedureCode, Integer revision, Map<String, Object> formData) {
            checks++;
            if (revisions.isEmpty()) {
                return new EFormCheck(procedureCode, null, formData);
            }
            Map<String, Object> out = new LinkedHashMap<>();
            formData.forEach((k, v) -> {
                if (!k.equals("hoTen")) {
                    throw ValidationException.of("formData." + k, "unknown-field", "Không có trường", "no such field");
                }
                out.put(k, ((String) v).strip());
            });
            return new EFormCheck(procedureCode, revisions.size(), out);
        }
    }

    private final Revisions eforms = new Revisions();

    @Test
    public void onlineSubmissionsAreCheckedAndStoredNormalisedWithTheRevision() {
        eforms.add(null);
        eforms.add(null);
        ProcedureForms.Form form = ProcedureForms.form(eforms, CODE, Map.of("hoTen", "  Lê Văn B "),
            "{\"hoTen\":\"  Lê Văn B \"}", true);
        assertEquals(Integer.valueOf(2), form.revision());
        assertEquals("{\"hoTen\":\"Lê Văn B\"}", form.json());
        assertThrows(ValidationException.class, () -> ProcedureForms.form(eforms, CODE, Map.of("x", "y"), "{}", true));
    }

    @Test
    public void draftsAndProceduresWithoutAnEFormKeepTheDataAsGiven() {
        String given = "{\"anything\":1}";
        ProcedureForms.Form draft = ProcedureForms.form(eforms, CODE, Map.of("anything", 1), given, false);
        assertSame(given, draft.json());
        assertNull(draft.revision());
        assertEquals("a draft is not checked", 0, eforms.checks);
        ProcedureForms.Form none = ProcedureForms.form(eforms, CODE, Map.of("anything", 1), given, true);
        assertSame(given, none.json());
        assertNull(none.revision());
    }

    @Test
    public void uploadsFollowThePolicyNeverAboveTheGlobalLimit() {
        BlobRequest global = ProcedureForms.upload(eforms, CODE, null, "a.pdf", 20);
        assertEquals(ContentType.DOCUMENTS, global.allowedTypes());
        assertEquals(20L * 1024 * 1024, global.maxBytes());

        eforms.add(new AttachmentPolicy(2, List.of("PDF", "ZIP")));
        eforms.add(new AttachmentPolicy(50, null));
        BlobRequest pinned = ProcedureForms.upload(eforms, CODE, 1, "a.pdf", 20);
        assertEquals("a policy may allow a format outside the default set", EnumSet.of(ContentType.PDF,
            ContentType.ZIP), pinned.allowedTypes());
        assertEquals(2L * 1024 * 1024, pinned.maxBytes());
        BlobRequest current = ProcedureForms.upload(eforms, CODE, null, "a.pdf", 20);
        assertEquals(ContentType.DOCUMENTS, current.allowedTypes());
        assertEquals("the global limit is the ceiling", 20L * 1024 * 1024, current.maxBytes());
    }
}
