package vn.motcua.catalogue.api;

import java.time.LocalDate;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import vn.motcua.platform.api.paging.Page;
import vn.motcua.platform.api.paging.PageRequest;

/** Versioned procedures: every change is a publication decision, every version is kept and queryable as of a date. */
@ProviderType
public interface ProcedureService {
    /** Publishes a new procedure (version 1, CREATED). */
    ProcedureVersion create(ProcedureInput input);

    /** Publishes an amended version effective from the decision's effective date. */
    ProcedureVersion amend(String code, ProcedureInput input);

    /** Abolishes (or replaces, when {@code replacedBy} is set) from the decision's effective date. */
    ProcedureVersion abolish(String code, AbolishRequest request);

    /** The version in force on {@code asOf} (today when null). */
    ProcedureVersion get(String code, LocalDate asOf);

    ProcedureVersion getVersion(String code, int version);

    List<ProcedureVersion> versions(String code);

    Page<ProcedureSummary> search(ProcedureQuery query, PageRequest page);

    /** Number of procedures (not versions) in the catalogue. */
    long count();
}
