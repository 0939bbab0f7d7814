package vn.motcua.calendar.engine;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

import org.junit.Test;

import vn.motcua.calendar.engine.LunarCalendar.LunarDate;

/**
 * The lunar calendar against published Vietnamese dates. The Tết table is the Vietnamese lunar new year (mùng 1 Tết)
 * of 1990–2050 as printed in Vietnamese calendars (lịch vạn niên); where Vietnam and China differ (1968, 1985, 2007,
 * 2030 in this span of years) the Vietnamese date is listed and the Chinese one checked separately.
 */
public class LunarCalendarTest {
    private static final LunarCalendar VN = LunarCalendar.VIETNAM;

    /** Mùng 1 Tết, Vietnam (UTC+7). */
    private static final String[] TET = {
        "1990-01-27", "1991-02-15", "1992-02-04", "1993-01-23", "1994-02-10", "1995-01-31", "1996-02-19",
        "1997-02-07", "1998-01-28", "1999-02-16", "2000-02-05", "2001-01-24", "2002-02-12", "2003-02-01",
        "2004-01-22", "2005-02-09", "2006-01-29", "2007-02-17", "2008-02-07", "2009-01-26", "2010-02-14",
        "2011-02-03", "2012-01-23", "2013-02-10", "2014-01-31", "2015-02-19", "2016-02-08", "2017-01-28",
        "2018-02-16", "2019-02-05", "2020-01-25", "2021-02-12", "2022-02-01", "2023-01-22", "2024-02-10",
        "2025-01-29", "2026-02-17", "2027-02-06", "2028-01-26", "2029-02-13", "2030-02-02", "2031-01-23",
        "2032-02-11", "2033-01-31", "2034-02-19", "2035-02-08", "2036-01-28", "2037-02-15", "2038-02-04",
        "2039-01-24", "2040-02-12", "2041-02-01", "2042-01-22", "2043-02-10", "2044-01-30", "2045-02-17",
        "2046-02-06", "2047-01-26", "2048-02-14", "2049-02-02", "2050-01-23"};

    @Test
    public void tetOf1990To2050MatchesTheVietnameseCalendar() {
        for (int i = 0; i < TET.length; i++) {
            int year = 1990 + i;
            LocalDate expected = LocalDate.parse(TET[i]);
            assertEquals("Tết " + year, expected, VN.newYear(year));
            assertEquals(new LunarDate(year, 1, 1, false), VN.fromSolar(expected));
            LunarDate eve = VN.fromSolar(expected.minusDays(1));
            assertEquals("the eve of Tết " + year + " is in month 12 of the previous year", 12, eve.month());
            assertEquals(year - 1, eve.year());
            assertTrue(eve.day() == 29 || eve.day() == 30);
        }
    }

    @Test
    public void vietnamAndChinaDifferWhereTheNewMoonFallsBetweenTheirMidnights() {
        // A new moon close to midnight falls on different days in UTC+7 and UTC+8. In 1984 that moved the start of
        // month 11 and, with it, Tết by a whole month: Vietnam celebrated Tết on 21/01/1985, China on 20/02/1985.
        assertEquals(LocalDate.of(1985, 1, 21), VN.newYear(1985));
        assertEquals(LocalDate.of(1985, 2, 20), LunarCalendar.CHINA.newYear(1985));
        assertEquals(LocalDate.of(2007, 2, 17), VN.newYear(2007));
        assertEquals(LocalDate.of(2007, 2, 18), LunarCalendar.CHINA.newYear(2007));
        assertEquals(LocalDate.of(1968, 1, 29), VN.newYear(1968)); // Tết Mậu Thân
        assertEquals(LocalDate.of(1968, 1, 30), LunarCalendar.CHINA.newYear(1968));
        assertEquals(LocalDate.of(2030, 2, 2), VN.newYear(2030));
        assertEquals(LocalDate.of(2030, 2, 3), LunarCalendar.CHINA.newYear(2030));
        Map<Integer, LocalDate> differences = new TreeMap<>();
        for (int y = 1990; y <= 2050; y++) {
            if (!VN.newYear(y).equals(LunarCalendar.CHINA.newYear(y))) {
                differences.put(y, VN.newYear(y));
            }
        }
        assertEquals("the only differences of 1990–2050", java.util.Set.of(2007, 2030), differences.keySet());
    }

    @Test
    public void hungKingsDayIsTheTenthOfTheThirdLunarMonth() {
        assertEquals(LocalDate.of(2019, 4, 14), VN.toSolar(2019, 3, 10, false));
        assertEquals(LocalDate.of(2022, 4, 10), VN.toSolar(2022, 3, 10, false));
        assertEquals(LocalDate.of(2023, 4, 29), VN.toSolar(2023, 3, 10, false));
        assertEquals(LocalDate.of(2024, 4, 18), VN.toSolar(2024, 3, 10, false));
        assertEquals(LocalDate.of(2025, 4, 7), VN.toSolar(2025, 3, 10, false));
        assertEquals(LocalDate.of(2026, 4, 26), VN.toSolar(2026, 3, 10, false));
    }

    @Test
    public void leapMonthsAreWhereTheVietnameseCalendarPutsThem() {
        assertEquals(4, VN.leapMonth(2020));
        assertEquals(2, VN.leapMonth(2023));
        assertEquals(0, VN.leapMonth(2024));
        assertEquals(6, VN.leapMonth(2025));
        assertEquals(0, VN.leapMonth(2026));
        assertEquals(11, VN.leapMonth(2033)); // the "2033 problem": the leap month is the 11th
        assertEquals(new LunarDate(2025, 6, 1, true), VN.fromSolar(LocalDate.of(2025, 7, 25)));
        assertEquals(new LunarDate(2025, 6, 30, false), VN.fromSolar(LocalDate.of(2025, 7, 24)));
        assertEquals(new LunarDate(2025, 7, 1, false), VN.fromSolar(LocalDate.of(2025, 8, 23)));
        assertEquals(new LunarDate(2023, 2, 1, true), VN.fromSolar(LocalDate.of(2023, 3, 22)));
        assertEquals(LocalDate.of(2025, 7, 25), VN.toSolar(2025, 6, 1, true));
        // Tết Trung thu (15/8)
        assertEquals(LocalDate.of(2024, 9, 17), VN.toSolar(2024, 8, 15, false));
        assertEquals(LocalDate.of(2025, 10, 6), VN.toSolar(2025, 8, 15, false));
    }

    @Test
    public void everyDayOf2000To2100RoundTrips() {
        LunarDate previous = null;
        for (LocalDate d = LocalDate.of(2000, 1, 1); d.getYear() <= 2100; d = d.plusDays(1)) {
            LunarDate l = VN.fromSolar(d);
            assertEquals(d + " " + l, d, VN.toSolar(l.year(), l.month(), l.day(), l.leap()));
            if (previous != null && l.day() != 1) {
                assertEquals(d.toString(), previous.day() + 1, l.day());
                assertEquals(d.toString(), previous.month(), l.month());
            }
            if (l.day() == 1 && previous != null) {
                assertTrue(d + " follows day 29 or 30", previous.day() == 29 || previous.day() == 30);
            }
            previous = l;
        }
    }

    @Test
    public void impossibleLunarDatesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> VN.toSolar(2024, 5, 1, true)); // 2024 has no leap month
        assertThrows(IllegalArgumentException.class, () -> VN.toSolar(2025, 5, 1, true)); // 2025's leap month is 6
        // tháng Chạp of Ất Tỵ (2025) has 29 days: Tết 2026 is the next day
        assertEquals(LocalDate.of(2026, 2, 16), VN.toSolar(2025, 12, 29, false));
        assertThrows(IllegalArgumentException.class, () -> VN.toSolar(2025, 12, 30, false));
        assertThrows(IllegalArgumentException.class, () -> VN.toSolar(2025, 13, 1, false));
        assertThrows(IllegalArgumentException.class, () -> VN.fromSolar(LocalDate.of(1700, 1, 1)));
        assertFalse(VN.fromSolar(LocalDate.of(2025, 7, 24)).leap());
        assertNotEquals(VN.newYear(2025), VN.newYear(2026));
    }
}
