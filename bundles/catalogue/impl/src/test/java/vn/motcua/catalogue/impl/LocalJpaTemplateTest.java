package vn.motcua.catalogue.impl;

import vn.motcua.testing.LocalJpaTemplate;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotSame;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import javax.persistence.EntityManager;
import javax.persistence.TransactionRequiredException;

import org.apache.aries.jpa.template.TransactionType;
import org.junit.Test;

import vn.motcua.catalogue.impl.entity.SectorEntity;

/** The test template itself must behave like Aries' for the service tests to mean anything. */
public class LocalJpaTemplateTest extends CatalogueTestSupport {

    private static SectorEntity sectorEntity(String code) {
        SectorEntity e = new SectorEntity();
        e.setCode(code);
        e.setNameVi("Lĩnh vực " + code);
        return e;
    }

    @Test
    public void requiredCommitsAndNestedCallsShareTheEntityManager() {
        EntityManager[] seen = new EntityManager[2];
        cat.jpa.tx(TransactionType.Required, em -> {
            seen[0] = em;
            em.persist(sectorEntity("A"));
            cat.jpa.tx(TransactionType.Required, inner -> {
                seen[1] = inner;
                assertTrue(inner.getTransaction().isActive());
                inner.persist(sectorEntity("B"));
            });
            assertTrue(em.getTransaction().isActive());
        });
        assertSame(seen[0], seen[1]);
        assertFalse(seen[0].isOpen());
        assertNull(cat.jpa.current());
        assertEquals(2, cat.db.count("cat_sector"));
    }

    @Test
    public void anExceptionRollsBackAndIsRethrownUnchanged() {
        IllegalArgumentException boom = new IllegalArgumentException("boom");
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
            () -> cat.jpa.tx(TransactionType.Required, em -> {
                em.persist(sectorEntity("A"));
                em.flush();
                throw boom;
            }));
        assertSame(boom, thrown);
        assertEquals(0, cat.db.count("cat_sector"));
        assertNull(cat.jpa.current());
    }

    @Test
    public void aFailureInAJoinedCallRollsBackTheWholeTransaction() {
        assertThrows(IllegalStateException.class, () -> cat.jpa.tx(TransactionType.Required, em -> {
            em.persist(sectorEntity("A"));
            cat.jpa.tx(TransactionType.Required, inner -> {
                throw new IllegalStateException("inner");
            });
        }));
        assertEquals(0, cat.db.count("cat_sector"));
    }

    @Test
    public void supportsRunsWithoutATransactionOrJoinsOne() {
        cat.jpa.tx(TransactionType.Supports, em -> assertFalse(em.getTransaction().isActive()));
        cat.jpa.tx(TransactionType.Required, em -> cat.jpa.tx(TransactionType.Supports, inner -> {
            assertSame(em, inner);
            assertTrue(inner.getTransaction().isActive());
        }));
        assertThrows(TransactionRequiredException.class, () -> cat.jpa.tx(TransactionType.Mandatory, em -> { }));
    }

    @Test
    public void requiresNewUsesItsOwnTransaction() {
        assertThrows(IllegalStateException.class, () -> cat.jpa.tx(TransactionType.Required, em -> {
            cat.jpa.tx(TransactionType.RequiresNew, inner -> {
                assertNotSame(em, inner);
                inner.persist(sectorEntity("KEPT"));
            });
            em.persist(sectorEntity("LOST"));
            em.flush();
            throw new IllegalStateException("outer fails");
        }));
        assertEquals(1, cat.db.count("cat_sector"));
    }

    @Test
    public void eachThreadHasItsOwnEntityManager() throws Exception {
        EntityManager[] other = new EntityManager[1];
        cat.jpa.tx(TransactionType.Required, em -> {
            Thread t = new Thread(() -> cat.jpa.tx(TransactionType.Supports, inner -> other[0] = inner));
            t.start();
            try {
                t.join();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            assertNotSame(em, other[0]);
        });
    }
}
