package vn.motcua.catalogue.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static vn.motcua.catalogue.rest.Fixtures.AGENCY;
import static vn.motcua.catalogue.rest.Fixtures.DAY;
import static vn.motcua.catalogue.rest.Fixtures.PROCEDURE;
import static vn.motcua.catalogue.rest.Fixtures.expect400;

import java.util.List;

import javax.ws.rs.core.Response;

import org.junit.Before;
import org.junit.Test;

import vn.motcua.catalogue.api.AbolishRequest;
import vn.motcua.catalogue.api.Decision;
import vn.motcua.catalogue.api.Enums.AgencyLevel;
import vn.motcua.catalogue.api.Enums.OnlineLevel;
import vn.motcua.catalogue.api.Enums.ProcedureStatus;
import vn.motcua.catalogue.api.ProcedureQuery;
import vn.motcua.catalogue.api.ProcessDefinitionInput;
import vn.motcua.platform.api.paging.PageRequest;
import vn.motcua.platform.api.paging.SortOrder;

public class ProcedureResourceTest {
    private final FakeProcedureService procedures = new FakeProcedureService();
    private final FakeProcessDefinitionService processes = new FakeProcessDefinitionService();
    private final ProcedureResource resource = new ProcedureResource();

    @Before
    public void wire() {
        resource.procedures = procedures;
        resource.processes = processes;
    }

    @Test
    public void searchMapsEveryFilter() {
        resource.search("khai sinh", "HT", AGENCY, AgencyLevel.COMMUNE, OnlineLevel.FULL, true, DAY,
            ProcedureStatus.ACTIVE, 1, 10, List.of("validFrom,desc"));
        assertEquals(new ProcedureQuery("khai sinh", "HT", AGENCY, AgencyLevel.COMMUNE, OnlineLevel.FULL, true, DAY,
            ProcedureStatus.ACTIVE), procedures.query);
        assertEquals(new PageRequest(1, 10, List.of(new SortOrder("validFrom", false))), procedures.page);
    }

    @Test
    public void searchDefaultsToNameAscending() {
        resource.search(" ", null, "", null, null, null, null, null, null, null, null);
        assertEquals(ProcedureQuery.all(), procedures.query);
        assertEquals(List.of(new SortOrder("name", true)), procedures.page.sort());
    }

    @Test
    public void searchRejectsBadPaging() {
        expect400("sort", () -> resource.search(null, null, null, null, null, null, null, null, null, null,
            List.of("nameVi")));
        expect400("size", () -> resource.search(null, null, null, null, null, null, null, null, null, 1000, null));
        expect400("page", () -> resource.search(null, null, null, null, null, null, null, null, -3, null, null));
    }

    @Test
    public void createAnswers201WithTheVersionLocation() {
        Response r = resource.create(Fixtures.procedureInput(PROCEDURE));
        assertEquals(201, r.getStatus());
        assertEquals("procedures/" + PROCEDURE + "/versions/1", r.getLocation().toString());
    }

    @Test
    public void amendmentAnswers201WithTheNewVersion() {
        Response r = resource.amend(PROCEDURE, Fixtures.procedureInput(null));
        assertEquals(201, r.getStatus());
        assertEquals("procedures/" + PROCEDURE + "/versions/2", r.getLocation().toString());
        assertEquals(PROCEDURE, procedures.code);
    }

    @Test
    public void abolitionAnswers201() {
        Response r = resource.abolish(PROCEDURE, new AbolishRequest(new Decision("9/QĐ", DAY, DAY), null));
        assertEquals(201, r.getStatus());
        assertEquals("procedures/" + PROCEDURE + "/versions/3", r.getLocation().toString());
    }

    @Test
    public void writesWithoutBodyAre400() {
        expect400("body", () -> resource.create(null));
        expect400("body", () -> resource.amend(PROCEDURE, null));
        expect400("body", () -> resource.abolish(PROCEDURE, null));
        expect400("body", () -> resource.define(PROCEDURE, null));
    }

    @Test
    public void processTakesTheProcedureFromThePath() {
        Response r = resource.define(PROCEDURE, new ProcessDefinitionInput(null, AGENCY, "Quy trình", List.of(), DAY));
        assertEquals(201, r.getStatus());
        assertEquals(PROCEDURE, processes.input.procedureCode());
        assertEquals("procedures/" + PROCEDURE + "/processes/" + AGENCY + "?asOf=" + DAY, r.getLocation().toString());
    }

    @Test
    public void processForAnotherProcedureIs400() {
        expect400("procedureCode", () -> resource.define(PROCEDURE,
            new ProcessDefinitionInput("2.000001", AGENCY, "Quy trình", List.of(), DAY)));
        assertNull(processes.input);
    }

    @Test
    public void readsDelegate() {
        resource.get(PROCEDURE, DAY);
        assertEquals(DAY, procedures.date);
        assertEquals(2, resource.version(PROCEDURE, 2).version());
        resource.process(PROCEDURE, AGENCY, DAY);
        assertEquals(AGENCY, processes.agency);
        assertEquals(DAY, processes.date);
    }
}
