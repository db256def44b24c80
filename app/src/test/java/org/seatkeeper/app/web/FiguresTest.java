package org.seatkeeper.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** What a person sees of a kept figure: their own change at once, a job's within about ten seconds, never a wait. */
class FiguresTest {

    private final AtomicLong nanos = new AtomicLong();
    private final Queue<Runnable> background = new ArrayDeque<>();
    private final Figures figures = new Figures(nanos::get, background::add);
    private final AtomicInteger unmappedAccounts = new AtomicInteger(3);

    private int shownCount() {
        return figures.get("badge:accounts", unmappedAccounts::get);
    }

    @Test
    void shouldShowAChangeAtOnceOnceFiguresAreForgotten() {
        assertEquals(3, shownCount());
        unmappedAccounts.set(2);
        assertEquals(3, shownCount(), "kept between two page views");

        figures.forget();

        assertEquals(2, shownCount());
    }

    @Test
    void shouldRecomputeAnOldFigureInTheBackgroundWhileTheReaderGetsTheKeptOne() {
        assertEquals(3, shownCount());
        unmappedAccounts.set(7);
        nanos.addAndGet(Figures.TTL.toNanos() + 1);

        assertEquals(3, shownCount(), "the reader does not wait for the recomputation");
        assertEquals(3, shownCount(), "nor does the next one while it runs");
        while (!background.isEmpty()) {
            background.poll().run();
        }

        assertEquals(7, shownCount());
    }

    @Test
    void shouldNeverShowAFigureOlderThanItsMaximumAge() {
        assertEquals(3, shownCount());
        unmappedAccounts.set(9);
        nanos.addAndGet(Figures.MAX_AGE.toNanos() + 1);

        assertEquals(9, shownCount());
    }
}
