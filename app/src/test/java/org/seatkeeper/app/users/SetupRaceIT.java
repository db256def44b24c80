package org.seatkeeper.app.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.app.support.RawHttp;
import org.seatkeeper.app.support.RunningApp;
import org.seatkeeper.db.users.User;
import org.seatkeeper.db.users.UserRepository;

class SetupRaceIT {

    private final RunningApp app = RunningApp.start();

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void shouldCreateExactlyOneAdministratorWhenSetupsArriveTogether() {
        // given a fresh installation and twelve people on its setup page, each with a name of their own
        int people = 12;
        List<RawHttp> visitors = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            RawHttp visitor = new RawHttp(app.uri());
            tokens.add(visitor.csrfToken("/setup"));
            visitors.add(visitor);
        }

        // when they all submit at the same moment
        CyclicBarrier together = new CyclicBarrier(people);
        ExecutorService threads = Executors.newFixedThreadPool(people);
        List<HttpResponse<String>> answers;
        try {
            List<CompletableFuture<HttpResponse<String>>> futures = new ArrayList<>();
            for (int i = 0; i < people; i++) {
                int person = i;
                futures.add(CompletableFuture.supplyAsync(() -> {
                    await(together);
                    return visitors.get(person).post("/setup", RawHttp.form("_csrf", tokens.get(person),
                            "username", "admin" + person, "displayName", "Admin " + person,
                            "password", "lantern orbit 93 plume", "confirmPassword", "lantern orbit 93 plume"));
                }, threads));
            }
            answers = futures.stream().map(CompletableFuture::join).toList();
        } finally {
            threads.shutdownNow();
        }

        // then exactly one administrator exists, its creator is on the dashboard, the others are sent to sign in
        List<User> users = new UserRepository(app.application().context().database().dsl()).findAll();
        assertThat(users).hasSize(1);
        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(302);
        assertThat(answers).extracting(a -> a.headers().firstValue("Location").orElse(""))
                .filteredOn("/"::equals).hasSize(1);
        assertThat(answers).extracting(a -> a.headers().firstValue("Location").orElse(""))
                .filteredOn("/login"::equals).hasSize(people - 1);
        // and setup stays closed
        assertThat(new RawHttp(app.uri()).get("/setup").headers().firstValue("Location")).hasValue("/login");
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
