package vn.motcua.catalogue.shell;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;

import vn.motcua.catalogue.api.CatalogueDocument;
import vn.motcua.catalogue.api.CatalogueTransferService;

/**
 * {@code motcua:catalogue-export}: writes the catalogue in force on a date to a JSON file on the server, in the
 * import format, e.g. to move a catalogue between environments. An existing file is kept unless {@code --force}.
 */
@Service
@Command(scope = "motcua", name = "catalogue-export",
    description = "Xuất danh mục ra tệp JSON / Export the catalogue to a JSON file")
public class CatalogueExportCommand extends MotCuaAction {

    @Reference
    CatalogueTransferService transfer;

    @Argument(index = 0, name = "FILE", required = true, description = "Tệp JSON sẽ ghi / JSON file to write")
    @Completion(FileCompleter.class)
    String file;

    @Option(name = "--as-of", description = "Danh mục có hiệu lực vào ngày (mặc định hôm nay) / As in force on date (default today)")
    String asOf;

    @Option(name = "-f", aliases = "--force", description = "Ghi đè tệp đã có / Overwrite an existing file")
    boolean force;

    /** The document is fetched whole before the file is opened, so a failed export leaves no half-written file. */
    @Override
    protected void run() throws IOException {
        Path path = Paths.get(file);
        CatalogueDocument document = transfer.export(date("--as-of", asOf));
        StandardOpenOption[] options = force
            ? new StandardOpenOption[] {StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE}
            : new StandardOpenOption[] {StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE};
        try (OutputStream o = Files.newOutputStream(path, options)) {
            Json.MAPPER.writeValue(o, document);
        }
        out.println("Đã ghi / Wrote " + path.toAbsolutePath() + ": " + size(document.sectors()) + " lĩnh vực / sectors, "
            + size(document.agencies()) + " cơ quan / agencies, " + size(document.procedures())
            + " thủ tục / procedures, " + size(document.processDefinitions()) + " quy trình / processes");
    }

    private static int size(List<?> list) {
        return list == null ? 0 : list.size();
    }
}
