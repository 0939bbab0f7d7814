package vn.motcua.catalogue.shell;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import vn.motcua.catalogue.api.AgencyService;
import vn.motcua.catalogue.api.MergeRequest;
import vn.motcua.catalogue.api.MergeResult;

/**
 * {@code motcua:agency-merge}: sáp nhập, as decided by the province. The agency ceases the day before DATE; from DATE
 * its procedures, internal processes and sub-agencies belong to the successor. The service validates and applies it.
 */
@Service
@Command(scope = "motcua", name = "agency-merge",
    description = "Sáp nhập cơ quan vào cơ quan kế thừa từ một ngày / Merge an agency into its successor from a date")
public class AgencyMergeCommand extends MotCuaAction {

    @Reference
    AgencyService agencies;

    @Argument(index = 0, name = "CODE", required = true, description = "Mã cơ quan bị sáp nhập / Code of the merged agency")
    String code;

    @Argument(index = 1, name = "SUCCESSOR", required = true, description = "Mã cơ quan kế thừa / Successor agency code")
    String successor;

    @Argument(index = 2, name = "DATE", required = true,
        description = "Ngày hiệu lực (2025-07-01 hoặc 1/7/2025) / Effective date (2025-07-01 or 1/7/2025)")
    String date;

    @Option(name = "-d", aliases = "--decision", description = "Số quyết định / Decision number")
    String decision;

    @Option(name = "--note", description = "Ghi chú / Note")
    String note;

    @Override
    protected void run() {
        MergeResult r = agencies.merge(code, new MergeRequest(successor, date("DATE", date), decision, note));
        out.println("Đã sáp nhập " + r.agencyCode() + " vào " + r.successorCode() + " / Merged " + r.agencyCode()
            + " into " + r.successorCode());
        out.println("  Thủ tục chuyển / Procedures moved: " + r.proceduresMoved().size()
            + (r.proceduresMoved().isEmpty() ? "" : " (" + Texts.join(r.proceduresMoved()) + ")"));
        out.println("  Quy trình nội bộ chuyển / Internal processes moved: " + r.processDefinitionsMoved());
        out.println("  Đơn vị trực thuộc chuyển / Sub-agencies moved: " + r.childAgenciesMoved());
    }
}
