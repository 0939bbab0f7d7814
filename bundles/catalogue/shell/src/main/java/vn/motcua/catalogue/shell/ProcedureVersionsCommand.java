package vn.motcua.catalogue.shell;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import vn.motcua.catalogue.api.ProcedureService;
import vn.motcua.catalogue.api.ProcedureVersion;

/** {@code motcua:procedure-versions}: the publication history of a procedure, one row per decision. */
@Service
@Command(scope = "motcua", name = "procedure-versions",
    description = "Lịch sử phiên bản của thủ tục / Version history of a procedure")
public class ProcedureVersionsCommand extends MotCuaAction {

    @Reference
    ProcedureService procedures;

    @Argument(index = 0, name = "CODE", required = true, description = "Mã thủ tục / Procedure code")
    String code;

    @Override
    protected void run() {
        ShellTable table = new ShellTable().emptyTableText("Không có phiên bản nào / No versions");
        table.column("Phiên bản / Version").alignRight();
        table.column("Thay đổi / Change");
        table.column("Trạng thái / Status");
        table.column("Từ ngày / From");
        table.column("Đến ngày / To");
        table.column("Quyết định / Decision");
        table.column("Tên / Name").maxSize(50).wrap();
        for (ProcedureVersion v : procedures.versions(code)) {
            table.addRow().addContent(v.version(), Texts.text(v.changeType()), Texts.text(v.status()),
                Texts.text(v.validFrom()), Texts.text(v.validTo()),
                v.decision() == null ? "" : Texts.text(v.decision().number()), Texts.text(v.nameVi()));
        }
        table.print(out);
    }
}
