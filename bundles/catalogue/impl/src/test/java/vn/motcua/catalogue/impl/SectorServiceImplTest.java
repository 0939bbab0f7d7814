package vn.motcua.catalogue.impl;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static vn.motcua.catalogue.impl.Fixtures.assertFields;

import java.util.List;

import org.junit.Test;

import vn.motcua.catalogue.api.Sector;
import vn.motcua.platform.api.error.NotFoundException;
import vn.motcua.platform.api.error.ValidationException;

public class SectorServiceImplTest extends CatalogueTestSupport {

    @Test
    public void savesUpdatesAndListsSectors() {
        assertEquals(new Sector("HOTICH", "Hộ tịch", null), cat.sectors.save(new Sector("HOTICH", " Hộ tịch ", " ")));
        cat.sectors.save(new Sector("DATDAI", "Đất đai", "Land"));
        assertEquals(List.of("DATDAI", "HOTICH"), cat.sectors.list().stream().map(Sector::code).toList());
        cat.sectors.save(new Sector("HOTICH", "Hộ tịch, chứng thực", "Civil status"));
        Sector updated = cat.sectors.get("HOTICH");
        assertEquals("Hộ tịch, chứng thực", updated.nameVi());
        assertEquals("Civil status", updated.nameEn());
        assertEquals(2, cat.db.count("cat_sector"));
        assertThrows(NotFoundException.class, () -> cat.sectors.get("KHONGCO"));
        assertThrows(NotFoundException.class, () -> cat.sectors.get(null));
    }

    @Test
    public void rejectsBadSectors() {
        ValidationException e = assertThrows(ValidationException.class,
            () -> cat.sectors.save(new Sector("hộ tịch", " ", "x".repeat(501))));
        assertFields(e, "code", "nameVi", "nameEn");
        ValidationException missing = assertThrows(ValidationException.class, () -> cat.sectors.save(null));
        assertFields(missing, "body");
        assertEquals(0, cat.db.count("cat_sector"));
        assertNull(cat.jpa.current());
    }
}
