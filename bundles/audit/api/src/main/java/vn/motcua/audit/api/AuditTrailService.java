package vn.motcua.audit.api;

import java.io.Writer;
import java.util.List;
import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;

import vn.motcua.platform.api.paging.Page;
import vn.motcua.platform.api.paging.PageRequest;
import vn.motcua.platform.api.paging.SortOrder;

/**
 * Reading and checking the audit trail (seed 002 Art 13, 003 Art 5–6, 004 Art 15). Who may call an operation is
 * decided at the edges (REST {@code @Access}, Karaf JAAS); this service enforces the data scope of the caller in
 * {@link vn.motcua.platform.api.security.CallerContext}: supervisors, provincial operators and the system see
 * everything, the police auditor only {@value #POPULATION_LOOKUP}, anybody else nothing. Every read of the trail is
 * itself recorded (action {@value #ACTION_READ}), so is every verification ({@value #ACTION_VERIFY}).
 */
@ProviderType
public interface AuditTrailService {
    /** Category of population-database lookups, the only one the police auditor may read. */
    String POPULATION_LOOKUP = "population-lookup";

    String ACTION_READ = "audit.read";

    String ACTION_VERIFY = "audit.verify";

    /** Properties a search may be sorted by. */
    Set<String> SORT_PROPERTIES = Set.of("recordedAt", "position");

    /** Newest first. */
    List<SortOrder> DEFAULT_SORT = List.of(new SortOrder("recordedAt", false));

    /**
     * The query as the current caller may run it: unchanged for full readers, confined to
     * {@value #POPULATION_LOOKUP} for the police auditor.
     *
     * @throws vn.motcua.platform.api.error.ForbiddenException when the caller asks for a category outside their scope,
     *                                                         or may not read the trail at all (the refusal is
     *                                                         recorded)
     */
    AuditQuery restrictToCaller(AuditQuery query);

    /** Records matching the query (restricted as {@link #restrictToCaller} does), one page. */
    Page<AuditEntry> search(AuditQuery query, PageRequest page);

    /**
     * Writes every matching record as RFC 4180 CSV (header line first, insertion order) to {@code csv}, streaming in
     * batches, and flushes it. Cells starting with {@code = + - @} get a leading apostrophe, so that a spreadsheet does
     * not run them as formulas (strip it before recomputing a hash).
     */
    void export(AuditQuery query, Writer csv);

    /**
     * Recomputes the chain from the stored fields over positions {@code fromPosition..toPosition} (defaults: 1 and
     * the chain head) and reports the first inconsistency.
     *
     * @throws vn.motcua.platform.api.error.ValidationException for a range that is empty or below 1
     */
    VerificationReport verify(Long fromPosition, Long toPosition);

    SealStatus status();
}
