package vn.motcua.catalogue.impl;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static vn.motcua.catalogue.impl.Fixtures.date;
import static vn.motcua.catalogue.impl.Fixtures.procedure;
import static vn.motcua.catalogue.impl.Fixtures.process;

import java.util.Set;

import org.junit.Before;
import org.junit.Test;

import vn.motcua.platform.api.error.ForbiddenException;
import vn.motcua.platform.api.security.Caller;
import vn.motcua.platform.api.security.CallerContext;
import vn.motcua.platform.api.security.Role;

/** An agency administrator changes only what its own agency subtree handles; the provincial operator everything. */
public class AgencyAdminScopeTest extends CatalogueTestSupport {
    private static final Caller CONSTRUCTION_ADMIN = new Caller("acc-1", Caller.Kind.STAFF, "Quản trị Sở Xây dựng",
        Set.of(Role.AGENCY_ADMIN), DEPT_CONSTRUCTION, Set.of(DEPT_CONSTRUCTION, DIVISION_CONSTRUCTION), Set.of(),
        Set.of(), "s-1", "127.0.0.1");
    private static final Caller OPERATOR = new Caller("acc-2", Caller.Kind.STAFF, "Trung tâm PVHCC",
        Set.of(Role.PROVINCIAL_OPERATOR), PROVINCE, Set.of(), Set.of(), Set.of(), "s-2", "127.0.0.1");

    @Before
    public void catalogue() {
        standardCatalogue();
        cat.procedures.create(procedure("1.009994", "Cấp giấy phép xây dựng").agencies(DEPT_CONSTRUCTION).build());
        cat.procedures.create(procedure("1.004227", "Cấp giấy phép môi trường").agencies(DEPT_ENVIRONMENT).build());
    }

    @Test
    // clauses: 002-10.1#1, 002-23.2
    public void agencyAdministratorChangesOnlyItsOwnProcedures() {
        CallerContext.callAs(CONSTRUCTION_ADMIN, () -> cat.procedures.amend("1.009994",
            procedure("1.009994", "Cấp giấy phép xây dựng (sửa đổi)").agencies(DEPT_CONSTRUCTION)
                .effective("2025-01-01").build()));
        assertEquals(2, cat.procedures.versions("1.009994").size());
        assertThrows(ForbiddenException.class, () -> CallerContext.callAs(CONSTRUCTION_ADMIN, () ->
            cat.procedures.amend("1.004227", procedure("1.004227", "Sửa bởi cơ quan khác").agencies(DEPT_ENVIRONMENT)
                .effective("2025-01-01").build())));
        assertThrows(ForbiddenException.class, () -> CallerContext.callAs(CONSTRUCTION_ADMIN, () ->
            cat.procedures.create(procedure("1.000001", "Thủ tục mới của Sở khác").agencies(DEPT_ENVIRONMENT).build())));
        assertThrows(ForbiddenException.class, () -> CallerContext.callAs(CONSTRUCTION_ADMIN, () ->
            cat.processes.define(process("1.004227", DEPT_ENVIRONMENT, date("2024-02-01"), "8"))));
        assertEquals(1, cat.procedures.versions("1.004227").size());
        CallerContext.callAs(OPERATOR, () -> cat.procedures.amend("1.004227", procedure("1.004227",
            "Cấp giấy phép môi trường (sửa đổi)").agencies(DEPT_ENVIRONMENT).effective("2025-01-01").build()));
        assertEquals(2, cat.procedures.versions("1.004227").size());
    }
}
