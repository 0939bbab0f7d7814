package vn.motcua.platform.api.paging;

/** One sort key: a whitelisted property name and its direction. */
public record SortOrder(String property, boolean ascending) {
    @Override
    public String toString() {
        return property + "," + (ascending ? "asc" : "desc");
    }
}
