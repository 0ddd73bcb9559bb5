package io.llmim.adapter.metrics;

/**
 * The shapes of the metrics ports' methods, so that {@link RecordingGuard} can call any of them through
 * a method reference such as {@code MetricsPort::incidentCreated}: such a reference captures nothing,
 * so the JVM links one constant instance of it and a call allocates nothing, where a lambda over the
 * arguments would allocate on every call. Each shape is named by the parameters after the port;
 * primitives have shapes of their own so that nothing is boxed.
 */
final class PortMethod {

    private PortMethod() {
    }

    @FunctionalInterface
    interface Of0<P> {
        void record(P port);
    }

    @FunctionalInterface
    interface OfLong<P> {
        void record(P port, long n);
    }

    @FunctionalInterface
    interface Of1<P, A> {
        void record(P port, A a);
    }

    @FunctionalInterface
    interface Of2<P, A, B> {
        void record(P port, A a, B b);
    }

    @FunctionalInterface
    interface Of3<P, A, B, C> {
        void record(P port, A a, B b, C c);
    }

    @FunctionalInterface
    interface Of4<P, A, B, C, D> {
        void record(P port, A a, B b, C c, D d);
    }

    @FunctionalInterface
    interface Of5<P, A, B, C, D, E> {
        void record(P port, A a, B b, C c, D d, E e);
    }

    @FunctionalInterface
    interface Of1Long<P, A> {
        void record(P port, A a, long n);
    }

    @FunctionalInterface
    interface Of1Double<P, A> {
        void record(P port, A a, double x);
    }

    @FunctionalInterface
    interface Of2Double<P, A, B> {
        void record(P port, A a, B b, double x);
    }

    @FunctionalInterface
    interface Of2LongLong<P, A, B> {
        void record(P port, A a, B b, long n, long m);
    }

    @FunctionalInterface
    interface Of2BooleanLong<P, A, B> {
        void record(P port, A a, B b, boolean flag, long n);
    }

    @FunctionalInterface
    interface Of3Long<P, A, B, C> {
        void record(P port, A a, B b, C c, long n);
    }

    @FunctionalInterface
    interface Of3BooleanLong<P, A, B, C> {
        void record(P port, A a, B b, C c, boolean flag, long n);
    }

    @FunctionalInterface
    interface Of2IntLongLongLong<P, A, B> {
        void record(P port, A a, B b, int i, long n, long m, long k);
    }
}
