package vn.motcua.catalogue.shell;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import vn.motcua.catalogue.api.CatalogueDocument;
import vn.motcua.catalogue.api.CatalogueDocument.MergeInstruction;
import vn.motcua.catalogue.api.Sector;

public class CatalogueCommandsTest {
    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private final Fakes.Transfer transfer = new Fakes.Transfer();

    @Test
    public void importReadsTheJsonFileAndPrintsTheReport() throws Exception {
        Path file = tmp.getRoot().toPath().resolve("catalogue.json");
        Files.writeString(file, "{\"formatVersion\":1,\"sectors\":[{\"code\":\"HT\",\"nameVi\":\"Hộ tịch\"}],"
            + "\"merges\":[{\"agencyCode\":\"A\",\"successorCode\":\"B\",\"effectiveDate\":\"2025-07-01\"}]}",
            StandardCharsets.UTF_8);
        CatalogueImportCommand cmd = new CatalogueImportCommand();
        cmd.transfer = transfer;
        cmd.file = file.toString();
        cmd.dryRun = true;
        Console console = new Console().run(cmd);

        CatalogueDocument doc = transfer.imported.get(0);
        assertEquals(List.of(new Sector("HT", "Hộ tịch", null)), doc.sectors());
        assertEquals(new MergeInstruction("A", "B", Fakes.DAY, null, null), doc.merges().get(0));
        assertEquals(Boolean.TRUE, transfer.dryRun);
        String out = console.out();
        assertTrue(out, out.startsWith("Chạy thử: hợp lệ, chưa ghi gì / Dry run: valid, nothing written"));
        assertTrue(out, out.contains("Thủ tục / Procedures"));
        assertEquals("", console.err());
    }

    @Test
    public void badJsonNamesThePathAndLine() throws Exception {
        Path file = tmp.getRoot().toPath().resolve("bad.json");
        Files.writeString(file, "{\n\"sectors\": [\n {\"code\": \"HT\", \"colour\": \"red\"}\n]}", StandardCharsets.UTF_8);
        CatalogueImportCommand cmd = new CatalogueImportCommand();
        cmd.transfer = transfer;
        cmd.file = file.toString();
        String err = new Console().run(cmd).err();
        assertTrue(err, err.contains("  - sectors[0].colour: JSON không hợp lệ (dòng / line 3"));
        assertTrue(transfer.imported.isEmpty());
    }

    @Test
    public void missingFileIsReported() throws Exception {
        CatalogueImportCommand cmd = new CatalogueImportCommand();
        cmd.transfer = transfer;
        cmd.file = tmp.getRoot().toPath().resolve("none.json").toString();
        String err = new Console().run(cmd).err();
        assertTrue(err, err.startsWith("Không tìm thấy tệp / File not found: "));
    }

    @Test
    public void exportWritesAnImportableFileAndKeepsExistingOnes() throws Exception {
        transfer.toExport = new CatalogueDocument(1, List.of(new Sector("HT", "Hộ tịch", null)), List.of(),
            List.of(new MergeInstruction("A", "B", Fakes.DAY, "1/QĐ", null)), List.of(), List.of());
        Path file = tmp.getRoot().toPath().resolve("out.json");
        CatalogueExportCommand cmd = new CatalogueExportCommand();
        cmd.transfer = transfer;
        cmd.file = file.toString();
        cmd.asOf = "2025-07-01";
        String out = new Console().run(cmd).out();
        assertEquals(Fakes.DAY, transfer.date);
        assertTrue(out, out.contains("1 lĩnh vực / sectors"));
        String json = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(json, json.contains("\"effectiveDate\" : \"2025-07-01\""));
        assertEquals(transfer.toExport, Json.MAPPER.readValue(json, CatalogueDocument.class));

        Files.writeString(file, "keep me");
        String err = new Console().run(cmd).err();
        assertTrue(err, err.startsWith("Tệp đã có, dùng --force để ghi đè / File exists"));
        assertEquals("keep me", Files.readString(file));

        cmd.force = true;
        new Console().run(cmd);
        assertEquals(json, Files.readString(file, StandardCharsets.UTF_8));
    }
}
