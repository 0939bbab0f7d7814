package vn.motcua.demo;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.junit.Test;

import vn.motcua.catalogue.api.CatalogueDocument;
import vn.motcua.catalogue.api.Enums.AgencyLevel;
import vn.motcua.catalogue.api.ProcedureInput;

/** The shipped demo file parses strictly and is as rich as the README promises (the import itself is tested in impl). */
public class DemoCatalogueFileTest {
    @Test
    public void demoFileParsesAndCoversBothLevels() {
        CatalogueDocument doc = DemoCatalogueLoader.read();
        assertEquals(Integer.valueOf(1), doc.formatVersion());
        assertTrue("at least 30 procedures", doc.procedures().size() >= 30);
        Set<String> codes = new HashSet<>();
        boolean province = false;
        boolean commune = false;
        boolean birth = false;
        for (ProcedureInput p : doc.procedures()) {
            assertTrue("duplicate " + p.code(), codes.add(p.code()));
            province |= p.levels().contains(AgencyLevel.PROVINCE);
            commune |= p.levels().contains(AgencyLevel.COMMUNE);
            birth |= p.nameVi().toLowerCase().contains("khai sinh");
        }
        assertTrue(province && commune && birth);
        assertTrue(doc.agencies().size() >= 15);
        assertTrue(doc.processDefinitions().size() >= 10);
    }
}
