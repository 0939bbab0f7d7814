package vn.motcua.catalogue.impl;

import static vn.motcua.catalogue.impl.Fixtures.agency;
import static vn.motcua.catalogue.impl.Fixtures.sector;

import org.junit.AfterClass;
import org.junit.Before;
import org.junit.BeforeClass;

import vn.motcua.catalogue.api.Enums.AgencyLevel;

/**
 * One migrated database and wired catalogue per test class (H2, or PostgreSQL when {@code MOTCUA_TEST_DB_URL} is set);
 * every test starts from empty tables.
 */
public abstract class CatalogueTestSupport {
    /** Tỉnh Bắc Ninh and its tree, used by most tests. */
    static final String PROVINCE = "000.00.00.H06";
    static final String DEPT_CONSTRUCTION = "000.00.05.H06";
    static final String DIVISION_CONSTRUCTION = "000.01.05.H06";
    static final String DEPT_ENVIRONMENT = "000.00.06.H06";
    static final String WARD_KINH_BAC = "000.00.31.H06";
    static final String COMMUNE_GIA_BINH = "000.00.36.H06";

    static TestCatalogue cat;

    @BeforeClass
    public static void startCatalogue() {
        cat = new TestCatalogue();
    }

    @AfterClass
    public static void stopCatalogue() {
        if (cat != null) {
            cat.close();
            cat = null;
        }
    }

    @Before
    public void emptyCatalogue() {
        cat.reset();
    }

    /** Sectors HDXD, HOTICH, DATDAI and the province tree: root, two departments (one with a division), two communes. */
    static void standardCatalogue() {
        cat.sectors.save(sector("HDXD", "Hoạt động xây dựng"));
        cat.sectors.save(sector("HOTICH", "Hộ tịch"));
        cat.sectors.save(sector("DATDAI", "Đất đai"));
        cat.agencies.create(agency(PROVINCE, null, "Ủy ban nhân dân tỉnh Bắc Ninh", AgencyLevel.PROVINCE));
        cat.agencies.create(agency(DEPT_CONSTRUCTION, PROVINCE, "Sở Xây dựng tỉnh Bắc Ninh", AgencyLevel.PROVINCE));
        cat.agencies.create(agency(DIVISION_CONSTRUCTION, DEPT_CONSTRUCTION, "Phòng Quản lý xây dựng",
            AgencyLevel.PROVINCE));
        cat.agencies.create(agency(DEPT_ENVIRONMENT, PROVINCE, "Sở Nông nghiệp và Môi trường tỉnh Bắc Ninh",
            AgencyLevel.PROVINCE));
        cat.agencies.create(agency(WARD_KINH_BAC, PROVINCE, "Ủy ban nhân dân phường Kinh Bắc", AgencyLevel.COMMUNE));
        cat.agencies.create(agency(COMMUNE_GIA_BINH, PROVINCE, "Ủy ban nhân dân xã Gia Bình", AgencyLevel.COMMUNE));
    }
}
