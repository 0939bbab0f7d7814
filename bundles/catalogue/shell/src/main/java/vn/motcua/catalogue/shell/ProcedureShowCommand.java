package vn.motcua.catalogue.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import vn.motcua.catalogue.api.Decision;
import vn.motcua.catalogue.api.DossierComponent;
import vn.motcua.catalogue.api.ProcedureService;
import vn.motcua.catalogue.api.ProcedureVersion;

/** {@code motcua:procedure-show}: everything the published version in force says, the way the decision lists it. */
@Service
@Command(scope = "motcua", name = "procedure-show",
    description = "Xem thủ tục (phiên bản có hiệu lực) / Show a procedure (the version in force)")
public class ProcedureShowCommand extends MotCuaAction {

    @Reference
    ProcedureService procedures;

    @Argument(index = 0, name = "CODE", required = true, description = "Mã thủ tục, ví dụ 1.001193 / Procedure code, e.g. 1.001193")
    String code;

    @Option(name = "--as-of", description = "Phiên bản có hiệu lực vào ngày (mặc định hôm nay) / Version in force on date (default today)")
    String asOf;

    @Override
    protected void run() {
        ProcedureVersion v = procedures.get(code, date("--as-of", asOf));
        out.println(v.code() + " v" + v.version() + " — " + v.nameVi());
        field("Tên tiếng Anh / English name", v.nameEn());
        field("Trạng thái / Status", v.status() + " (" + v.changeType() + ")"
            + (v.replacedBy() == null ? "" : " → " + v.replacedBy()));
        field("Hiệu lực / Valid", v.validFrom() + " → " + (v.validTo() == null ? "" : v.validTo()));
        field("Quyết định / Decision", decision(v.decision()));
        field("Lĩnh vực / Sector", Texts.text(v.sectorCode()) + " " + Texts.text(v.sectorNameVi()));
        field("Cấp thực hiện / Levels", Texts.join(v.levels()));
        field("Cơ quan / Agencies", Texts.join(v.agencyCodes()));
        field("Dịch vụ công trực tuyến / Online", Texts.text(v.onlineLevel())
            + (v.legacyLevel() == null ? "" : " (mức cũ / legacy level " + v.legacyLevel() + ")"));
        field("Thời hạn / Processing time", Texts.time(v.processingTime())
            + (v.processingTime() == null || v.processingTime().note() == null ? "" : " — " + v.processingTime().note()));
        field("Cách thức / Channels", Texts.join(v.channels()));
        field("Đối tượng / Applicants", Texts.join(v.applicants())
            + (v.applicantNote() == null ? "" : " — " + v.applicantNote()));
        field("Điều kiện / Conditions", v.conditions());
        list("Trình tự / Steps", v.steps());
        components(v.components());
        list("Phí, lệ phí / Fees", v.fees() == null ? null : v.fees().stream().map(Texts::fee).toList());
        list("Kết quả / Results", v.results());
        list("Căn cứ pháp lý / Legal basis", v.legalBasis());
    }

    private void field(String label, String value) {
        if (value != null && !value.isBlank()) {
            out.printf("  %-34s %s%n", label + ":", value.strip());
        }
    }

    private void list(String label, List<String> values) {
        if (values == null || values.isEmpty()) {
            return;
        }
        out.println("  " + label + ":");
        for (int i = 0; i < values.size(); i++) {
            out.println("    " + (i + 1) + ". " + values.get(i));
        }
    }

    private void components(List<DossierComponent> components) {
        if (components == null || components.isEmpty()) {
            return;
        }
        out.println("  Thành phần hồ sơ / Dossier components:");
        ShellTable table = new ShellTable();
        table.column("#").alignRight();
        table.column("Giấy tờ / Document").maxSize(60).wrap();
        table.column("Số lượng / Qty").alignRight();
        table.column("Hình thức / Form");
        table.column("Số hóa / Digitise");
        table.column("Ghi chú / Note").maxSize(40).wrap();
        int n = 1;
        for (DossierComponent c : components) {
            table.addRow().addContent(n++, c.name(), Texts.text(c.quantity()), Texts.text(c.form()),
                Boolean.TRUE.equals(c.mustDigitize()) ? "có / yes" : "", Texts.text(c.note()));
        }
        table.print(out);
    }

    private static String decision(Decision d) {
        if (d == null) {
            return null;
        }
        return Texts.text(d.number()) + (d.date() == null ? "" : " ngày / of " + d.date())
            + (d.effectiveDate() == null ? "" : ", hiệu lực / effective " + d.effectiveDate());
    }
}
