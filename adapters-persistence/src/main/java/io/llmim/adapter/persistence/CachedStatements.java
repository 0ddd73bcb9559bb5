package io.llmim.adapter.persistence;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The SQLite writer's connection with its prepared statements kept: preparing (parsing and
 * planning) every statement of every unit of work cost about 13% of the one writer thread
 * (BENCHMARKS.md, "Where new incidents stop"). {@code prepareStatement(sql)} answers the statement
 * prepared for that text before; closing it clears its parameters and batch instead, so callers
 * keep using try-with-resources. The newest {@link #MAX_STATEMENTS} texts are kept; closing the
 * connection closes them all. Only for a connection one thread uses at a time (the writer's):
 * PostgreSQL's driver keeps its own per-connection cache of server-side statements.
 */
final class CachedStatements implements InvocationHandler {

    static final int MAX_STATEMENTS = 256;

    private final Connection connection;
    private final Map<String, PreparedStatement> statements = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
            if (size() <= MAX_STATEMENTS) {
                return false;
            }
            closeQuietly(eldest.getValue());
            return true;
        }
    };

    private CachedStatements(Connection connection) {
        this.connection = connection;
    }

    /** {@code connection}, keeping the statements it prepares. */
    static Connection wrap(Connection connection) {
        return (Connection) Proxy.newProxyInstance(CachedStatements.class.getClassLoader(),
                new Class<?>[] {Connection.class}, new CachedStatements(connection));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        String name = method.getName();
        if (name.equals("prepareStatement") && args != null && args.length == 1 && args[0] instanceof String sql) {
            PreparedStatement kept = statements.get(sql);
            if (kept == null || kept.isClosed()) {
                kept = kept(connection.prepareStatement(sql));
                statements.put(sql, kept);
            }
            return kept;
        }
        if (name.equals("close")) {
            statements.values().forEach(CachedStatements::closeQuietly);
            statements.clear();
        }
        return delegate(connection, method, args);
    }

    /** A statement whose close only readies it for its next use. */
    private static PreparedStatement kept(PreparedStatement statement) {
        return (PreparedStatement) Proxy.newProxyInstance(CachedStatements.class.getClassLoader(),
                new Class<?>[] {PreparedStatement.class}, (proxy, method, args) -> {
                    if (method.getName().equals("close") && method.getParameterCount() == 0) {
                        statement.clearParameters();
                        statement.clearBatch();
                        return null;
                    }
                    if (method.getName().equals("unwrap") && args[0] == PreparedStatement.class) {
                        return statement;
                    }
                    return delegate(statement, method, args);
                });
    }

    private static Object delegate(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static void closeQuietly(PreparedStatement kept) {
        try {
            kept.unwrap(PreparedStatement.class).close();
        } catch (SQLException e) {
            // Closing a statement of a connection that is going away: nothing left to do.
        }
    }
}
