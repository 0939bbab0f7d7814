package vn.motcua.platform.api.paging;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.List;
import java.util.Set;

import org.junit.Test;

import vn.motcua.platform.api.error.ValidationException;

public class PageRequestTest {
    private static final Set<String> ALLOWED = Set.of("name", "code");
    private static final List<SortOrder> DEFAULT = List.of(new SortOrder("code", true));

    @Test
    public void defaultsApply() {
        PageRequest r = PageRequest.parse(null, null, null, ALLOWED, DEFAULT);
        assertEquals(0, r.page());
        assertEquals(PageRequest.DEFAULT_SIZE, r.size());
        assertEquals(DEFAULT, r.sort());
    }

    @Test
    public void parsesSortKeys() {
        PageRequest r = PageRequest.parse(2, 50, List.of("name,desc", "code"), ALLOWED, DEFAULT);
        assertEquals(100, r.offset());
        assertEquals(List.of(new SortOrder("name", false), new SortOrder("code", true)), r.sort());
    }

    @Test
    public void rejectsEveryBadParameterAtOnce() {
        try {
            PageRequest.parse(-1, 500, List.of("password,asc"), ALLOWED, DEFAULT);
            fail("expected a validation error");
        } catch (ValidationException e) {
            List<String> fields = e.errors().stream().map(x -> x.field()).toList();
            assertTrue(fields.containsAll(List.of("page", "size", "sort")));
        }
    }

    @Test
    public void totalPagesRoundsUp() {
        assertEquals(3, new Page<>(List.of(), 0, 10, 21).totalPages());
        assertEquals(0, new Page<>(List.of(), 0, 10, 0).totalPages());
    }
}
