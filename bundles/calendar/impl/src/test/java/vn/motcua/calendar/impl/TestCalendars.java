package vn.motcua.calendar.impl;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.persistence.EntityManagerFactory;
import javax.persistence.Persistence;

import vn.motcua.platform.api.audit.AuditLog;
import vn.motcua.platform.api.audit.AuditRecord;
import vn.motcua.platform.api.db.MigratedSchema;
import vn.motcua.testing.LocalJpaTemplate;
import vn.motcua.testing.TestDatabase;

/**
 * The calendar service wired as Declarative Services would, without OSGi, over a fresh migrated database; every
 * {@link #newNode} is another cluster node (own EntityManagerFactory, own compiled calendars) on the same database.
 */
final class TestCalendars implements AutoCloseable {
    final TestDatabase db = TestDatabase.create("calendar", List.of("calendar_year", "calendar_province"));
    final List<AuditRecord> audit = new CopyOnWriteArrayList<>();
    private final List<EntityManagerFactory> factories = new ArrayList<>();

    record Schema(String module, int version) implements MigratedSchema {
    }

    CalendarServiceImpl newNode(Map<String, Object> config) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("openjpa.ConnectionFactory", db.dataSource());
        EntityManagerFactory emf = Persistence.createEntityManagerFactory("motcua-calendar-test", properties);
        factories.add(emf);
        CalendarServiceImpl s = new CalendarServiceImpl();
        s.jpa = new LocalJpaTemplate(emf);
        s.schema = new Schema("calendar", db.schemaVersion());
        s.audit = (AuditLog) audit::add;
        s.configure(config(config));
        return s;
    }

    static CalendarConfig config(Map<String, Object> values) {
        return (CalendarConfig) Proxy.newProxyInstance(CalendarConfig.class.getClassLoader(),
            new Class<?>[] {CalendarConfig.class}, (proxy, method, args) -> switch (method.getName()) {
                case "annotationType" -> CalendarConfig.class;
                case "toString" -> "CalendarConfig" + values;
                case "hashCode" -> System.identityHashCode(proxy);
                case "equals" -> proxy == args[0];
                default -> values.containsKey(method.getName()) ? values.get(method.getName()) : method.getDefaultValue();
            });
    }

    @Override
    public void close() {
        try {
            factories.forEach(EntityManagerFactory::close);
        } finally {
            db.close();
        }
    }
}
