package vn.motcua.catalogue.shell;

import java.time.LocalDate;
import java.util.List;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import vn.motcua.catalogue.api.Agency;
import vn.motcua.catalogue.api.AgencyNode;
import vn.motcua.catalogue.api.AgencyService;

/** {@code motcua:agency-tree}: the agency tree as on a date, to check a reorganisation at a glance. */
@Service
@Command(scope = "motcua", name = "agency-tree",
    description = "Cây cơ quan, đơn vị tại một ngày / Agency tree on a date")
public class AgencyTreeCommand extends MotCuaAction {

    @Reference
    AgencyService agencies;

    @Option(name = "--as-of", description = "Ngày (mặc định: mọi cơ quan còn hiệu lực hôm nay) / Date (default today)")
    String asOf;

    private int count;

    @Override
    protected void run() {
        LocalDate date = date("--as-of", asOf);
        List<AgencyNode> roots = agencies.tree(date);
        count = 0;
        for (AgencyNode root : roots) {
            out.println(line(root.agency()));
            count++;
            children(root.children(), "");
        }
        out.println(count + " cơ quan / agencies" + (date == null ? "" : " — " + date));
    }

    private void children(List<AgencyNode> nodes, String indent) {
        if (nodes == null) {
            return;
        }
        for (int i = 0; i < nodes.size(); i++) {
            boolean last = i == nodes.size() - 1;
            AgencyNode node = nodes.get(i);
            out.println(indent + (last ? "└─ " : "├─ ") + line(node.agency()));
            count++;
            children(node.children(), indent + (last ? "   " : "│  "));
        }
    }

    private static String line(Agency a) {
        return a.code() + "  " + a.nameVi() + (a.level() == null ? "" : "  [" + a.level() + "]");
    }
}
