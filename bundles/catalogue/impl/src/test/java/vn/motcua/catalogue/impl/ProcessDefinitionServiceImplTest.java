package vn.motcua.catalogue.impl;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static vn.motcua.catalogue.impl.Fixtures.assertFields;
import static vn.motcua.catalogue.impl.Fixtures.date;
import static vn.motcua.catalogue.impl.Fixtures.decision;
import static vn.motcua.catalogue.impl.Fixtures.error;
import static vn.motcua.catalogue.impl.Fixtures.process;
import static vn.motcua.catalogue.impl.Fixtures.procedure;

import java.math.BigDecimal;
import java.util.List;

import org.junit.Test;

import vn.motcua.catalogue.api.AbolishRequest;
import vn.motcua.catalogue.api.Enums.AgencyLevel;
import vn.motcua.catalogue.api.Enums.Channel;
import vn.motcua.catalogue.api.Enums.DurationUnit;
import vn.motcua.catalogue.api.Enums.OnlineLevel;
import vn.motcua.catalogue.api.Enums.StepRole;
import vn.motcua.catalogue.api.ProcessDefinition;
import vn.motcua.catalogue.api.ProcessDefinitionInput;
import vn.motcua.catalogue.api.ProcessStep;
import vn.motcua.catalogue.api.ProcessingTime;
import vn.motcua.platform.api.error.NotFoundException;
import vn.motcua.platform.api.error.ValidationException;

public class ProcessDefinitionServiceImplTest extends CatalogueTestSupport {
    static final String DAYS = "1.000001";
    static final String HOURS = "1.000002";
    static final String NOW = "1.000003";

    private static void procedures() {
        standardCatalogue();
        cat.procedures.create(procedure(DAYS, "Thủ tục hai ngày làm việc").agencies(DEPT_CONSTRUCTION, WARD_KINH_BAC)
            .levels(AgencyLevel.PROVINCE, AgencyLevel.COMMUNE).time("2", DurationUnit.WORKING_DAYS)
            .effective("2024-01-01").build());
        cat.procedures.create(procedure(HOURS, "Thủ tục bốn giờ làm việc").agencies(DEPT_CONSTRUCTION)
            .time("4", DurationUnit.WORKING_HOURS).effective("2024-01-01").build());
        cat.procedures.create(procedure(NOW, "Thủ tục giải quyết ngay").agencies(WARD_KINH_BAC)
            .levels(AgencyLevel.COMMUNE).online(OnlineLevel.FULL).channels(Channel.ONLINE, Channel.COUNTER)
            .time("0", DurationUnit.IMMEDIATE).effective("2024-01-01").build());
    }

    private static void assertExceeds(ProcessDefinitionInput in) {
        ValidationException e = assertThrows(ValidationException.class, () -> cat.processes.define(in));
        assertFields(e, "steps");
        assertEquals("exceeds-statutory-time", error(e, "steps").code());
    }

    // clauses: 000-10.2, 002-10.1#1
    @Test
    public void stepsMayNotTakeLongerThanTheStatutoryTime() {
        procedures();
        assertExceeds(process(DAYS, DEPT_CONSTRUCTION, date("2024-02-01"), "8", "8", "0.5"));
        ProcessDefinition atLimit = cat.processes.define(process(DAYS, DEPT_CONSTRUCTION, date("2024-02-01"),
            "4", "8", "3.5", "0.5"));
        assertEquals(0, new BigDecimal("16").compareTo(atLimit.totalHours()));
        assertEquals("2 working days × 8 hours", 0, new BigDecimal("16").compareTo(atLimit.statutoryHours()));
        assertEquals(1, atLimit.procedureVersion());

        assertExceeds(process(HOURS, DEPT_CONSTRUCTION, date("2024-02-01"), "2", "2.01"));
        assertEquals(0, new BigDecimal("4").compareTo(cat.processes.define(process(HOURS, DEPT_CONSTRUCTION,
            date("2024-02-01"), "2", "2")).statutoryHours()));

        assertExceeds(process(NOW, WARD_KINH_BAC, date("2024-02-01"), "0", "0.25"));
        ProcessDefinition immediate = cat.processes.define(process(NOW, WARD_KINH_BAC, date("2024-02-01"), "0", "0"));
        assertEquals(0, BigDecimal.ZERO.compareTo(immediate.statutoryHours()));
        assertEquals(3, cat.db.count("cat_process_definition"));
    }

    // clauses: 000-10.2
    @Test
    public void theWorkingDayLengthComesFromConfiguration() {
        assertEquals(0, new BigDecimal("14").compareTo(ProcessDefinitionServiceImpl.statutoryHours(
            new ProcessingTime(new BigDecimal("2"), DurationUnit.WORKING_DAYS, null), 7)));
        assertEquals(0, new BigDecimal("3.5").compareTo(ProcessDefinitionServiceImpl.statutoryHours(
            new ProcessingTime(new BigDecimal("0.5"), DurationUnit.CALENDAR_DAYS, null), 7)));
        procedures();
        try {
            cat.processes.configure(TestCatalogue.config(7));
            assertExceeds(process(DAYS, DEPT_CONSTRUCTION, date("2024-02-01"), "8", "7"));
            assertEquals(0, new BigDecimal("14").compareTo(cat.processes.define(process(DAYS, DEPT_CONSTRUCTION,
                date("2024-02-01"), "7", "7")).statutoryHours()));
            cat.processes.configure(TestCatalogue.config(0));
            assertEquals("an impossible setting falls back to 8 hours", 0, new BigDecimal("16").compareTo(
                cat.processes.define(process(DAYS, WARD_KINH_BAC, date("2024-02-01"), "16")).statutoryHours()));
        } finally {
            cat.processes.configure(TestCatalogue.config(8));
        }
    }

    // clauses: 001-26.7#1, 003-14.1, 004-23.5
    @Test
    public void anIdenticalRedefinitionIsANoOpAndANewVersionClosesThePrevious() {
        procedures();
        ProcessDefinition v1 = cat.processes.define(process(DAYS, DEPT_CONSTRUCTION, date("2024-02-01"), "4", "4"));
        assertEquals(1, v1.version());
        ProcessDefinition again = cat.processes.define(process(DAYS, DEPT_CONSTRUCTION, date("2024-03-01"), "4", "4"));
        assertEquals(1, again.version());
        assertEquals(date("2024-02-01"), again.validFrom());
        assertEquals(1, cat.processes.versions(DAYS, DEPT_CONSTRUCTION).size());

        ValidationException sameDay = assertThrows(ValidationException.class, () -> cat.processes.define(
            process(DAYS, DEPT_CONSTRUCTION, date("2024-02-01"), "4", "6")));
        assertEquals("not-after-latest", error(sameDay, "validFrom").code());

        ProcessDefinition v2 = cat.processes.define(process(DAYS, DEPT_CONSTRUCTION, date("2024-05-01"), "4", "6"));
        assertEquals(2, v2.version());
        List<ProcessDefinition> versions = cat.processes.versions(DAYS, DEPT_CONSTRUCTION);
        assertEquals(List.of(1, 2), versions.stream().map(ProcessDefinition::version).toList());
        assertEquals(date("2024-05-01"), versions.get(0).validTo());
        assertNull(versions.get(1).validTo());
        assertEquals(1, cat.processes.get(DAYS, DEPT_CONSTRUCTION, date("2024-04-30")).version());
        assertEquals(2, cat.processes.get(DAYS, DEPT_CONSTRUCTION, date("2024-05-01")).version());
        assertEquals(0, new BigDecimal("10").compareTo(cat.processes.get(DAYS, DEPT_CONSTRUCTION, null).totalHours()));
        assertThrows(NotFoundException.class, () -> cat.processes.get(DAYS, DEPT_CONSTRUCTION, date("2024-01-31")));
        assertEquals(List.of(new ProcessStep("Bước 1", "Bộ phận one_stop_officer", StepRole.ONE_STOP_OFFICER,
            new BigDecimal("4")), new ProcessStep("Bước 2", "Bộ phận specialist", StepRole.SPECIALIST,
            new BigDecimal("6"))), v2.steps());

        cat.processes.define(process(DAYS, WARD_KINH_BAC, date("2024-02-01"), "1"));
        assertEquals(List.of(DEPT_CONSTRUCTION, WARD_KINH_BAC), cat.processes.list(DAYS, date("2024-06-01")).stream()
            .map(ProcessDefinition::agencyCode).toList());
        assertEquals(2, cat.processes.list(DAYS, null).size());
    }

    // clauses: 000-10.2
    @Test
    public void onlyAHandlingAgencyOfAProcedureInForceGetsAProcess() {
        procedures();
        ValidationException notHandling = assertThrows(ValidationException.class, () -> cat.processes.define(
            process(HOURS, WARD_KINH_BAC, date("2024-02-01"), "1")));
        assertEquals("not-handling-agency", error(notHandling, "agencyCode").code());
        ValidationException unknownAgency = assertThrows(ValidationException.class, () -> cat.processes.define(
            process(HOURS, "000.00.99.H06", date("2024-02-01"), "1")));
        assertEquals("unknown-agency", error(unknownAgency, "agencyCode").code());
        ValidationException early = assertThrows(ValidationException.class, () -> cat.processes.define(
            process(HOURS, DEPT_CONSTRUCTION, date("2023-12-31"), "1")));
        assertEquals("procedure-not-in-force", error(early, "validFrom").code());
        assertThrows(NotFoundException.class, () -> cat.processes.define(process("9.999999", DEPT_CONSTRUCTION,
            date("2024-02-01"), "1")));

        cat.procedures.abolish(HOURS, new AbolishRequest(decision("Quyết định số 8/QĐ-UBND", date("2024-06-01")), null));
        ValidationException abolished = assertThrows(ValidationException.class, () -> cat.processes.define(
            process(HOURS, DEPT_CONSTRUCTION, date("2024-06-01"), "1")));
        assertEquals("abolished", error(abolished, "procedureCode").code());

        ValidationException bad = assertThrows(ValidationException.class, () -> cat.processes.define(
            new ProcessDefinitionInput(DAYS, null, " ", List.of(new ProcessStep(" ", null, null, new BigDecimal("-1"))),
                null)));
        assertFields(bad, "agencyCode", "name", "steps[0].name", "steps[0].unit", "steps[0].role", "steps[0].hours");
        assertTrue(cat.processes.list(DAYS, null).isEmpty());
    }
}
