package vn.motcua.catalogue.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static vn.motcua.catalogue.rest.Fixtures.PROCEDURE;
import static vn.motcua.catalogue.rest.Fixtures.expect400;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.Before;
import org.junit.Test;

import vn.motcua.catalogue.api.EForm;
import vn.motcua.catalogue.api.EFormCheck;
import vn.motcua.catalogue.api.EFormInput;
import vn.motcua.catalogue.api.EFormService;
import vn.motcua.catalogue.api.FormField;
import vn.motcua.catalogue.api.FormField.FieldType;

/** The e-form resource maps the path and body onto the service and refuses a missing body with a named 400. */
public class EFormResourceTest {
    private final EFormResource resource = new EFormResource();
    private String code;
    private EFormInput published;
    private Integer checkedRevision;
    private Map<String, Object> checkedData;

    private static EForm form(String code, int revision) {
        return new EForm(code, revision, List.of(new FormField("hoTen", "Họ tên", null, FieldType.TEXT, true, null,
            null, null, null, null, null, null)), null, Instant.EPOCH, "Trung tâm PVHCC");
    }

    @Before
    public void wire() {
        resource.eforms = new EFormService() {
            @Override
            public EForm publish(String procedureCode, EFormInput input) {
                code = procedureCode;
                published = input;
                return form(procedureCode, input.expectedRevision() + 1);
            }

            @Override
            public EForm current(String procedureCode) {
                code = procedureCode;
                return form(procedureCode, 3);
            }

            @Override
            public Optional<EForm> find(String procedureCode) {
                return Optional.of(current(procedureCode));
            }

            @Override
            public EForm revision(String procedureCode, int revision) {
                code = procedureCode;
                return form(procedureCode, revision);
            }

            @Override
            public List<EForm> revisions(String procedureCode) {
                return List.of(form(procedureCode, 1), form(procedureCode, 2));
            }

            @Override
            public EFormCheck check(String procedureCode, Integer revision, Map<String, Object> formData) {
                code = procedureCode;
                checkedRevision = revision;
                checkedData = formData;
                return new EFormCheck(procedureCode, revision == null ? 3 : revision, formData);
            }
        };
    }

    @Test
    public void readsTakeTheProcedureFromThePath() {
        assertEquals(3, resource.current(PROCEDURE).revision());
        assertEquals(PROCEDURE, code);
        assertEquals(2, resource.revision(PROCEDURE, 2).revision());
        assertEquals(2, resource.revisions(PROCEDURE).size());
    }

    @Test
    public void publishingPassesTheExpectedRevision() {
        EFormInput in = new EFormInput(3, List.of(), null);
        assertEquals(4, resource.publish(PROCEDURE, in).revision());
        assertEquals(in, published);
        assertEquals(PROCEDURE, code);
        expect400("body", () -> resource.publish(PROCEDURE, null));
    }

    @Test
    public void checkDefaultsToTheCurrentRevision() {
        Map<String, Object> data = Map.of("hoTen", "Lê Văn B");
        assertEquals(Integer.valueOf(3), resource.check(PROCEDURE, new EFormResource.CheckRequest(null, data))
            .revision());
        assertNull(checkedRevision);
        assertEquals(data, checkedData);
        resource.check(PROCEDURE, new EFormResource.CheckRequest(1, data));
        assertEquals(Integer.valueOf(1), checkedRevision);
        expect400("body", () -> resource.check(PROCEDURE, null));
    }
}
