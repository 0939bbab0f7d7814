package vn.motcua.calendar.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The national calendars shipped with the product: the years whose arrangements the Government has announced
 * ({@code built-in-years.txt}, each with its source) and, for every other year, the computed Labour Code default
 * (provisional). A province's own years are laid over these by the calendar service.
 */
public final class BuiltInYears {
    static final String RESOURCE = "built-in-years.txt";
    private static final Map<Integer, CalendarYear> ANNOUNCED = load();

    private BuiltInYears() {
    }

    /** The announced years, by year. */
    public static Map<Integer, CalendarYear> announced() {
        return ANNOUNCED;
    }

    /** The national default of {@code year}: announced when it is, computed (provisional) otherwise. */
    public static CalendarYear year(int year) {
        CalendarYear y = ANNOUNCED.get(year);
        return y != null ? y : LabourCodeHolidays.computed(year);
    }

    private static Map<Integer, CalendarYear> load() {
        try (InputStream in = BuiltInYears.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the engine bundle");
            }
            Map<Integer, CalendarYear> years = new TreeMap<>();
            for (CalendarYear y : CalendarYearText.read(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                if (years.put(y.year(), y) != null) {
                    throw new IllegalStateException(RESOURCE + ": year " + y.year() + " twice");
                }
            }
            return Collections.unmodifiableMap(years);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
