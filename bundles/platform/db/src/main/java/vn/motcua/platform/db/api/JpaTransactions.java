package vn.motcua.platform.db.api;

import java.sql.SQLException;
import java.util.Set;
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
 * a unique-key violation at commit — into a 409 the client can retry, instead of a 500; a {@code MotCuaException}
 * thrown by the work comes out unwrapped (the transaction template wraps it). Shared by every JPA bundle.
 */
public final class JpaTransactions {
    private static final Set<String> RETRYABLE = Set.of("23505", "23001", "40001", "40P01", "55P03", "HYT00");

    private JpaTransactions() {
    }

    public static <R> R write(JpaTemplate jpa, Function<EntityManager, R> work) {
        return write(jpa, TransactionType.Required, work, JpaTransactions::concurrentChange);
    }

    /** As {@link #write(JpaTemplate, Function)}, reporting a lost race as {@code conflict}. */
    public static <R> R write(JpaTemplate jpa, Function<EntityManager, R> work, Supplier<ConflictException> conflict) {
        return write(jpa, TransactionType.Required, work, conflict);
    }

    /** In a transaction of its own that commits whatever the caller's transaction does later. */
    public static <R> R writeNew(JpaTemplate jpa, Function<EntityManager, R> work) {
        return write(jpa, TransactionType.RequiresNew, work, JpaTransactions::concurrentChange);
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

    public static ConflictException concurrentChange() {
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

    /**
     * Whether {@code e} is a lost race the client may retry: optimistic lock, unique violation (23505; 23001 in older
     * H2), serialization failure (40001), deadlock (40P01), lock wait timeout (PostgreSQL 55P03, H2 HYT00).
     */
    public static boolean isConcurrentChange(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OptimisticLockException
                || t.getClass().getName().equals("org.apache.openjpa.persistence.OptimisticLockException")) {
                return true;
            }
            if (t instanceof SQLException sql && RETRYABLE.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
