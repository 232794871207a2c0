package com.mediapatch;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements the current thread prepares, so a test can pin how many queries a
 * page costs (and N+1 cannot come back unnoticed), and which. Import {@link Counting} to wrap the data source.
 */
public final class SqlStatements {

    private static final ThreadLocal<AtomicInteger> PREPARED = ThreadLocal.withInitial(AtomicInteger::new);
    private static final int MAX_TEXTS = 1000;
    private static final ThreadLocal<List<String>> TEXTS = ThreadLocal.withInitial(ArrayList::new);

    private SqlStatements() {
    }

    /** Statements this thread prepared since it last asked. */
    public static int countSinceLastAsked() {
        return PREPARED.get().getAndSet(0);
    }

    /** The SQL of the statements this thread prepared since it last asked for them, in order. */
    public static List<String> textsSinceLastAsked() {
        List<String> texts = List.copyOf(TEXTS.get());
        TEXTS.get().clear();
        return texts;
    }

    /** Wraps the application's data source so that every statement prepared is counted. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Counting {

        @Bean
        static BeanPostProcessor countingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource dataSource ? proxy(DataSource.class, dataSource) : bean;
                }
            };
        }
    }

    private static <T> T proxy(Class<T> type, T target) {
        InvocationHandler handler = (self, method, arguments) -> {
            Object result = invoke(method, target, arguments);
            if (result instanceof Connection connection && method.getName().equals("getConnection")) {
                return proxy(Connection.class, connection);
            }
            if (method.getName().startsWith("prepare") || method.getName().equals("createStatement")) {
                PREPARED.get().incrementAndGet();
                List<String> texts = TEXTS.get();
                if (texts.size() == MAX_TEXTS) {
                    texts.remove(0); // threads that never ask keep only their latest statements
                }
                texts.add(arguments != null && arguments.length > 0 && arguments[0] instanceof String sql ? sql
                        : method.getName());
            }
            return result;
        };
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }

    private static Object invoke(Method method, Object target, Object[] arguments) throws Throwable {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
