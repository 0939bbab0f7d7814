package vn.motcua.catalogue.impl;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.Test;

import com.fasterxml.jackson.core.type.TypeReference;

import vn.motcua.catalogue.api.CatalogueDocument;
import vn.motcua.catalogue.api.EFormInput;
import vn.motcua.catalogue.api.Enums.AgencyLevel;
import vn.motcua.catalogue.api.ImportReport;
import vn.motcua.catalogue.api.ProcedureQuery;
import vn.motcua.catalogue.api.ProcedureSummary;
import vn.motcua.platform.api.error.ValidationException;
import vn.motcua.platform.api.health.HealthStatus;
import vn.motcua.platform.api.paging.Page;
import vn.motcua.platform.api.paging.PageRequest;
import vn.motcua.platform.api.text.VietnameseText;

/** The demo bundle's catalogue (bundles/demo/src/main/resources/demo/catalogue.json) imports whole and is usable. */
public class DemoCatalogueTest extends CatalogueTestSupport {
    static final Path DEMO = Path.of(System.getProperty("basedir", System.getProperty("user.dir")))
        .resolve("../../demo/src/main/resources/demo/catalogue.json").normalize();
    static final Path EFORMS = DEMO.resolveSibling("eforms.json");

    private static CatalogueDocument demo() throws Exception {
        assertTrue("demo catalogue missing at " + DEMO, Files.isRegularFile(DEMO));
        return Support.JSON.readValue(Files.readString(DEMO), CatalogueDocument.class);
    }

    private static ImportReport importOrExplain(CatalogueDocument doc) {
        try {
            return cat.transfer.importDocument(doc, false);
        } catch (ValidationException e) {
            fail("the demo catalogue does not import; " + e.errors().size() + " errors:\n" + e.errors().stream()
                .map(err -> "  " + err.field() + " [" + err.code() + "] " + err.messageEn())
                .collect(Collectors.joining("\n")));
            return null;
        }
    }

    private static Page<ProcedureSummary> search(String text, AgencyLevel level) {
        return cat.procedures.search(new ProcedureQuery(text, null, null, level, null, null, null, null),
            PageRequest.of(0, 200));
    }

    // clauses: 000-10.1, 000-5.1, 002-9.5#1
    @Test
    public void demoCatalogueImportsWholeAndIsSearchable() throws Exception {
        CatalogueDocument doc = demo();
        ImportReport report = importOrExplain(doc);
        assertEquals(doc.sectors().size(), report.sectorsCreated());
        assertEquals(doc.agencies().size(), report.agenciesCreated());
        assertEquals(doc.merges().size(), report.mergesApplied());
        assertEquals(doc.procedures().size(), report.proceduresCreated());
        assertEquals(doc.processDefinitions().size(), report.processDefinitionsCreated());

        Page<ProcedureSummary> birth = search("khai sinh", null);
        Set<String> codes = birth.items().stream().map(ProcedureSummary::code).collect(Collectors.toSet());
        assertTrue("'khai sinh' finds the birth registration 1.001193: " + codes, codes.contains("1.001193"));
        for (ProcedureSummary s : birth.items()) {
            assertTrue(s.nameVi(), VietnameseText.fold(s.nameVi()).contains("khai sinh"));
        }

        Page<ProcedureSummary> province = search(null, AgencyLevel.PROVINCE);
        Page<ProcedureSummary> commune = search(null, AgencyLevel.COMMUNE);
        assertTrue("procedures at province level", province.totalItems() > 0);
        assertTrue("procedures at commune level", commune.totalItems() > 0);
        Set<String> both = new HashSet<>();
        province.items().forEach(s -> both.add(s.code()));
        commune.items().forEach(s -> both.add(s.code()));
        assertTrue("at least 30 procedures at province and commune levels, got " + both.size(), both.size() >= 30);

        HealthStatus health = cat.health.check();
        assertEquals(HealthStatus.State.UP, health.state());
        assertEquals((long) doc.procedures().size(), health.details().get("procedures"));
        assertEquals((long) doc.agencies().size(), health.details().get("agencies"));

        // importing the same file again is harmless
        ImportReport again = importOrExplain(doc);
        assertEquals(new ImportReport(false, 0, 0, 0, 0, 0, 0, 0, doc.procedures().size(), 0,
            doc.processDefinitions().size()), again);
        assertEquals(List.of(), cat.procedures.versions("1.001193").stream().filter(v -> v.version() > 1).toList());

        // the demo's e-forms publish on the imported procedures and check form data as the portal will send it
        Map<String, EFormInput> forms = Support.JSON.readValue(Files.readString(EFORMS),
            new TypeReference<LinkedHashMap<String, EFormInput>>() { });
        assertTrue(forms.containsKey("1.001193"));
        forms.forEach((code, form) -> assertEquals(1, cat.eforms.publish(code, form).revision()));
        Map<String, Object> birthForm = new LinkedHashMap<>(Map.of("hoTenTre", "Nguyễn Minh An", "ngaySinh", "2026-11-01",
            "gioiTinh", "NU", "noiSinh", "Bệnh viện Đa khoa tỉnh Bắc Ninh", "hoTenMe", "Trần Thị Bình",
            "soDienThoai", "+84 912 345 678", "camDoan", true));
        assertEquals("0912345678", cat.eforms.check("1.001193", null, birthForm).data().get("soDienThoai"));
        birthForm.put("ngaySinh", "01/11/2026");
        assertEquals("formData.ngaySinh", assertThrows(ValidationException.class,
            () -> cat.eforms.check("1.001193", null, birthForm)).errors().get(0).field());
    }
}
