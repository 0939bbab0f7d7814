package vn.motcua.catalogue.shell;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;
import org.apache.karaf.shell.support.table.ShellTable;

import com.fasterxml.jackson.core.JsonProcessingException;

import vn.motcua.catalogue.api.CatalogueDocument;
import vn.motcua.catalogue.api.CatalogueTransferService;
import vn.motcua.catalogue.api.ImportReport;
import vn.motcua.platform.api.error.ValidationException;

/**
 * {@code motcua:catalogue-import}: loads a catalogue JSON document (the format of {@code POST /catalogue/import}) from
 * a file on the server. All or nothing; {@code --dry-run} shows what would change without writing.
 */
@Service
@Command(scope = "motcua", name = "catalogue-import",
    description = "Nhập danh mục từ tệp JSON (tất cả hoặc không) / Import a catalogue JSON file (all or nothing)")
public class CatalogueImportCommand extends MotCuaAction {

    @Reference
    CatalogueTransferService transfer;

    @Argument(index = 0, name = "FILE", required = true, description = "Tệp JSON / JSON file")
    @Completion(FileCompleter.class)
    String file;

    @Option(name = "--dry-run", description = "Chỉ kiểm tra, không ghi / Validate only, write nothing")
    boolean dryRun;

    @Override
    protected void run() throws IOException {
        Path path = Paths.get(file);
        CatalogueDocument document;
        try (InputStream in = Files.newInputStream(path)) {
            document = Json.MAPPER.readValue(in, CatalogueDocument.class);
        } catch (JsonProcessingException e) {
            throw Json.invalid(e);
        }
        if (document == null) {
            throw ValidationException.of("file", "required", "Tệp rỗng", "the file is empty");
        }
        print(transfer.importDocument(document, dryRun));
    }

    private void print(ImportReport r) {
        out.println(r.dryRun() ? "Chạy thử: hợp lệ, chưa ghi gì / Dry run: valid, nothing written"
            : "Đã nhập danh mục / Catalogue imported");
        ShellTable table = new ShellTable();
        table.column("Phần / Part");
        table.column("Tạo mới / Created").alignRight();
        table.column("Cập nhật, sửa đổi / Updated, amended").alignRight();
        table.column("Không đổi / Unchanged").alignRight();
        table.addRow().addContent("Lĩnh vực / Sectors", r.sectorsCreated(), r.sectorsUpdated(), "");
        table.addRow().addContent("Cơ quan / Agencies", r.agenciesCreated(), r.agenciesUpdated(), "");
        table.addRow().addContent("Sáp nhập / Merges", r.mergesApplied(), "", "");
        table.addRow().addContent("Thủ tục / Procedures", r.proceduresCreated(), r.proceduresAmended(),
            r.proceduresUnchanged());
        table.addRow().addContent("Quy trình nội bộ / Processes", r.processDefinitionsCreated(), "",
            r.processDefinitionsUnchanged());
        table.print(out);
    }
}
