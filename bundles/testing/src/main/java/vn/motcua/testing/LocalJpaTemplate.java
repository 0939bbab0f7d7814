package vn.motcua.testing;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.function.UnaryOperator;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.EntityTransaction;
import javax.persistence.TransactionRequiredException;

import org.apache.aries.jpa.template.EmConsumer;
import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;

/**
 * {@link JpaTemplate} over a RESOURCE_LOCAL {@link EntityManagerFactory}, with the semantics the MotCua services rely
 * on from Aries JPA in OSGi:
 * <ul>
 * <li>one EntityManager (and at most one transaction) per thread, shared by nested calls, closed when the outermost
 * call returns;</li>
 * <li>{@code Required} joins the open transaction or begins one and commits it; an exception rolls an own transaction
 * back (a joined one is marked rollback-only) and is rethrown unchanged;</li>
 * <li>{@code Supports} joins or runs without a transaction; {@code Mandatory}/{@code Never} check;
 * {@code RequiresNew}/{@code NotSupported} run in a separate EntityManager, as a suspended JTA transaction would.</li>
 * </ul>
 */
public final class LocalJpaTemplate implements JpaTemplate {
    private final EntityManagerFactory emf;
    private final ThreadLocal<Deque<Scope>> scopes = ThreadLocal.withInitial(ArrayDeque::new);
    /** Lets a test see what the services do with the EntityManager (the transaction is always driven on the real one). */
    private volatile UnaryOperator<EntityManager> view = UnaryOperator.identity();

    private record Scope(EntityManager em, EntityManager view) {
    }

    public LocalJpaTemplate(EntityManagerFactory emf) {
        this.emf = Objects.requireNonNull(emf);
    }

    /** Hands the services a decorated EntityManager from now on (identity to undo). */
    public void setView(UnaryOperator<EntityManager> view) {
        this.view = Objects.requireNonNull(view);
    }

    /** The EntityManager of the current thread's open scope, or null. */
    public EntityManager current() {
        Scope s = scopes.get().peek();
        return s == null ? null : s.em();
    }

    @Override
    public <R> R txExpr(TransactionType type, EmFunction<R> code) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(code, "code");
        Deque<Scope> stack = scopes.get();
        Scope outer = stack.peek();
        boolean separate = type == TransactionType.RequiresNew
            || type == TransactionType.NotSupported && outer != null && outer.em().getTransaction().isActive();
        Scope scope = outer;
        if (outer == null || separate) {
            EntityManager em = emf.createEntityManager();
            scope = new Scope(em, view.apply(em));
            stack.push(scope);
        }
        boolean opened = scope != outer;
        EntityTransaction tx = scope.em().getTransaction();
        boolean begun = false;
        try {
            switch (type) {
                case Required, RequiresNew -> {
                    if (!tx.isActive()) {
                        tx.begin();
                        begun = true;
                    }
                }
                case Mandatory -> {
                    if (!tx.isActive()) {
                        throw new TransactionRequiredException("TransactionType.Mandatory outside a transaction");
                    }
                }
                case Never -> {
                    if (tx.isActive()) {
                        throw new IllegalStateException("TransactionType.Never inside a transaction");
                    }
                }
                case Supports, NotSupported -> {
                    // join whatever is there, or run without a transaction
                }
            }
            R result = code.apply(scope.view());
            if (begun) {
                tx.commit();
            }
            return result;
        } catch (RuntimeException | Error e) {
            try {
                if (begun && tx.isActive()) {
                    tx.rollback();
                } else if (!begun && tx.isActive()) {
                    tx.setRollbackOnly();
                }
            } catch (RuntimeException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        } finally {
            if (opened) {
                stack.pop();
                try {
                    if (scope.em().getTransaction().isActive()) {
                        scope.em().getTransaction().rollback();
                    }
                } finally {
                    scope.em().close();
                    if (stack.isEmpty()) {
                        scopes.remove();
                    }
                }
            }
        }
    }

    @Override
    public void tx(TransactionType type, EmConsumer code) {
        txExpr(type, em -> {
            code.accept(em);
            return null;
        });
    }

    @Override
    public <R> R txExpr(EmFunction<R> code) {
        return txExpr(TransactionType.Required, code);
    }

    @Override
    public void tx(EmConsumer code) {
        tx(TransactionType.Required, code);
    }
}
