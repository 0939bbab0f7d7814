package vn.motcua.catalogue.rest;

import static org.junit.Assert.assertEquals;
import static vn.motcua.catalogue.rest.Fixtures.expect400;

import org.junit.Before;
import org.junit.Test;

import vn.motcua.catalogue.api.Sector;

public class SectorResourceTest {
    private final FakeSectorService service = new FakeSectorService();
    private final SectorResource resource = new SectorResource();

    @Before
    public void wire() {
        resource.sectors = service;
    }

    @Test
    public void putFillsAMissingCodeFromThePath() {
        resource.save("HT", new Sector(null, "Hộ tịch", null));
        assertEquals(new Sector("HT", "Hộ tịch", null), service.saved);
    }

    @Test
    public void putAcceptsTheSameCode() {
        resource.save("HT", new Sector("HT", "Hộ tịch", "Civil status"));
        assertEquals("HT", service.saved.code());
    }

    @Test
    public void putWithAnotherCodeIs400() {
        expect400("code", () -> resource.save("HT", new Sector("CT", "Chứng thực", null)));
    }

    @Test
    public void putWithoutBodyIs400() {
        expect400("body", () -> resource.save("HT", null));
    }
}
