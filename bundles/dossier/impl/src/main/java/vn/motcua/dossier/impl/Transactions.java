package vn.motcua.dossier.impl;

import java.sql.SQLException;
import java.util.function.Function;
import java.util.function.Supplier;

import javax.persistence.EntityManager;
import javax.persistence.OptimisticLockException;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;

import vn.motcua.platform.api.error.ConflictException;
import vn.motcua.platform.api.error.MotCuaException;

/**
 * Runs a write in a (joined) JTA transaction and turns the ways concurrent writers lose — an optimistic-lock failure or
 * a unique-key violation at commit — into a 409 the client can retry, instead of a 500. Same contract as the
 * catalogue's; identity adds a caller-chosen conflict (e.g. "ID number already registered") and a separate transaction
 * for what must be committed even when the caller's work fails (failed-login counters).
 */
final class Transactions {
    private Transactions() {
    }

    static <R> R write(JpaTemplate jpa, Function<EntityManager, R> work) {
        return write(jpa, TransactionType.Required, work, Transactions::concurrentChange);
    }

    /** As {@link #write(JpaTemplate, Function)}, reporting a lost race as {@code conflict}. */
    static <R> R write(JpaTemplate jpa, Function<EntityManager, R> work, Supplier<ConflictException> conflict) {
        return write(jpa, TransactionType.Required, work, conflict);
    }

    /** In a transaction of its own that commits whatever the caller's transaction does later. */
    static <R> R writeNew(JpaTemplate jpa, Function<EntityManager, R> work) {
        return write(jpa, TransactionType.RequiresNew, work, Transactions::concurrentChange);
    }

    private static <R> R write(JpaTemplate jpa, TransactionType type, Function<EntityManager, R> work,
                               Supplier<ConflictException> conflict) {
        try {
            return jpa.txExpr(type, work::apply);
        } catch (MotCuaException e) {
            throw e;
        } catch (RuntimeException e) {
            if (isConcurrentChange(e)) {
                throw conflict.get();
            }
            MotCuaException wrapped = domainCause(e);
            if (wrapped != null) {
                throw wrapped;
            }
            throw e;
        }
    }

    static ConflictException concurrentChange() {
        return new ConflictException("concurrent-change",
            "Dữ liệu vừa được người khác thay đổi; hãy tải lại và thử lại",
            "The data was changed concurrently; reload and retry");
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
            if (t instanceof SQLException sql && ("23505".equals(sql.getSQLState())
                || "23001".equals(sql.getSQLState()))) {
                return true; // unique violation (23001: H2 before its codes were aligned)
            }
            if (t instanceof SQLException sql && "40001".equals(sql.getSQLState())) {
                return true; // serialization failure / deadlock victim: retryable by the client
            }
        }
        return false;
    }
}
