package eu.topcop.learn.platform.web;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;

import io.agroal.api.AgroalDataSource;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import org.hibernate.Interceptor;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.metamodel.mapping.AttributeMapping;
import org.hibernate.metamodel.mapping.BasicValuedModelPart;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.type.Type;

/**
 * Nothing longer than its column reaches the database. The limits are read from the schema itself
 * ({@code information_schema.columns}), so they are always the ones the migrations made, for every entity and
 * every text attribute, including those added later: no number is copied into the code. Before an entity is
 * inserted or updated, each text attribute is measured against its column, in characters and in UTF-8 bytes (a
 * {@code TEXT} column holds 65,535 bytes); a longer one is refused with a 422 naming the attribute, instead of
 * MariaDB's "Data too long" as a 500 or, worse, a silent cut. Requests check their own limits first
 * ({@code @Size}) to name the field as the client sent it; this is the line that holds when one is missing.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class ColumnLimits implements Interceptor {

    /** The limit of one text column. */
    record Limit(long characters, long bytes) {}

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Instance<EntityManagerFactory> entityManagerFactory;

    private volatile Map<String, Limit> columns;

    /** table.column of each text attribute of an entity class, found once. */
    private final Map<Class<?>, Map<String, String>> attributes = new ConcurrentHashMap<>();

    /** Reads the limits once the migrations have run, before anything else writes. */
    void load(@Observes @Priority(1) StartupEvent start) {
        columns();
    }

    @Override
    public boolean onPersist(Object entity, Object id, Object[] state, String[] names, Type[] types) {
        check(entity, state, names);
        return false;
    }

    @Override
    public boolean onFlushDirty(
            Object entity, Object id, Object[] state, Object[] previous, String[] names, Type[] types) {
        check(entity, state, names);
        return false;
    }

    private void check(Object entity, Object[] state, String[] names) {
        List<Problem.FieldError> problems = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            if (state[i] instanceof String text) {
                String name = names[i];
                problem(entity.getClass(), name, text)
                        .ifPresent(message -> problems.add(new Problem.FieldError(name, message)));
            }
        }
        if (!problems.isEmpty()) {
            throw new DomainException.Invalid("Too long to be stored", problems);
        }
    }

    /** What is wrong with storing this text in the attribute's column, or empty when it fits. */
    Optional<String> problem(Class<?> entity, String attribute, String text) {
        String column = attributesOf(entity).get(attribute);
        Limit limit = column == null ? null : columns().get(column);
        if (limit == null || (long) text.length() * 3 <= Math.min(limit.characters(), limit.bytes())) {
            return Optional.empty();
        }
        if (text.codePointCount(0, text.length()) > limit.characters()) {
            return Optional.of("is too long: at most " + limit.characters() + " characters");
        }
        if (text.getBytes(StandardCharsets.UTF_8).length > limit.bytes()) {
            return Optional.of("is too long: at most " + limit.bytes() + " bytes (fewer characters in some scripts)");
        }
        return Optional.empty();
    }

    private Map<String, String> attributesOf(Class<?> entity) {
        return attributes.computeIfAbsent(entity, type -> {
            SessionFactoryImplementor factory = entityManagerFactory.get().unwrap(SessionFactoryImplementor.class);
            EntityPersister persister = factory.getMappingMetamodel().getEntityDescriptor(type);
            Map<String, String> found = new HashMap<>();
            for (int i = 0; i < persister.getNumberOfAttributeMappings(); i++) {
                AttributeMapping attribute = persister.getAttributeMapping(i);
                if (attribute instanceof BasicValuedModelPart basic
                        && String.class.equals(attribute.getJavaType().getJavaTypeClass())) {
                    found.put(
                            attribute.getAttributeName(),
                            key(basic.getContainingTableExpression(), basic.getSelectionExpression()));
                }
            }
            return found;
        });
    }

    private Map<String, Limit> columns() {
        Map<String, Limit> known = columns;
        if (known == null) {
            synchronized (this) {
                if (columns == null) {
                    // Read on a connection of its own, not one enlisted in a transaction that is flushing.
                    columns = QuarkusTransaction.suspendingExisting().call(this::readSchema);
                }
                known = columns;
            }
        }
        return known;
    }

    private Map<String, Limit> readSchema() {
        Map<String, Limit> limits = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT table_name, column_name, character_maximum_length, character_octet_length"
                                + " FROM information_schema.columns WHERE table_schema = DATABASE()"
                                + " AND character_maximum_length IS NOT NULL")) {
            while (rows.next()) {
                limits.put(key(rows.getString(1), rows.getString(2)), new Limit(rows.getLong(3), rows.getLong(4)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the column limits of the schema", e);
        }
        return Map.copyOf(limits);
    }

    private static String key(String table, String column) {
        return (unquoted(table) + "." + unquoted(column)).toLowerCase(Locale.ROOT);
    }

    private static String unquoted(String name) {
        String plain = name.replace("`", "").replace("\"", "");
        return plain.substring(plain.lastIndexOf('.') + 1);
    }
}
