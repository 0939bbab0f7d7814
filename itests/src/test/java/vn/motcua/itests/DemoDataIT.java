package vn.motcua.itests;

import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.time.Duration;

import org.junit.Test;
import org.ops4j.pax.exam.Option;

import com.fasterxml.jackson.databind.JsonNode;

/** What the run command shows a newcomer: the demo catalogue, searchable with and without diacritics. */
public class DemoDataIT extends MotCuaTestSupport {

    /** Demo data loads only into an empty catalogue, as on a newcomer's embedded database. */
    @Override
    protected boolean usePostgres() {
        return false;
    }

    @Override
    protected Option[] extraOptions() {
        return new Option[] {editConfigurationFilePut("etc/custom.system.properties", "motcua.demo.enabled", "true")};
    }

    @Test
    @Clauses({"001-9.1#1", "002-7.1b", "003-10.1b", "004-3.3"})
    public void demoCatalogueIsLoadedAndSearchable() {
        awaitApi();
        await("the demo catalogue", Duration.ofSeconds(120),
            () -> get("/procedures?q=khai%20sinh").json().get("totalItems").asInt() > 0);
        JsonNode hits = get("/procedures?q=khai%20sinh").expect(200).json();
        assertTrue(hits.get("items").get(0).get("nameVi").asText().toLowerCase().contains("khai sinh"));
        assertTrue(get("/procedures?q=giay%20phep%20xay%20dung").json().get("totalItems").asInt() > 0);
        assertTrue(get("/procedures?size=1").json().get("totalItems").asInt() >= 30);
        assertTrue(get("/procedures?onlineLevel=FULL").json().get("totalItems").asInt() > 0);
        assertTrue(get("/procedures?level=COMMUNE").json().get("totalItems").asInt() > 0);
        assertTrue(get("/procedures?level=PROVINCE").json().get("totalItems").asInt() > 0);
    }
}
