package vn.motcua.calendar.api;

import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;

import vn.motcua.calendar.engine.ProvinceCalendar;

/**
 * The working calendars of the provinces this installation serves. Every node answers from the database: a change
 * made on one node is used by the next computation on every node.
 */
@ProviderType
public interface CalendarService {

    /** The province used when a request names none (configuration {@code vn.motcua.calendar / province}). */
    String defaultProvince();

    /** The provinces served (codes like {@code H06}, QCVN 102 province codes as in agency codes). */
    Set<String> provinces();

    /**
     * The province's deadline engine, current with the latest stored change. Cheap to call (one small query); keep the
     * result for a batch of computations.
     *
     * @throws vn.motcua.platform.api.error.NotFoundException for a province not served
     */
    ProvinceCalendar calendar(String province);

    /** The year in force for the province, with its origin. */
    CalendarYearView year(String province, int year);

    /**
     * Replaces the province's year (provincial operators only), confirmed from then on; audited; used at once by every
     * node.
     *
     * @throws vn.motcua.platform.api.error.ValidationException naming each offending field
     * @throws vn.motcua.platform.api.error.ForbiddenException for a caller who is not a provincial operator
     * @throws vn.motcua.platform.api.error.ConflictException when {@code version} is stale or another change won a race
     */
    CalendarYearView replaceYear(String province, int year, CalendarYearInput input);
}
