package vn.motcua.dossier.impl;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;


import org.apache.aries.jpa.template.TransactionType;
import org.junit.ClassRule;
import org.junit.Test;

import vn.motcua.platform.api.error.ConflictException;
import vn.motcua.platform.db.api.JpaTransactions;

/**
 * Receipt codes: the format of Circular 01/2018 Art 19, and per agency and day no gap and no repeat under concurrent
 * intake, including intakes that roll back (on H2, or on PostgreSQL with MOTCUA_TEST_DB_URL).
 */
// clauses: 001-12.1, 001-6.6
public class CodesTest {
    private static final Pattern FORMAT = Pattern.compile("^\\d{3}\\.\\d{2}\\.\\d{2}\\.[A-Z]\\d{2}-\\d{6}-\\d{4}$");
    @ClassRule
    public static final DossierTestDatabase UNIT = new DossierTestDatabase();

    private static String next(String agency, LocalDate day) {
        return JpaTransactions.write(UNIT.jpa, em -> Codes.next(em, agency, day));
    }

    @Test
    public void codesFollowTheCircularsFormatAndCountPerAgencyAndDay() {
        UNIT.db.deleteAll();
        LocalDate day = LocalDate.of(2025, 7, 15);
        assertEquals("000.00.06.H56-250715-0001", next("000.00.06.H56", day));
        assertEquals("000.00.06.H56-250715-0002", next("000.00.06.H56", day));
        assertEquals("another agency counts on its own", "000.00.07.H56-250715-0001", next("000.00.07.H56", day));
        assertEquals("a new day starts again", "000.00.06.H56-250716-0001", next("000.00.06.H56", day.plusDays(1)));
        assertTrue(FORMAT.matcher(next("000.00.06.H56", day)).matches());
    }

    @Test
    public void centrallyRunServicesGetThePrefixOfCircular04From25January2026() {
        UNIT.db.deleteAll();
        String[] listed = {"1.001234, 2.000567", "3.000001"};
        LocalDate day = LocalDate.of(2026, 1, 25);
        assertEquals("QG", Codes.prefix("2.000567", day, listed, " QG "));
        assertEquals("QG", Codes.prefix("3.000001", day, listed, "QG"));
        assertEquals("not listed", "", Codes.prefix("1.009999", day, listed, "QG"));
        assertEquals("before the circular applies", "", Codes.prefix("1.001234", day.minusDays(1), listed, "QG"));
        assertEquals("a bad prefix is not used", "", Codes.prefix("1.001234", day, listed, "qg1"));
        assertEquals("", Codes.prefix("1.001234", day, new String[0], "QG"));
        // the same sequence of the agency and day: the prefix stands before the number
        String agency = "000.00.06.H56";
        assertEquals("000.00.06.H56-260125-0001", JpaTransactions.write(UNIT.jpa, em -> Codes.next(em, agency, day)));
        String central = JpaTransactions.write(UNIT.jpa, em -> Codes.next(em, agency, day, "QG"));
        assertEquals("000.00.06.H56-260125-QG0002", central);
        assertTrue(central, Pattern.compile("^\\d{3}\\.\\d{2}\\.\\d{2}\\.[A-Z]\\d{2}-\\d{6}-[0-9A-Z]{2}\\d{4,}$")
            .matcher(central).matches());
    }

    @Test
    public void aRolledBackIntakeGivesItsNumberBack() {
        UNIT.db.deleteAll();
        LocalDate day = LocalDate.of(2026, 2, 23);
        next("000.00.06.H56", day);
        try {
            UNIT.jpa.tx(TransactionType.Required, em -> {
                Codes.next(em, "000.00.06.H56", day);
                throw new IllegalStateException("the intake failed after taking a number");
            });
        } catch (RuntimeException expected) {
            // rolled back
        }
        assertEquals("000.00.06.H56-260223-0002", next("000.00.06.H56", day));
    }

    @Test
    public void eightThreadsTakingOneThousandNumbersGetOneThousandDistinctGapFreeCodes() throws Exception {
        UNIT.db.deleteAll();
        LocalDate day = LocalDate.of(2026, 3, 2);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        ConcurrentLinkedQueue<String> codes = new ConcurrentLinkedQueue<>();
        try {
            List<Callable<Void>> work = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                work.add(() -> {
                    for (int i = 0; i < 125; i++) {
                        codes.add(retrying("000.00.06.H56", day));
                    }
                    return null;
                });
            }
            for (Future<Void> f : pool.invokeAll(work)) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        Set<String> distinct = new TreeSet<>(codes);
        assertEquals(1000, codes.size());
        assertEquals(1000, distinct.size());
        int expected = 1;
        for (String code : distinct) {
            assertEquals(String.format("000.00.06.H56-260302-%04d", expected++), code);
        }
    }

    /** As the service does: the first numbers of a day may race to create the sequence row. */
    private static String retrying(String agency, LocalDate day) {
        for (int attempt = 0;; attempt++) {
            try {
                return next(agency, day);
            } catch (ConflictException e) {
                if (attempt > 20) {
                    throw e;
                }
            }
        }
    }
}
