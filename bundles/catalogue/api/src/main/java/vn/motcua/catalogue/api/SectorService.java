package vn.motcua.catalogue.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** Lĩnh vực. */
@ProviderType
public interface SectorService {
    /** Creates or updates a sector by code. */
    Sector save(Sector sector);

    Sector get(String code);

    List<Sector> list();
}
