package vn.motcua.catalogue.api;

import java.time.LocalDate;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import vn.motcua.platform.api.paging.Page;
import vn.motcua.platform.api.paging.PageRequest;

/** The agency tree: create, rename, merge, look up, and resolve who handles what after a merge. */
@ProviderType
public interface AgencyService {
    Agency create(AgencyInput input);

    /** Updates contact data and parent; renames go through {@link #rename} so history records them. */
    Agency update(String code, AgencyInput input);

    Agency get(String code);

    /** Agencies directly under {@code parentCode} (roots when null), valid on {@code asOf} (all when null), by text. */
    Page<Agency> list(String parentCode, String text, LocalDate asOf, PageRequest page);

    /** The tree of agencies valid on {@code asOf}. */
    List<AgencyNode> tree(LocalDate asOf);

    /** Codes of the agency and every agency below it (valid or not). */
    List<String> subtree(String code);

    Agency rename(String code, RenameRequest request);

    MergeResult merge(String code, MergeRequest request);

    List<AgencyEvent> history(String code);

    /** The agency that handles, on {@code date}, what {@code code} handled: itself, or its successor after merges. */
    Agency resolve(String code, LocalDate date);
}
