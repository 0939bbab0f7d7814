package vn.motcua.calendar.impl;

import java.sql.SQLException;
import java.util.function.Function;

import javax.persistence.EntityManager;
import javax.persistence.OptimisticLockException;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;

import vn.motcua.platform.api.error.ConflictException;
import vn.motcua.platform.api.error.MotCuaException;

/**
 * Runs a write in a (joined) JTA transaction; two nodes changing the same year at once lose with a 409 the client can
 * retry (optimistic lock, unique key on the province's first change, serialization failure), never a 500.
 */
final class Transactions {
    /**
     * Unique violation (23505; 23001 in older H2), serialization failure (40001), deadlock (40P01), lock wait timeout
     * (PostgreSQL 55P03, H2 HYT00).
     */
    private static final java.util.Set<String> RETRYABLE = java.util.Set.of("23505", "23001", "40001", "40P01", "55P03",
        "HYT00");
    private Transactions() {
    }

    static <R> R write(JpaTemplate jpa, Function<EntityManager, R> work) {
        try {
            return jpa.txExpr(TransactionType.Required, work::apply);
        } catch (MotCuaException e) {
            throw e;
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof MotCuaException m) {
                    throw m; // wrapped by Aries inside the transaction
                }
                if (t instanceof OptimisticLockException
                    || t.getClass().getName().equals("org.apache.openjpa.persistence.OptimisticLockException")
                    || t instanceof SQLException sql && RETRYABLE.contains(sql.getSQLState())) {
                    throw new ConflictException("concurrent-change",
                        "Lịch vừa được người khác thay đổi; hãy tải lại và thử lại",
                        "The calendar was changed concurrently; reload and retry");
                }
            }
            throw e;
        }
    }
}
