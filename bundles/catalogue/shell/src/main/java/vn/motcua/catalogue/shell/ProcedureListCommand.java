package vn.motcua.catalogue.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import vn.motcua.catalogue.api.ProcedureQuery;
import vn.motcua.catalogue.api.ProcedureService;
import vn.motcua.catalogue.api.ProcedureSummary;
import vn.motcua.platform.api.error.ValidationException;
import vn.motcua.platform.api.paging.Page;
import vn.motcua.platform.api.paging.PageRequest;
import vn.motcua.platform.api.paging.SortOrder;

/** {@code motcua:procedure-list}: the procedure search of the API, as a table, first page only. */
@Service
@Command(scope = "motcua", name = "procedure-list",
    description = "Tìm thủ tục hành chính (không dấu cũng được) / Search administrative procedures (diacritics optional)")
public class ProcedureListCommand extends MotCuaAction {

    @Reference
    ProcedureService procedures;

    @Option(name = "-q", aliases = "--text", description = "Từ khóa trong tên hoặc mã / Words of the name or code")
    String text;

    @Option(name = "-s", aliases = "--sector", description = "Mã lĩnh vực / Sector code")
    String sector;

    @Option(name = "-a", aliases = "--agency", description = "Mã cơ quan (gồm cả đơn vị trực thuộc) / Agency code (with its sub-agencies)")
    String agency;

    @Option(name = "--as-of", description = "Có hiệu lực vào ngày (mặc định hôm nay) / In force on date (default today)")
    String asOf;

    @Option(name = "-n", aliases = "--max", description = "Số dòng tối đa (1-200) / Maximum rows (1-200)")
    int max = 50;

    @Override
    protected void run() {
        if (max < 1 || max > PageRequest.MAX_SIZE) {
            throw ValidationException.of("-n", "out-of-range", "Phải trong khoảng 1–" + PageRequest.MAX_SIZE,
                "must be between 1 and " + PageRequest.MAX_SIZE);
        }
        ProcedureQuery query = new ProcedureQuery(text, sector, agency, null, null, null, date("--as-of", asOf), null);
        Page<ProcedureSummary> page = procedures.search(query,
            new PageRequest(0, max, List.of(new SortOrder("name", true))));

        ShellTable table = new ShellTable().emptyTableText("Không có thủ tục nào / No procedures");
        table.column("Mã / Code");
        table.column("Tên / Name").maxSize(60).wrap();
        table.column("Lĩnh vực / Sector");
        table.column("Cấp / Level");
        table.column("Trực tuyến / Online");
        table.column("Thời hạn / Time");
        table.column("Phí / Fee");
        for (ProcedureSummary p : page.items()) {
            table.addRow().addContent(p.code(), p.nameVi(), Texts.text(p.sectorCode()), Texts.join(p.levels()),
                Texts.text(p.onlineLevel()), Texts.time(p.processingTime()), p.hasFee() ? "có / yes" : "không / no");
        }
        table.print(out);
        out.println("Hiển thị " + page.items().size() + "/" + page.totalItems() + " thủ tục / Showing "
            + page.items().size() + " of " + page.totalItems() + " procedures");
    }
}
