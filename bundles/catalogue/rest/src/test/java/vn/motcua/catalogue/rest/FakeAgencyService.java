package vn.motcua.catalogue.rest;

import java.time.LocalDate;
import java.util.List;

import vn.motcua.catalogue.api.Agency;
import vn.motcua.catalogue.api.AgencyEvent;
import vn.motcua.catalogue.api.AgencyInput;
import vn.motcua.catalogue.api.AgencyNode;
import vn.motcua.catalogue.api.AgencyService;
import vn.motcua.catalogue.api.MergeRequest;
import vn.motcua.catalogue.api.MergeResult;
import vn.motcua.catalogue.api.RenameRequest;
import vn.motcua.platform.api.paging.Page;
import vn.motcua.platform.api.paging.PageRequest;

/** Records what the resource passed on and answers with sample data; the real rules are tested with the impl. */
class FakeAgencyService implements AgencyService {
    String code;
    String parent;
    String text;
    LocalDate date;
    PageRequest page;
    AgencyInput input;
    Object request;

    @Override
    public Agency create(AgencyInput input) {
        this.input = input;
        return Fixtures.agency(input.code().strip());
    }

    @Override
    public Agency update(String code, AgencyInput input) {
        this.code = code;
        this.input = input;
        return Fixtures.agency(code);
    }

    @Override
    public Agency get(String code) {
        this.code = code;
        return Fixtures.agency(code);
    }

    @Override
    public Page<Agency> list(String parentCode, String text, LocalDate asOf, PageRequest page) {
        this.parent = parentCode;
        this.text = text;
        this.date = asOf;
        this.page = page;
        return new Page<>(List.of(Fixtures.agency(Fixtures.AGENCY)), page.page(), page.size(), 1);
    }

    @Override
    public List<AgencyNode> tree(LocalDate asOf) {
        this.date = asOf;
        return List.of(new AgencyNode(Fixtures.agency(Fixtures.AGENCY), List.of()));
    }

    @Override
    public List<String> subtree(String code) {
        return List.of(code);
    }

    @Override
    public Agency rename(String code, RenameRequest request) {
        this.code = code;
        this.request = request;
        return Fixtures.agency(code);
    }

    @Override
    public MergeResult merge(String code, MergeRequest request) {
        this.code = code;
        this.request = request;
        return new MergeResult(code, request.successorCode(), List.of(Fixtures.PROCEDURE), 1, 0);
    }

    @Override
    public List<AgencyEvent> history(String code) {
        this.code = code;
        return List.of();
    }

    @Override
    public Agency resolve(String code, LocalDate date) {
        this.code = code;
        this.date = date;
        return Fixtures.agency(code);
    }
}
