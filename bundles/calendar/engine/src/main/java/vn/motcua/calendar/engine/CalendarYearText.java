package vn.motcua.calendar.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A small line format for calendar years, used for the built-in data and for storing a province's years in the
 * database (one text value per year, written and read by the same code). One directive per line, {@code #} comments:
 * <pre>
 * year 2025 CONFIRMED
 * source Công văn 8726/VPCP-KGVX ngày 26/11/2024
 * weekdays MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY      (optional, default Monday–Friday)
 * hours 07:30-11:30,13:00-17:00                           (optional, default as shown)
 * off 2025-01-01 HOLIDAY Tết Dương lịch
 * work 2025-04-26 Làm bù cho thứ Sáu 02/5/2025
 * end
 * </pre>
 * A JSON library is deliberately not needed: the engine stays a dependency-free bundle.
 */
public final class CalendarYearText {
    private CalendarYearText() {
    }

    /** Every year in the text, in order. */
    public static List<CalendarYear> read(Reader text) {
        List<CalendarYear> years = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(text)) {
            Builder b = null;
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                String[] p = l.split("\\s+", 2);
                String rest = p.length > 1 ? p[1] : "";
                try {
                    if (p[0].equals("year")) {
                        if (b != null) {
                            throw new IllegalArgumentException("'end' missing before a new year");
                        }
                        String[] y = rest.split("\\s+");
                        b = new Builder(Integer.parseInt(y[0]), YearStatus.valueOf(y.length > 1 ? y[1] : "CONFIRMED"));
                    } else if (b == null) {
                        throw new IllegalArgumentException("'" + p[0] + "' outside a year");
                    } else {
                        switch (p[0]) {
                            case "source" -> b.source = rest;
                            case "weekdays" -> b.weekdays = weekdays(rest);
                            case "hours" -> b.hours = hours(rest);
                            case "off" -> {
                                String[] d = rest.split("\\s+", 3);
                                b.off.add(new NonWorkingDay(LocalDate.parse(d[0]), DayKind.valueOf(d[1]),
                                    d.length > 2 ? d[2] : null));
                            }
                            case "work" -> {
                                String[] d = rest.split("\\s+", 2);
                                b.extra.add(new ExtraWorkingDay(LocalDate.parse(d[0]), d.length > 1 ? d[1] : null));
                            }
                            case "end" -> {
                                years.add(b.build());
                                b = null;
                            }
                            default -> throw new IllegalArgumentException("unknown directive '" + p[0] + "'");
                        }
                    }
                } catch (IllegalArgumentException | DateTimeParseException | ArrayIndexOutOfBoundsException e) {
                    throw new IllegalArgumentException("calendar text, line " + number + ": " + e.getMessage(), e);
                }
            }
            if (b != null) {
                throw new IllegalArgumentException("calendar text: 'end' missing after year " + b.year);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return years;
    }

    /** The single year of a text written by {@link #write(CalendarYear)}. */
    public static CalendarYear readOne(String text) {
        List<CalendarYear> years = read(new StringReader(text));
        if (years.size() != 1) {
            throw new IllegalArgumentException("expected one calendar year, found " + years.size());
        }
        return years.get(0);
    }

    public static String write(CalendarYear y) {
        StringBuilder sb = new StringBuilder();
        sb.append("year ").append(y.year()).append(' ').append(y.status()).append('\n');
        if (y.source() != null) {
            sb.append("source ").append(oneLine(y.source())).append('\n');
        }
        sb.append("weekdays ");
        EnumSet.copyOf(y.workingWeekdays()).forEach(d -> sb.append(d.name()).append(','));
        sb.setLength(sb.length() - 1);
        sb.append('\n').append("hours ");
        for (TimeRange r : y.workingHours()) {
            sb.append(r.start()).append('-').append(r.end()).append(',');
        }
        sb.setLength(sb.length() - 1);
        sb.append('\n');
        for (NonWorkingDay d : y.nonWorkingDays()) {
            sb.append("off ").append(d.date()).append(' ').append(d.kind());
            if (d.name() != null && !d.name().isBlank()) {
                sb.append(' ').append(oneLine(d.name()));
            }
            sb.append('\n');
        }
        for (ExtraWorkingDay d : y.extraWorkingDays()) {
            sb.append("work ").append(d.date());
            if (d.name() != null && !d.name().isBlank()) {
                sb.append(' ').append(oneLine(d.name()));
            }
            sb.append('\n');
        }
        return sb.append("end\n").toString();
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    private static Set<DayOfWeek> weekdays(String list) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String d : list.split(",")) {
            days.add(DayOfWeek.valueOf(d.strip().toUpperCase(Locale.ROOT)));
        }
        return days;
    }

    private static List<TimeRange> hours(String list) {
        List<TimeRange> ranges = new ArrayList<>();
        for (String r : list.split(",")) {
            String[] se = r.strip().split("-");
            ranges.add(TimeRange.of(se[0], se[1]));
        }
        return ranges;
    }

    private static final class Builder {
        final int year;
        final YearStatus status;
        String source;
        Set<DayOfWeek> weekdays = CalendarYear.DEFAULT_WEEKDAYS;
        List<TimeRange> hours = CalendarYear.DEFAULT_HOURS;
        final List<NonWorkingDay> off = new ArrayList<>();
        final List<ExtraWorkingDay> extra = new ArrayList<>();

        Builder(int year, YearStatus status) {
            this.year = year;
            this.status = status;
        }

        CalendarYear build() {
            return new CalendarYear(year, status, source, weekdays, hours, off, extra);
        }
    }
}
