package vn.motcua.identity.impl;

import vn.motcua.testing.LocalJpaTemplate;
import vn.motcua.testing.MutableClock;
import vn.motcua.testing.TestDatabase;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManagerFactory;
import javax.persistence.Persistence;

import vn.motcua.platform.db.api.ClusterJob;
import vn.motcua.platform.api.db.MigratedSchema;
import vn.motcua.platform.api.messaging.OutboundMessage;

/**
 * The identity components wired as Declarative Services would wire them, without OSGi: a fresh migrated database, the
 * {@code motcua-identity-test} persistence unit over it, a {@link LocalJpaTemplate}, and each component's
 * package-private {@code @Reference} fields set by hand. {@link #newNode()} adds another "cluster node": its own
 * EntityManagerFactory and component instances (so its own caches) over the same database.
 */
final class TestIdentity implements AutoCloseable {
    /** Where every test's clock starts: 08:00 on 1 July 2025 in Vietnam. */
    static final Instant START = Instant.parse("2025-07-01T01:00:00Z");
    /** Identity tables, children before parents, for emptying between tests. */
    private static final List<String> TABLES = List.of("identity_session", "identity_representative",
        "identity_verification", "identity_position", "identity_account", "identity_login_throttle",
        "identity_signing_key");

    final TestDatabase db;
    /** Every component's clock, shared by all nodes; tests move it. */
    final MutableClock clock = new MutableClock(START);
    final FakeAgencyService agencies = new FakeAgencyService();
    final RecordingSender email = new RecordingSender(OutboundMessage.Channel.EMAIL);
    final RecordingSender sms = new RecordingSender(OutboundMessage.Channel.SMS);
    final RecordingAuditLog audit;
    private final List<Node> nodes = new ArrayList<>();
    /** The first node; most tests need no other. */
    final Node node;

    /** What the migration extender registers once the schema is current. */
    record Schema(String module, int version) implements MigratedSchema {
    }

    /** One node's components over the shared database. */
    final class Node implements AutoCloseable {
        final EntityManagerFactory emf;
        final LocalJpaTemplate jpa;
        ApplicantAccountServiceImpl applicants;
        AuthenticationServiceImpl auth;
        StaffAccountServiceImpl staff;
        OperatorBootstrap bootstrap;
        IdentityHealth health;
        IdentityAdministrationImpl admin;
        IdentityCleanup cleanup;
        OrganisationRepresentativeServiceImpl representatives;

        /** node-0, node-1, ... in the order of creation (the clean-up records it). */
        final String name = "node-" + nodes.size();

        Node() {
            Map<String, Object> properties = new HashMap<>();
            properties.put("openjpa.ConnectionFactory", db.dataSource());
            properties.put("openjpa.RuntimeUnenhancedClasses", "unsupported");
            emf = Persistence.createEntityManagerFactory("motcua-identity-test", properties);
            jpa = new LocalJpaTemplate(emf);
            wire(Configs.TEST);
        }

        /** New component instances (empty caches), configured with {@code config}, as after a bundle restart. */
        void wire(Map<String, Object> config) {
            MigratedSchema schema = new Schema("identity", db.schemaVersion());
            IdentityConfig c = Configs.identity(config);
            applicants = new ApplicantAccountServiceImpl();
            applicants.jpa = jpa;
            applicants.schema = schema;
            applicants.audit = audit;
            applicants.clock = clock;
            applicants.addSender(email);
            applicants.addSender(sms);
            applicants.configure(c);
            auth = new AuthenticationServiceImpl();
            auth.jpa = jpa;
            auth.schema = schema;
            auth.agencies = agencies;
            auth.audit = audit;
            auth.clock = clock;
            auth.configure(c);
            staff = new StaffAccountServiceImpl();
            staff.jpa = jpa;
            staff.schema = schema;
            staff.agencies = agencies;
            staff.audit = audit;
            staff.clock = clock;
            staff.configure(c);
            bootstrap = new OperatorBootstrap();
            bootstrap.staff = staff;
            representatives = new OrganisationRepresentativeServiceImpl();
            representatives.jpa = jpa;
            representatives.schema = schema;
            representatives.audit = audit;
            representatives.clock = clock;
            cleanup = new IdentityCleanup();
            cleanup.jpa = jpa;
            cleanup.schema = schema;
            cleanup.audit = audit;
            cleanup.clock = clock;
            cleanup.job = new ClusterJob("identity_job", IdentityCleanup.JOB, name);
            cleanup.configure(c);
            admin = new IdentityAdministrationImpl();
            admin.cleanup = cleanup;
            admin.jpa = jpa;
            admin.schema = schema;
            admin.staff = staff;
            admin.authentication = auth;
            admin.audit = audit;
            admin.clock = clock;
            health = new IdentityHealth();
            health.jpa = jpa;
            health.schema = schema;
            health.clock = clock;
        }

        /** Stops this node (an extra node a test closes is no longer reset or closed again). */
        @Override
        public void close() {
            nodes.remove(this);
            if (emf.isOpen()) {
                emf.close();
            }
        }
    }

    TestIdentity() {
        db = TestDatabase.create("identity", TABLES);
        audit = new RecordingAuditLog(() -> nodes.stream().anyMatch(n -> n.jpa.current() != null));
        try {
            node = newNode();
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    Node newNode() {
        Node n = new Node();
        nodes.add(n);
        return n;
    }

    /** The bootstrap component of another node (closed with this test identity). */
    OperatorBootstrap newNodeBootstrap() {
        return newNode().bootstrap;
    }

    /** Empty tables, fresh components on every node, time back at the start, nothing sent or audited. */
    void reset() {
        db.deleteAll();
        db.update("update identity_job set last_started_at = null, last_finished_at = null, last_node = null, "
            + "last_result = null");
        clock.set(START);
        agencies.reset();
        email.clear();
        sms.clear();
        audit.entries.clear();
        for (Node n : nodes) {
            n.jpa.setView(em -> em);
            n.wire(Configs.TEST);
        }
    }

    @Override
    public void close() {
        try {
            for (Node n : List.copyOf(nodes)) {
                n.close();
            }
        } finally {
            db.close();
        }
    }
}
