package vn.motcua.catalogue.rest;

import java.time.LocalDate;
import java.util.List;

import vn.motcua.catalogue.api.AbolishRequest;
import vn.motcua.catalogue.api.Enums.ChangeType;
import vn.motcua.catalogue.api.ProcedureInput;
import vn.motcua.catalogue.api.ProcedureQuery;
import vn.motcua.catalogue.api.ProcedureService;
import vn.motcua.catalogue.api.ProcedureSummary;
import vn.motcua.catalogue.api.ProcedureVersion;
import vn.motcua.platform.api.paging.Page;
import vn.motcua.platform.api.paging.PageRequest;

/** Records the last call; create answers version 1, amend version 2, abolish version 3. */
class FakeProcedureService implements ProcedureService {
    String code;
    LocalDate date;
    ProcedureQuery query;
    PageRequest page;
    Object input;

    @Override
    public ProcedureVersion create(ProcedureInput input) {
        this.input = input;
        return Fixtures.version(input.code(), 1, ChangeType.CREATED);
    }

    @Override
    public ProcedureVersion amend(String code, ProcedureInput input) {
        this.code = code;
        this.input = input;
        return Fixtures.version(code, 2, ChangeType.AMENDED);
    }

    @Override
    public ProcedureVersion abolish(String code, AbolishRequest request) {
        this.code = code;
        this.input = request;
        return Fixtures.version(code, 3, ChangeType.ABOLISHED);
    }

    @Override
    public ProcedureVersion get(String code, LocalDate asOf) {
        this.code = code;
        this.date = asOf;
        return Fixtures.version(code, 1, ChangeType.CREATED);
    }

    @Override
    public ProcedureVersion getVersion(String code, int version) {
        this.code = code;
        return Fixtures.version(code, version, ChangeType.CREATED);
    }

    @Override
    public List<ProcedureVersion> versions(String code) {
        this.code = code;
        return List.of(Fixtures.version(code, 1, ChangeType.CREATED));
    }

    @Override
    public Page<ProcedureSummary> search(ProcedureQuery query, PageRequest page) {
        this.query = query;
        this.page = page;
        return new Page<>(List.of(), page.page(), page.size(), 0);
    }

    @Override
    public long count() {
        return 0;
    }
}
