package io.github.gcmdata.validation;

import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Runs tasks on one other thread, one after the other in the order they are handed over, so that
 * a stream is read on the caller's thread while what was read is validated on a second core, and
 * the report is the one a single thread makes.
 *
 * <p>Tasks travel in batches, so that the two threads meet once per batch rather than once per
 * record, and at most {@link #BATCHES_IN_FLIGHT} batches wait: the records waiting stay few, so
 * memory does not grow with the stream. The queue's hand-over is what makes each record, built
 * on the reading thread, visible whole to the validating one.
 *
 * <p>A task that throws stops the work: the tasks after it are dropped, and the reading thread
 * gets the same exception at its next {@link #submit} or at {@link #finish()}, so that validation
 * fails as it fails on one thread. Neither side can be interrupted midway, as validation on one
 * thread cannot: an interrupt is kept and set again on return.
 *
 * <p>Where the JVM has a single processor a second thread would only take turns with the first:
 * {@link #onCallersThread()} then runs each task at once, on the caller's thread.
 *
 * <p>Used by one reading thread; not for sharing.
 */
final class ValidationThread implements AutoCloseable {

    /** Tasks per batch: enough to make a hand-over rare beside the work of a batch of records. */
    static final int BATCH_SIZE = 256;
    /** Batches that may wait at once. */
    static final int BATCHES_IN_FLIGHT = 4;
    /** The batch that tells the thread that no task follows. */
    private static final Runnable[] END = new Runnable[0];

    private final BlockingQueue<Runnable[]> batches = new ArrayBlockingQueue<>(BATCHES_IN_FLIGHT);
    /** The validating thread, or null when tasks run on the caller's. */
    private final Thread thread;
    private Runnable[] batch = new Runnable[BATCH_SIZE];
    private int batchLength;
    private boolean ended;
    /** The first throwable of a task, set by the validating thread; read by the reading thread. */
    private volatile Throwable failure;
    /** Set by {@link #close()} before {@link #finish()}: the tasks not run yet are dropped. */
    private volatile boolean cancelled;

    private ValidationThread(String name) {
        if (name == null) {
            thread = null;
        } else {
            thread = new Thread(this::runBatches, name);
            // Should the caller never finish nor close, the thread must not keep the JVM alive.
            thread.setDaemon(true);
            thread.start();
        }
    }

    /**
     * Starts a second thread that runs the tasks.
     *
     * @param name  the thread's name, as thread dumps show it
     */
    static ValidationThread start(String name) {
        return new ValidationThread(name);
    }

    /** Returns a runner that runs each task at once on the caller's thread, when it is handed over. */
    static ValidationThread onCallersThread() {
        return new ValidationThread(null);
    }

    /**
     * Hands a task over; it runs after every task handed over before it.
     *
     * @param task  the task, not null
     * @throws RuntimeException  the exception a task threw, if one did (the same instance)
     * @throws Error  the error a task threw, if one did
     */
    void submit(Runnable task) {
        if (thread == null) {
            task.run();
            return;
        }
        rethrowFailure();
        batch[batchLength++] = task;
        if (batchLength == BATCH_SIZE) {
            handOver(batch);
            batch = new Runnable[BATCH_SIZE];
            batchLength = 0;
        }
    }

    /**
     * Waits until every task handed over has run.
     *
     * @throws RuntimeException  the exception a task threw, if one did (the same instance)
     * @throws Error  the error a task threw, if one did
     */
    void finish() {
        if (thread == null) {
            return;
        }
        end();
        rethrowFailure();
    }

    /**
     * Stops the thread when validation ends early, because reading failed: tasks not run yet are
     * dropped. Does nothing after {@link #finish()}.
     */
    @Override
    public void close() {
        if (thread != null && !ended) {
            cancelled = true;
            batches.clear();
            batchLength = 0;
            end();
        }
    }

    private void end() {
        if (batchLength > 0) {
            handOver(Arrays.copyOf(batch, batchLength));
            batchLength = 0;
        }
        handOver(END);
        ended = true;
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void handOver(Runnable[] tasks) {
        boolean interrupted = false;
        while (true) {
            try {
                batches.put(tasks);
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void runBatches() {
        while (true) {
            Runnable[] tasks;
            try {
                tasks = batches.take();
            } catch (InterruptedException e) {
                // The reading thread waits on this one until END: stopping here could leave it waiting for ever.
                continue;
            }
            if (tasks == END) {
                return;
            }
            // After a failure, batches are still taken, so that the reading thread never waits on a full queue.
            for (int i = 0; i < tasks.length && failure == null && !cancelled; i++) {
                try {
                    tasks[i].run();
                } catch (RuntimeException | Error e) {
                    failure = e;
                }
            }
        }
    }

    private void rethrowFailure() {
        Throwable thrown = failure;
        if (thrown instanceof RuntimeException exception) {
            throw exception;
        }
        if (thrown instanceof Error error) {
            throw error;
        }
    }
}
