package vn.motcua.catalogue.impl;

import static org.junit.Assert.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.Test;

import vn.motcua.platform.db.Migration;
import vn.motcua.platform.db.MigrationResult;
import vn.motcua.platform.db.MigrationRunner;
import vn.motcua.platform.db.MigrationScripts;

/**
 * A province that ran the first release (schema version 1, with data) upgrades to this one: the newer migrations apply
 * on top, the data stays, and the new tables work.
 */
public class CatalogueSchemaUpgradeTest {

    @Test
    public void databaseCreatedByTheFirstReleaseUpgradesCleanly() throws Exception {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:upgrade_" + UUID.randomUUID().toString().replace("-", "")
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        List<Migration> all = MigrationScripts.fromClasspath(getClass().getClassLoader(), "catalogue");
        MigrationRunner runner = new MigrationRunner(ds, "upgrade-test");
        MigrationResult first = runner.migrate("catalogue", all, 1);
        assertEquals(1, first.toVersion());
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.executeUpdate("insert into cat_sector (code, name_vi, row_version) values ('HOTICH', 'Hộ tịch', 1)");
            st.executeUpdate("insert into cat_procedure (code, latest_version, row_version) values ('1.001193', 1, 1)");
        }
        MigrationResult latest = runner.migrate("catalogue", all);
        assertEquals(all.get(all.size() - 1).version(), latest.toVersion());
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("select name_vi from cat_sector where code = 'HOTICH'")) {
                rs.next();
                assertEquals("Hộ tịch", rs.getString(1));
            }
            st.executeUpdate("insert into cat_form_template (id, procedure_code, name, file_name, content_type, "
                + "size_bytes, sha256, content, uploaded_at) values ('f1', '1.001193', 'Tờ khai', 'to-khai.pdf', "
                + "'application/pdf', 3, 'x', X'255044', current_timestamp)");
            try (ResultSet rs = st.executeQuery("select count(*) from cat_form_template")) {
                rs.next();
                assertEquals(1, rs.getInt(1));
            }
        }
    }
}
