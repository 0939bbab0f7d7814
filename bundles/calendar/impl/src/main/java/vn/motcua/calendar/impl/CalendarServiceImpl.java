package vn.motcua.calendar.impl;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.motcua.calendar.api.CalendarService;
import vn.motcua.calendar.api.CalendarYearInput;
import vn.motcua.calendar.api.CalendarYearView;
import vn.motcua.calendar.api.YearOrigin;
import vn.motcua.calendar.engine.BuiltInYears;
import vn.motcua.calendar.engine.CalendarYear;
import vn.motcua.calendar.engine.CalendarYearText;
import vn.motcua.calendar.engine.ClockStopMode;
import vn.motcua.calendar.engine.ExtraWorkingDay;
import vn.motcua.calendar.engine.NonWorkingDay;
import vn.motcua.calendar.engine.ProvinceCalendar;
import vn.motcua.calendar.engine.RuleSets;
import vn.motcua.calendar.engine.YearStatus;
import vn.motcua.calendar.impl.entity.CalendarProvinceEntity;
import vn.motcua.calendar.impl.entity.CalendarYearEntity;
import vn.motcua.platform.api.audit.AuditLog;
import vn.motcua.platform.api.audit.AuditRecord;
import vn.motcua.platform.api.db.MigratedSchema;
import vn.motcua.platform.api.error.ConflictException;
import vn.motcua.platform.api.error.ForbiddenException;
import vn.motcua.platform.api.error.NotFoundException;
import vn.motcua.platform.api.error.ValidationException;
import vn.motcua.platform.api.security.Caller;
import vn.motcua.platform.api.security.CallerContext;
import vn.motcua.platform.api.security.Role;
import vn.motcua.platform.db.api.JpaTransactions;

/**
 * The province calendars: each served province's years as its operator set them (table {@code calendar_year}), over
 * the national data of the engine bundle.
 *
 * <p>Multi-node: a compiled {@link ProvinceCalendar} is kept per province with the revision it was built from; every
 * {@link #calendar(String)} reads the province's revision (one primary-key read) and recompiles when another node (or
 * this one) changed the calendar, so a change is used by the very next computation everywhere. A change writes the
 * year, bumps the revision and records the audit entry in one transaction.
 */
@Component(service = {CalendarService.class, CalendarServiceImpl.class}, configurationPid = CalendarConfig.PID)
public class CalendarServiceImpl implements CalendarService {
    private static final Logger LOG = LoggerFactory.getLogger(CalendarServiceImpl.class);
    /** QCVN 102 province code, the last part of an agency code (000.00.06.H56 → H56). */
    static final Pattern PROVINCE = Pattern.compile("[A-Z][0-9]{2}");
    static final String ACTION_REPLACE = "calendar.year.replace";

    @Reference(target = "(osgi.unit.name=motcua-calendar)")
    JpaTemplate jpa;

    @Reference(target = "(" + MigratedSchema.MODULE_PROPERTY + "=calendar)")
    MigratedSchema schema;

    /** Mandatory: a calendar change must be on the audit trail (both commit or neither). */
    @Reference
    AuditLog audit;

    /** Replaced by tests. */
    Clock clock = Clock.systemUTC();

    private volatile Settings settings = Settings.DEFAULT;
    private final Map<String, ProvinceCalendar> compiled = new ConcurrentHashMap<>();
    private final Map<String, Object> compileLocks = new ConcurrentHashMap<>();

    /** The checked configuration. */
    record Settings(String defaultProvince, Set<String> provinces, RuleSets rules) {
        static final Settings DEFAULT = new Settings("H06", Set.of("H06"), RuleSets.defaults());

        static Settings of(CalendarConfig c) {
            String main = c.province() == null ? "" : c.province().strip().toUpperCase(Locale.ROOT);
            if (!PROVINCE.matcher(main).matches()) {
                LOG.error("vn.motcua.calendar: province '{}' is not a QCVN 102 province code like H06; using H06", main);
                main = "H06";
            }
            Set<String> all = new LinkedHashSet<>();
            all.add(main);
            for (String p : c.otherProvinces() == null ? new String[0] : c.otherProvinces()) {
                for (String code : p.split(",")) {
                    String v = code.strip().toUpperCase(Locale.ROOT);
                    if (PROVINCE.matcher(v).matches()) {
                        all.add(v);
                    } else if (!v.isEmpty()) {
                        LOG.error("vn.motcua.calendar: otherProvinces entry '{}' ignored (expected a code like H06)", v);
                    }
                }
            }
            LocalTime cutOff = LocalTime.of(15, 0);
            String cut = c.cutOff() == null ? "" : c.cutOff().strip();
            if (cut.isEmpty()) {
                cutOff = null;
            } else {
                try {
                    cutOff = LocalTime.parse(cut);
                } catch (DateTimeParseException e) {
                    LOG.error("vn.motcua.calendar: cutOff '{}' is not a time like 15:00; using 15:00", cut);
                }
            }
            ClockStopMode stop = ClockStopMode.RESTART;
            try {
                stop = ClockStopMode.valueOf(c.clockStop().strip().toUpperCase(Locale.ROOT));
            } catch (RuntimeException e) {
                LOG.error("vn.motcua.calendar: clockStop '{}' is not RESTART or PAUSE; using RESTART", c.clockStop());
            }
            LocalTime finalCutOff = cutOff;
            ClockStopMode finalStop = stop;
            return new Settings(main, Collections.unmodifiableSet(all),
                RuleSets.defaults().map(r -> r.withCutOff(finalCutOff).withClockStop(finalStop)));
        }
    }

    @Activate
    @Modified
    void configure(CalendarConfig config) {
        settings = Settings.of(config);
        compiled.clear();
        LOG.info("Calendar: provinces {} (default {}), cut-off {}, clock stop {}", settings.provinces(),
            settings.defaultProvince(), settings.rules().all().get(0).cutOff(), settings.rules().all().get(0).clockStop());
    }

    @Override
    public String defaultProvince() {
        return settings.defaultProvince();
    }

    @Override
    public Set<String> provinces() {
        return settings.provinces();
    }

    @Override
    public ProvinceCalendar calendar(String province) {
        String p = served(province);
        long revision = jpa.txExpr(TransactionType.Supports, em -> revision(em, p));
        ProvinceCalendar current = compiled.get(p);
        if (current != null && current.revision() == revision) {
            return current;
        }
        synchronized (compileLocks.computeIfAbsent(p, k -> new Object())) {
            current = compiled.get(p);
            if (current != null && current.revision() >= revision) {
                return current;
            }
            ProvinceCalendar fresh = compile(p);
            compiled.put(p, fresh);
            return fresh;
        }
    }

    private ProvinceCalendar compile(String province) {
        long started = System.nanoTime();
        Settings s = settings;
        Map<Integer, CalendarYear> own = new HashMap<>();
        long revision = jpa.txExpr(TransactionType.Supports, em -> {
            // revision first: the years read after it are at least as new, so a race only costs a recompilation
            long r = revision(em, province);
            for (CalendarYearEntity e : em.createQuery("SELECT y FROM CalendarYearEntity y WHERE y.province = :p",
                CalendarYearEntity.class).setParameter("p", province).getResultList()) {
                own.put(e.getYear(), CalendarYearText.readOne(e.getDefinition()));
            }
            return r;
        });
        ProvinceCalendar c = ProvinceCalendar.compile(province, revision,
            y -> own.containsKey(y) ? own.get(y) : BuiltInYears.year(y), s.rules());
        LOG.info("Calendar of {} compiled at revision {} ({} own years) in {} ms", province, revision, own.size(),
            (System.nanoTime() - started) / 1_000_000);
        return c;
    }

    private static long revision(EntityManager em, String province) {
        CalendarProvinceEntity e = em.find(CalendarProvinceEntity.class, province);
        return e == null ? 0 : e.getRevision();
    }

    @Override
    public CalendarYearView year(String province, int year) {
        String p = served(province);
        checkYear(year);
        CalendarYearEntity own = jpa.txExpr(TransactionType.Supports,
            em -> em.find(CalendarYearEntity.class, CalendarYearEntity.id(p, year)));
        if (own != null) {
            return view(p, CalendarYearText.readOne(own.getDefinition()), YearOrigin.PROVINCE, own);
        }
        CalendarYear national = BuiltInYears.year(year);
        return view(p, national, BuiltInYears.announced().containsKey(year) ? YearOrigin.BUILT_IN : YearOrigin.COMPUTED,
            null);
    }

    @Override
    public CalendarYearView replaceYear(String province, int year, CalendarYearInput input) {
        Caller caller = CallerContext.current();
        String target = province + "/" + year;
        if (!(caller.kind() == Caller.Kind.SYSTEM || caller.has(Role.PROVINCIAL_OPERATOR))) {
            Audits.recordRefusal(audit, AuditRecord.denied(ACTION_REPLACE, "calendar-year", target, "forbidden-role"));
            throw new ForbiddenException("forbidden-role", "Chỉ quản trị hệ thống cấp tỉnh được sửa lịch làm việc",
                "Only provincial operators change the working calendar");
        }
        String p = served(province);
        checkYear(year);
        if (input == null) {
            throw ValidationException.of("body", "required", "Thiếu nội dung yêu cầu (JSON)",
                "the request body (JSON) is required");
        }
        CalendarYear y = new CalendarYear(year, YearStatus.CONFIRMED, input.source(),
            input.workingWeekdays() == null ? CalendarYear.DEFAULT_WEEKDAYS : input.workingWeekdays(),
            input.workingHours() == null ? CalendarYear.DEFAULT_HOURS : input.workingHours(),
            input.nonWorkingDays(), input.extraWorkingDays());
        Instant now = clock.instant();
        String id = CalendarYearEntity.id(p, year);
        String who = clip(caller.displayName() + (caller.accountId() == null ? "" : " (" + caller.accountId() + ")"),
            200);
        CalendarYearView result = JpaTransactions.write(jpa, em -> {
            CalendarYearEntity e = em.find(CalendarYearEntity.class, id);
            if (input.version() != null && input.version() != (e == null ? 0 : e.getRowVersion())) {
                throw new ConflictException("stale-version",
                    "Lịch năm " + year + " vừa được người khác sửa; hãy tải lại rồi sửa tiếp",
                    "The calendar of " + year + " was changed meanwhile; reload and edit again");
            }
            CalendarYear before = e == null ? BuiltInYears.year(year) : CalendarYearText.readOne(e.getDefinition());
            boolean created = e == null;
            if (created) {
                e = new CalendarYearEntity();
                e.setId(id);
                e.setProvince(p);
                e.setYear(year);
            }
            e.setDefinition(CalendarYearText.write(y));
            e.setSource(y.source());
            e.setUpdatedAt(Timestamp.from(now));
            e.setUpdatedBy(who);
            if (created) {
                em.persist(e);
            }
            bumpRevision(em, p, now);
            em.flush();
            audit.record(AuditRecord.success(ACTION_REPLACE, "calendar-year", target, describe(before, y)));
            return view(p, y, YearOrigin.PROVINCE, e);
        });
        compiled.remove(p);
        LOG.info("Calendar {} replaced by {}: {} days off, {} worked rest days", target, who,
            y.nonWorkingDays().size(), y.extraWorkingDays().size());
        return result;
    }

    /** Atomic increment (no lost update between nodes); the first change of a province inserts its row. */
    private static void bumpRevision(EntityManager em, String province, Instant now) {
        int updated = em.createQuery("UPDATE CalendarProvinceEntity p SET p.revision = p.revision + 1, "
                + "p.updatedAt = :now WHERE p.province = :p")
            .setParameter("now", Timestamp.from(now)).setParameter("p", province).executeUpdate();
        if (updated == 0) {
            CalendarProvinceEntity created = new CalendarProvinceEntity();
            created.setProvince(province);
            created.setRevision(1);
            created.setUpdatedAt(Timestamp.from(now));
            em.persist(created);
        }
    }

    /** What changed, for the audit trail: days off and worked days added or removed, hours and weekdays. */
    static String describe(CalendarYear before, CalendarYear after) {
        StringBuilder sb = new StringBuilder();
        Set<LocalDate> offBefore = dates(before.nonWorkingDays().stream().map(NonWorkingDay::date).toList());
        Set<LocalDate> offAfter = dates(after.nonWorkingDays().stream().map(NonWorkingDay::date).toList());
        Set<LocalDate> workBefore = dates(before.extraWorkingDays().stream().map(ExtraWorkingDay::date).toList());
        Set<LocalDate> workAfter = dates(after.extraWorkingDays().stream().map(ExtraWorkingDay::date).toList());
        sb.append(after.nonWorkingDays().size()).append(" days off, ").append(after.extraWorkingDays().size())
            .append(" worked rest days");
        diff(sb, "off", offBefore, offAfter);
        diff(sb, "work", workBefore, workAfter);
        if (!before.workingHours().equals(after.workingHours())) {
            sb.append("; hours ").append(before.workingHours()).append(" -> ").append(after.workingHours());
        }
        if (!before.workingWeekdays().equals(after.workingWeekdays())) {
            sb.append("; weekdays ").append(sorted(before.workingWeekdays())).append(" -> ")
                .append(sorted(after.workingWeekdays()));
        }
        if (after.source() != null) {
            sb.append("; source: ").append(after.source());
        }
        return clip(sb.toString(), 3000);
    }

    private static void diff(StringBuilder sb, String what, Set<LocalDate> before, Set<LocalDate> after) {
        Set<LocalDate> added = new TreeSet<>(after);
        added.removeAll(before);
        Set<LocalDate> removed = new TreeSet<>(before);
        removed.removeAll(after);
        if (!added.isEmpty()) {
            sb.append("; +").append(what).append(' ').append(added);
        }
        if (!removed.isEmpty()) {
            sb.append("; -").append(what).append(' ').append(removed);
        }
    }

    private static Set<LocalDate> dates(List<LocalDate> list) {
        return new TreeSet<>(list);
    }

    private static List<DayOfWeek> sorted(Set<DayOfWeek> days) {
        return new ArrayList<>(EnumSet.copyOf(days));
    }

    static CalendarYearView view(String province, CalendarYear y, YearOrigin origin, CalendarYearEntity stored) {
        int workingDays = 0;
        for (LocalDate d = LocalDate.of(y.year(), 1, 1); d.getYear() == y.year(); d = d.plusDays(1)) {
            workingDays += y.isWorkingDay(d) ? 1 : 0;
        }
        return new CalendarYearView(province, y.year(), y.status(), origin, y.source(), sorted(y.workingWeekdays()),
            y.workingHours(), y.secondsPerWorkingDay() / 60, workingDays, y.nonWorkingDays(), y.extraWorkingDays(),
            stored == null ? null : stored.getUpdatedAt().toInstant(), stored == null ? null : stored.getUpdatedBy(),
            stored == null ? null : stored.getRowVersion());
    }

    /** The province code in canonical form, or 404 when this installation does not serve it. */
    String served(String province) {
        String p = province == null ? "" : province.strip().toUpperCase(Locale.ROOT);
        if (!settings.provinces().contains(p)) {
            throw new NotFoundException("lịch làm việc của tỉnh", "working calendar of province", String.valueOf(province));
        }
        return p;
    }

    private static void checkYear(int year) {
        if (year < CalendarYear.MIN_YEAR || year > CalendarYear.MAX_YEAR) {
            throw ValidationException.of("year", "out-of-range",
                "Năm phải trong khoảng " + CalendarYear.MIN_YEAR + "–" + CalendarYear.MAX_YEAR,
                "year must be between " + CalendarYear.MIN_YEAR + " and " + CalendarYear.MAX_YEAR);
        }
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    /** For tests and the health check: the provinces compiled on this node, with their revisions. */
    Map<String, Long> compiledRevisions() {
        Map<String, Long> m = new HashMap<>();
        compiled.forEach((k, v) -> m.put(k, v.revision()));
        return m;
    }
}
