package io.llmim.adapter.metrics;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Contains recording failures: every {@code Guarded*} decorator method is one {@code record} call,
 * which asks the {@link RecordingBreaker} policy whether to record, calls the port, and counts what
 * it throws. One guard serves every port, so {@code metrics_recording_failures_total} counts them
 * all. The try/catch costs nothing while nothing throws.
 */
final class RecordingGuard extends RecordingBreaker {

    RecordingGuard(int threshold, Duration coolDown, LongSupplier nanoTime) {
        super(threshold, coolDown, nanoTime);
    }

    static RecordingGuard standard() {
        return new RecordingGuard(100, Duration.ofMinutes(1), System::nanoTime);
    }

    /**
     * Calls {@code method} on {@code port} if recording is allowed now, and contains whatever it throws.
     * One overload per {@link PortMethod} shape: Java cannot abstract over the number of arguments
     * without a capturing lambda or an argument array, and either would allocate on every call.
     */
    <P> void record(P port, PortMethod.Of0<P> method) {
        if (allows()) {
            try {
                method.record(port);
                succeeded();
            } catch (RuntimeException failure) {
                failed(failure);
            }
        }
    }

    <P> void record(P port, long n, PortMethod.OfLong<P> method) {
        if (allows()) {
            try {
                method.record(port, n);
                succeeded();
            } catch (RuntimeException failure) {
                failed(failure);
            }
        }
    }

    <P, A> void record(P port, A a, PortMethod.Of1<P, A> method) {
        if (allows()) {
            try {
                method.record(port, a);
                succeeded();
            } catch (RuntimeException failure) {
                failed(failure);
            }
        }
    }

    <P, A, B> void record(P port, A a, B b, PortMethod.Of2<P, A, B> method) {
        if (allows()) {
            try {
                method.record(port, a, b);
                succeeded();
            } catch (RuntimeException failure) {
                failed(failure);
            }
        }
    }

    <P, A, B, C> void record(P port, A a, B b, C c, PortMethod.Of3<P, A, B, C> method) {
        if (allows()) {
            try {
                method.record(port, a, b, c);
                succeeded();
            } catch (RuntimeException failure) {
                failed(failure);
            }
        }
    }

    <P, A, B, C, D> void record(P port, A a, B b, C c, D d, PortMethod.Of4<P, A, B, C, D> method) {
        if (allows()) {
            try {
                method.record(port, a, b, c, d);
                succeeded();
            } catch (RuntimeException failure) {
                failed(failure);
            }
        }
    }

    <P, A, B, C, D, E> void record(P port, A a, B b, C c, D d, E e, PortMethod.Of5<P, A, B, C, D, E> method) {
        if (allows()) {
            try {
                method.record(port, a, b, c, d, e);
                succeeded();
            } catch (RuntimeException failure) {
                failed(failure);
            }
        }
    }

    <P, A> void record(P port, A a, long n, PortMethod.Of1Long<P, A> method) {
        if (allows()) {
            try {
                method.record(port, a, n);
                succeeded();
            } catch (RuntimeException failure) {
                failed(failure);
            }
        }
    }

    <P, A> void record(P port, A a, double x, PortMethod.Of1Double<P, A> method) {
        if (allows()) {
            try {
                method.record(port, a, x);
                succeeded();
            } catch (RuntimeException failure) {
                failed(failure);
            }
        }
    }

    <P, A, B> void record(P port, A a, B b, double x, PortMethod.Of2Double<P, A, B> method) {
        if (allows()) {
            try {
                method.record(port, a, b, x);
                succeeded();
            } catch (RuntimeException failure) {
                failed(failure);
            }
        }
    }

    <P, A, B> void record(P port, A a, B b, long n, long m, PortMethod.Of2LongLong<P, A, B> method) {
        if (allows()) {
            try {
                method.record(port, a, b, n, m);
                succeeded();
            } catch (RuntimeException failure) {
                failed(failure);
            }
        }
    }

    <P, A, B> void record(P port, A a, B b, boolean flag, long n, PortMethod.Of2BooleanLong<P, A, B> method) {
        if (allows()) {
            try {
                method.record(port, a, b, flag, n);
                succeeded();
            } catch (RuntimeException failure) {
                failed(failure);
            }
        }
    }

    <P, A, B, C> void record(P port, A a, B b, C c, long n, PortMethod.Of3Long<P, A, B, C> method) {
        if (allows()) {
            try {
                method.record(port, a, b, c, n);
                succeeded();
            } catch (RuntimeException failure) {
                failed(failure);
            }
        }
    }

    <P, A, B, C> void record(P port, A a, B b, C c, boolean flag, long n, PortMethod.Of3BooleanLong<P, A, B, C> method) {
        if (allows()) {
            try {
                method.record(port, a, b, c, flag, n);
                succeeded();
            } catch (RuntimeException failure) {
                failed(failure);
            }
        }
    }

    <P, A, B> void record(P port, A a, B b, int i, long n, long m, long k, PortMethod.Of2IntLongLongLong<P, A, B> method) {
        if (allows()) {
            try {
                method.record(port, a, b, i, n, m, k);
                succeeded();
            } catch (RuntimeException failure) {
                failed(failure);
            }
        }
    }
}
