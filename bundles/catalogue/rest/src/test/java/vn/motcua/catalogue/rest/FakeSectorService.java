package vn.motcua.catalogue.rest;

import java.util.List;

import vn.motcua.catalogue.api.Sector;
import vn.motcua.catalogue.api.SectorService;

/** Keeps the last saved sector. */
class FakeSectorService implements SectorService {
    Sector saved;

    @Override
    public Sector save(Sector sector) {
        saved = sector;
        return sector;
    }

    @Override
    public Sector get(String code) {
        return new Sector(code, "Hộ tịch", "Civil status");
    }

    @Override
    public List<Sector> list() {
        return List.of(new Sector("HT", "Hộ tịch", "Civil status"));
    }
}
