package vn.motcua.catalogue.impl;

import java.sql.SQLException;
import java.util.function.Function;

import javax.persistence.EntityManager;
import javax.persistence.OptimisticLockException;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;

import vn.motcua.platform.api.error.ConflictException;
import vn.motcua.platform.api.error.MotCuaException;

/**
 * Runs a write in a (joined) JTA transaction and turns the ways concurrent writers lose — an optimistic-lock failure or a
 * unique-key violation at commit — into a 409 the client can retry, instead of a 500.
 */
final class Transactions {
    private Transactions() {
    }

    static <R> R write(JpaTemplate jpa, Function<EntityManager, R> work) {
        try {
            return jpa.txExpr(TransactionType.Required, work::apply);
        } catch (MotCuaException e) {
            throw e;
        } catch (RuntimeException e) {
            if (isConcurrentChange(e)) {
                throw new ConflictException("concurrent-change",
                    "Dữ liệu vừa được người khác thay đổi; hãy tải lại và thử lại",
                    "The data was changed concurrently; reload and retry");
            }
            MotCuaException wrapped = domainCause(e);
            if (wrapped != null) {
                throw wrapped;
            }
            throw e;
        }
    }

    /** Aries wraps exceptions thrown inside the transaction; find ours again. */
    private static MotCuaException domainCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof MotCuaException m) {
                return m;
            }
        }
        return null;
    }

    static boolean isConcurrentChange(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OptimisticLockException
                || t.getClass().getName().equals("org.apache.openjpa.persistence.OptimisticLockException")) {
                return true;
            }
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().equals("23001")) {
                return true; // H2's unique violation before 2.x codes were aligned
            }
        }
        return false;
    }
}
