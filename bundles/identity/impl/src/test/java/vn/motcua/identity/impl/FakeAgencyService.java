package vn.motcua.identity.impl;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import vn.motcua.catalogue.api.Agency;
import vn.motcua.catalogue.api.AgencyEvent;
import vn.motcua.catalogue.api.AgencyInput;
import vn.motcua.catalogue.api.AgencyNode;
import vn.motcua.catalogue.api.AgencyService;
import vn.motcua.catalogue.api.Enums.AgencyKind;
import vn.motcua.catalogue.api.Enums.AgencyLevel;
import vn.motcua.catalogue.api.MergeRequest;
import vn.motcua.catalogue.api.MergeResult;
import vn.motcua.catalogue.api.RenameRequest;
import vn.motcua.platform.api.error.NotFoundException;
import vn.motcua.platform.api.paging.Page;
import vn.motcua.platform.api.paging.PageRequest;

/**
 * The agency tree identity relies on (get and subtree), in memory: the catalogue's own tests cover the real one.
 * Counts subtree calls, so that scope caching can be observed.
 */
final class FakeAgencyService implements AgencyService {
    /** Tỉnh Bắc Ninh: the province, two departments (one with a division) and a commune. */
    static final String PROVINCE = "000.00.00.H06";
    static final String DEPT_CONSTRUCTION = "000.00.05.H06";
    static final String DIVISION_CONSTRUCTION = "000.01.05.H06";
    static final String DEPT_ENVIRONMENT = "000.00.06.H06";
    static final String COMMUNE_GIA_BINH = "000.00.36.H06";

    private final Map<String, String> parents = new LinkedHashMap<>();
    final AtomicInteger subtreeCalls = new AtomicInteger();

    FakeAgencyService() {
        reset();
    }

    /** Back to the standard tree. */
    synchronized void reset() {
        parents.clear();
        subtreeCalls.set(0);
        parents.put(PROVINCE, null);
        parents.put(DEPT_CONSTRUCTION, PROVINCE);
        parents.put(DIVISION_CONSTRUCTION, DEPT_CONSTRUCTION);
        parents.put(DEPT_ENVIRONMENT, PROVINCE);
        parents.put(COMMUNE_GIA_BINH, PROVINCE);
    }

    synchronized void add(String code, String parent) {
        parents.put(code, parent);
    }

    @Override
    public synchronized Agency get(String code) {
        if (!parents.containsKey(code)) {
            throw new NotFoundException("cơ quan", "Agency", String.valueOf(code));
        }
        return new Agency(code, parents.get(code), "Cơ quan " + code, null, AgencyKind.DEPARTMENT,
            AgencyLevel.PROVINCE, null, null, null, null, LocalDate.of(2025, 7, 1), null, null, 1);
    }

    @Override
    public synchronized List<String> subtree(String code) {
        subtreeCalls.incrementAndGet();
        get(code);
        List<String> result = new ArrayList<>();
        result.add(code);
        for (int i = 0; i < result.size(); i++) {
            String parent = result.get(i);
            parents.forEach((c, p) -> {
                if (parent.equals(p)) {
                    result.add(c);
                }
            });
        }
        return result;
    }

    @Override
    public Agency create(AgencyInput input) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Agency update(String code, AgencyInput input) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Page<Agency> list(String parentCode, String text, LocalDate asOf, PageRequest page) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<AgencyNode> tree(LocalDate asOf) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Agency rename(String code, RenameRequest request) {
        throw new UnsupportedOperationException();
    }

    @Override
    public MergeResult merge(String code, MergeRequest request) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<AgencyEvent> history(String code) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Agency resolve(String code, LocalDate date) {
        throw new UnsupportedOperationException();
    }
}
