package vn.motcua.platform.api.paging;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import vn.motcua.platform.api.error.Checks;

/**
 * The paging and sorting convention of every list resource: {@code ?page=0&size=20&sort=name,asc&sort=code,desc}.
 * Pages count from 0; size is 1..{@value #MAX_SIZE}; sort properties are whitelisted per resource.
 */
public record PageRequest(int page, int size, List<SortOrder> sort) {
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    public PageRequest {
        sort = List.copyOf(sort);
    }

    public static PageRequest of(int page, int size) {
        return new PageRequest(page, size, List.of());
    }

    public int offset() {
        return Math.multiplyExact(page, size);
    }

    /**
     * Validates raw query parameters.
     *
     * @param allowedSort properties a client may sort by
     * @param defaultSort used when the client gives none
     * @throws vn.motcua.platform.api.error.ValidationException naming {@code page}, {@code size} or {@code sort}
     */
    public static PageRequest parse(Integer page, Integer size, List<String> sort, Set<String> allowedSort,
                                    List<SortOrder> defaultSort) {
        Checks checks = new Checks();
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        checks.range("page", p, 0, 1_000_000);
        checks.range("size", s, 1, MAX_SIZE);
        List<SortOrder> orders = new ArrayList<>();
        if (sort != null) {
            for (String raw : sort) {
                if (raw == null || raw.isBlank()) {
                    continue;
                }
                String[] parts = raw.split(",", -1);
                String property = parts[0].trim();
                String direction = parts.length > 1 ? parts[1].trim().toLowerCase(Locale.ROOT) : "asc";
                if (parts.length > 2 || !allowedSort.contains(property)) {
                    checks.add("sort", "unknown-sort", "Không sắp xếp được theo '" + raw + "'; cho phép: " + allowedSort,
                        "cannot sort by '" + raw + "'; allowed: " + allowedSort);
                } else if (!direction.equals("asc") && !direction.equals("desc")) {
                    checks.add("sort", "bad-direction", "Chiều sắp xếp phải là asc hoặc desc",
                        "direction must be asc or desc");
                } else {
                    orders.add(new SortOrder(property, direction.equals("asc")));
                }
            }
        }
        checks.throwIfAny();
        return new PageRequest(p, s, orders.isEmpty() ? defaultSort : orders);
    }
}
