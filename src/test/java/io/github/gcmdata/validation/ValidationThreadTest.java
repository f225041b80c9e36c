package io.github.gcmdata.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** A second thread runs what it is handed in order, and fails as the tasks fail. */
class ValidationThreadTest {

    private static final int MANY = ValidationThread.BATCH_SIZE * (ValidationThread.BATCHES_IN_FLIGHT * 3) + 17;

    @Test
    void runsEveryTaskInTheOrderHandedOverOnAnotherThread() {
        List<Integer> ran = new ArrayList<>();
        AtomicReference<Thread> runner = new AtomicReference<>();
        try (ValidationThread validation = ValidationThread.start("gcm-test")) {
            for (int i = 0; i < MANY; i++) {
                int task = i;
                validation.submit(() -> {
                    runner.set(Thread.currentThread());
                    ran.add(task);
                });
            }
            validation.finish();
        }
        assertThat(ran).hasSize(MANY).isSorted().doesNotHaveDuplicates();
        assertThat(runner.get()).isNotSameAs(Thread.currentThread());
        assertThat(runner.get().getName()).isEqualTo("gcm-test");
        assertThat(runner.get().isAlive()).isFalse();
    }

    @Test
    void finishesAtOnceWhenNothingWasHandedOver() {
        ValidationThread validation = ValidationThread.start("gcm-test");
        validation.finish();
        validation.close();
    }

    @Test
    void rethrowsTheExceptionOfATaskAtFinishAndRunsNoTaskAfterIt() {
        IllegalStateException broken = new IllegalStateException("broken");
        AtomicInteger ranAfter = new AtomicInteger();
        try (ValidationThread validation = ValidationThread.start("gcm-test")) {
            validation.submit(() -> {
                throw broken;
            });
            validation.submit(ranAfter::incrementAndGet);

            assertThatThrownBy(validation::finish).isSameAs(broken);
        }
        assertThat(ranAfter).hasValue(0);
    }

    @Test
    void rethrowsTheExceptionOfATaskAtALaterHandOverSoThatReadingStops() {
        IllegalArgumentException broken = new IllegalArgumentException("broken");
        try (ValidationThread validation = ValidationThread.start("gcm-test")) {
            validation.submit(() -> {
                throw broken;
            });
            // Each hand-over of a full batch waits for the thread to take one, so it meets the failure soon.
            assertThatThrownBy(() -> {
                for (int i = 0; i < MANY * 10; i++) {
                    validation.submit(() -> { });
                }
            }).isSameAs(broken);
        }
    }

    @Test
    void rethrowsAnErrorOfATaskAsItIs() {
        StackOverflowError deep = new StackOverflowError("deep");
        try (ValidationThread validation = ValidationThread.start("gcm-test")) {
            validation.submit(() -> {
                throw deep;
            });

            assertThatThrownBy(validation::finish).isSameAs(deep);
        }
    }

    @Test
    void closingBeforeFinishingDropsTheTasksNotHandedOverAndEndsTheThread() {
        AtomicReference<Thread> runner = new AtomicReference<>();
        AtomicInteger lateTasks = new AtomicInteger();
        ValidationThread validation = ValidationThread.start("gcm-test");
        for (int i = 0; i < ValidationThread.BATCH_SIZE; i++) {
            validation.submit(() -> runner.set(Thread.currentThread()));
        }
        for (int i = 0; i < 10; i++) {
            validation.submit(lateTasks::incrementAndGet);
        }

        validation.close();

        assertThat(lateTasks).hasValue(0);
        if (runner.get() != null) {
            assertThat(runner.get().isAlive()).isFalse();
        }
        validation.close();
    }

    @Test
    void anInterruptDoesNotCutTheWorkShortAndIsKept() {
        AtomicInteger ran = new AtomicInteger();
        try (ValidationThread validation = ValidationThread.start("gcm-test")) {
            for (int i = 0; i < MANY; i++) {
                if (i == MANY / 2) {
                    Thread.currentThread().interrupt();
                }
                validation.submit(ran::incrementAndGet);
            }
            validation.finish();
        } finally {
            assertThat(Thread.interrupted()).as("interrupt kept").isTrue();
        }
        assertThat(ran).hasValue(MANY);
    }

    @Test
    void onTheCallersThreadRunsEachTaskAtOnceAndThrowsAtOnce() {
        List<Thread> runners = new ArrayList<>();
        IllegalStateException broken = new IllegalStateException("broken");
        try (ValidationThread validation = ValidationThread.onCallersThread()) {
            validation.submit(() -> runners.add(Thread.currentThread()));
            assertThat(runners).containsExactly(Thread.currentThread());

            assertThatThrownBy(() -> validation.submit(() -> {
                throw broken;
            })).isSameAs(broken);
            validation.finish();
        }
    }
}
