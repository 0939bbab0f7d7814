package vn.motcua.catalogue.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;
import static vn.motcua.catalogue.rest.Fixtures.AGENCY;
import static vn.motcua.catalogue.rest.Fixtures.DAY;
import static vn.motcua.catalogue.rest.Fixtures.expect400;

import java.util.List;

import javax.ws.rs.core.Response;

import org.junit.Before;
import org.junit.Test;

import vn.motcua.catalogue.api.Agency;
import vn.motcua.catalogue.api.MergeRequest;
import vn.motcua.catalogue.api.MergeResult;
import vn.motcua.catalogue.api.RenameRequest;
import vn.motcua.platform.api.error.FieldError;
import vn.motcua.platform.api.paging.PageRequest;
import vn.motcua.platform.api.paging.SortOrder;

public class AgencyResourceTest {
    private final FakeAgencyService service = new FakeAgencyService();
    private final AgencyResource resource = new AgencyResource();

    @Before
    public void wire() {
        resource.agencies = service;
    }

    @Test
    public void listDefaultsToFirstPageByCode() {
        resource.list(null, null, null, null, null, null);
        assertEquals(new PageRequest(0, PageRequest.DEFAULT_SIZE, List.of(new SortOrder("code", true))), service.page);
    }

    @Test
    public void listPassesFiltersAndSort() {
        resource.list(" " + AGENCY + " ", "tư pháp", DAY, 2, 50, List.of("nameVi,desc", "validFrom"));
        assertEquals(AGENCY, service.parent);
        assertEquals("tư pháp", service.text);
        assertEquals(DAY, service.date);
        assertEquals(new PageRequest(2, 50, List.of(new SortOrder("nameVi", false), new SortOrder("validFrom", true))),
            service.page);
    }

    @Test
    public void blankFiltersMeanNoFilter() {
        resource.list("", "  ", null, null, null, null);
        assertNull(service.parent);
        assertNull(service.text);
    }

    @Test
    public void pagingOutOfRangeNamesTheParameter() {
        expect400("page", () -> resource.list(null, null, null, -1, null, null));
        expect400("size", () -> resource.list(null, null, null, null, 0, null));
        expect400("size", () -> resource.list(null, null, null, null, PageRequest.MAX_SIZE + 1, null));
    }

    @Test
    public void sortOutsideTheWhitelistIsRejected() {
        FieldError e = expect400("sort", () -> resource.list(null, null, null, null, null, List.of("email")));
        assertTrue(e.messageEn(), e.messageEn().contains("[code, nameVi, validFrom]"));
        expect400("sort", () -> resource.list(null, null, null, null, null, List.of("code,sideways")));
    }

    @Test
    public void createAnswers201WithLocation() {
        Response r = resource.create(Fixtures.agencyInput(AGENCY));
        assertEquals(201, r.getStatus());
        assertEquals("agencies/" + AGENCY, r.getLocation().toString());
        assertEquals(AGENCY, ((Agency) r.getEntity()).code());
    }

    @Test
    public void createWithoutBodyIs400() {
        expect400("body", () -> resource.create(null));
    }

    @Test
    public void updateTakesTheCodeFromThePath() {
        resource.update(AGENCY, Fixtures.agencyInput(null));
        assertEquals(AGENCY, service.code);
        assertEquals(AGENCY, service.input.code());
    }

    @Test
    public void updateWithAnotherCodeInTheBodyIs400() {
        expect400("code", () -> resource.update(AGENCY, Fixtures.agencyInput("000.00.07.H56")));
    }

    @Test
    public void renameAndMergeDelegate() {
        RenameRequest rename = new RenameRequest("Sở Tư pháp tỉnh", null, DAY, "1/QĐ");
        resource.rename(AGENCY, rename);
        assertSame(rename, service.request);

        MergeResult result = resource.merge(AGENCY, new MergeRequest("000.00.07.H56", DAY, "2/QĐ", null));
        assertEquals("000.00.07.H56", result.successorCode());
        assertEquals(AGENCY, service.code);
        expect400("body", () -> resource.merge(AGENCY, null));
    }

    @Test
    public void resolvePassesTheDate() {
        resource.resolve(AGENCY, DAY);
        assertEquals(DAY, service.date);
    }
}
