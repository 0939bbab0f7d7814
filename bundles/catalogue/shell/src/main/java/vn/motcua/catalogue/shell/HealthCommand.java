package vn.motcua.catalogue.shell;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import vn.motcua.platform.api.health.HealthReport;
import vn.motcua.platform.api.health.HealthReport.ComponentState;
import vn.motcua.platform.api.health.HealthService;
import vn.motcua.platform.api.health.HealthStatus;

/**
 * {@code motcua:health}: the report of {@code GET /api/v1/health}, for an operator on the console (e.g. when the HTTP
 * port itself is the problem). Lists only the MotCua components that are not working, since those need action.
 */
@Service
@Command(scope = "motcua", name = "health",
    description = "Tình trạng hệ thống: kiểm tra và thành phần lỗi / System health: checks and failing components")
public class HealthCommand extends MotCuaAction {
    private static final List<String> WORKING = List.of("ACTIVE", "SATISFIED");

    @Reference
    HealthService health;

    @Override
    protected void run() {
        HealthReport report = health.report();
        out.println("Tình trạng / Status: " + report.status() + "  (" + report.node() + ", " + report.checkedAt() + ")");

        ShellTable checks = new ShellTable().emptyTableText("Không có kiểm tra nào / No checks");
        checks.column("Kiểm tra / Check");
        checks.column("Trạng thái / State");
        checks.column("Thông báo / Message").maxSize(50).wrap();
        checks.column("Chi tiết / Details").maxSize(70).wrap();
        new TreeMap<>(report.checks()).forEach((name, status) -> checks.addRow().addContent(name, status.state(),
            status.message() == null ? "" : status.message(), details(status)));
        checks.print(out);

        List<ComponentState> failing = report.components().stream()
            .filter(c -> !WORKING.contains(c.state())).toList();
        if (failing.isEmpty()) {
            out.println("Mọi thành phần MotCua đều hoạt động / All MotCua components are active");
            return;
        }
        out.println("Thành phần không hoạt động / Components not active:");
        ShellTable components = new ShellTable();
        components.column("Bundle");
        components.column("Thành phần / Component");
        components.column("Trạng thái / State");
        components.column("Thiếu dịch vụ / Unsatisfied references").maxSize(60).wrap();
        for (ComponentState c : failing) {
            components.addRow().addContent(c.bundle(), c.name(), c.state(), String.join(", ", c.unsatisfiedReferences()));
        }
        components.print(out);
    }

    private static String details(HealthStatus status) {
        return new TreeMap<>(status.details()).entrySet().stream()
            .map((Map.Entry<String, Object> e) -> e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining(", "));
    }
}
