package org.seatkeeper.app.system;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.seatkeeper.app.context.AppContext;
import org.seatkeeper.app.context.DataDirectory;
import org.seatkeeper.app.context.StartOptions;
import org.seatkeeper.app.demo.BackgroundDemo;
import org.seatkeeper.app.demo.DemoMail;
import org.seatkeeper.app.demo.DemoMode;
import org.seatkeeper.app.demo.DemoWiring;
import org.seatkeeper.app.jobs.JobsEngine;
import org.seatkeeper.app.jobs.NightlySchedule;
import org.seatkeeper.app.mail.OutboxDispatcher;
import org.seatkeeper.app.mail.SmtpSender;
import org.seatkeeper.app.reports.MorningReports;
import org.seatkeeper.app.users.PasswordHasher;
import org.seatkeeper.app.users.UserService;
import org.seatkeeper.app.users.UsersWiring;
import org.seatkeeper.app.web.Dashboard;
import org.seatkeeper.app.web.Templates;
import org.seatkeeper.app.web.WebServer;
import org.seatkeeper.db.Database;
import org.seatkeeper.db.audit.AuditLog;
import org.seatkeeper.db.mail.OutboxRepository;
import org.seatkeeper.db.secrets.SecretBox;
import org.seatkeeper.db.settings.SettingsRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * The composition root: opens the data directory and the database, wires every feature, starts Jetty and the
 * scheduler. {@link #close()} stops them in reverse order and shuts the database down cleanly.
 */
public final class Application implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Application.class);

    private final DataDirectory dataDirectory;
    private final Database database;
    private final WebServer web;
    private final ThreadPoolTaskScheduler scheduler;
    private final AppContext context;
    private final UserService users;
    private final FeatureWiring.Features features;
    private final List<AutoCloseable> closeables = new ArrayList<>();
    private BackgroundDemo demo;
    private DemoMail demoMail;

    private Application(StartOptions options) throws Exception {
        StartupTimer timer = new StartupTimer();
        dataDirectory = DataDirectory.open(options.dataDirectory());
        // jOOQ's first statement and the key's crypto library need no database: a second thread prepares them
        // while the database opens and migrates (both cores are busy either way; this takes them off the path)
        ExecutorService preparer = Executors.newSingleThreadExecutor(task -> new Thread(task, "start-up"));
        CompletableFuture<Void> sqlRendering = CompletableFuture.runAsync(Database::prepareSqlRendering, preparer);
        CompletableFuture<SecretBox> key = CompletableFuture.supplyAsync(() -> SecretBox.open(
                dataDirectory.secretKeyFile(), System.getenv(SecretBox.KEY_ENVIRONMENT_VARIABLE)), preparer);
        preparer.shutdown();
        AppConfig config;
        try {
            config = AppConfig.load(dataDirectory.configFile());
            database = Database.openFile(dataDirectory.databaseDirectory());
            timer.mark("database");
        } catch (RuntimeException e) {
            dataDirectory.close();
            throw e;
        }
        SecretBox secrets = joined(key);
        joined(sqlRendering);
        timer.mark("key");
        scheduler = new ThreadPoolTaskScheduler();
        // the nightly chain may wait hours for its jobs on one thread; mail and report timers use the others
        scheduler.setPoolSize(4);
        scheduler.setThreadNamePrefix("scheduler-");
        scheduler.setWaitForTasksToCompleteOnShutdown(false);
        scheduler.initialize();
        AuditLog audit = new AuditLog(database.dsl(), options.clock());
        // the web server's security filter asks the users about every request, so they come first
        users = UsersWiring.service(database, audit, new PasswordHasher(options.passwordHashCost()), options.clock());
        // building the web shell on a third thread while the database opened gained nothing measurable on two cores
        WebShell prepared = WebShell.build(options, config, users::isSetupDone, users::sessionStillValid);
        Templates templates = prepared.templates();
        web = prepared.web();
        OutboxDispatcher mail = new OutboxDispatcher(new OutboxRepository(database.dsl()), new SettingsRepository(database.dsl()),
                secrets, new SmtpSender(), database.transactions(), options.clock());
        context = new AppContext(options.clock(), database, secrets, audit, prepared.pages(), prepared.navigation(),
                new Dashboard(), web, scheduler, mail, options);
        SystemWiring.register(context, this::onScheduleChange);
        UsersWiring.register(context, users);
        timer.mark("core pages");
        if (options.demo()) {
            DemoMode.createAdministrator(users, dataDirectory.demoDirectory(), secrets);
            timer.mark("demo login");
        }
        try {
            // the sign-in pages are served while the feature areas are wired (StartupGate answers the rest)
            web.start();
            timer.mark("web server");
            features = FeatureWiring.register(context, closeables);
            SystemWiring.registerAdminNavigation(context);
            demoMail = options.demo() ? DemoWiring.register(context) : null;
            scheduler.scheduleWithFixedDelay(this::sendMail, Duration.ofMinutes(1));
            templates.warmUp("dashboard/dashboard.ftlh");
            web.openEveryPage();
            timer.mark("features");
        } catch (Exception e) {
            close();
            throw e;
        }
        LOG.info("Start-up phases: {}", timer);
        demo = options.demo() ? BackgroundDemo.startAfter(web.firstResponse(), context, features.jobs(),
                features.morningReports(), dataDirectory.demoDirectory(), demoMail) : BackgroundDemo.none();
    }

    /** The demo mode once its emulator and providers are ready (tests wait for it); empty when not in demo mode. */
    public Optional<DemoMode> awaitDemo(Duration timeout) throws Exception {
        return demo.await(timeout);
    }

    /** The value prepared on the start-up thread; its failure is thrown as it was. */
    private static <T> T joined(CompletableFuture<T> prepared) {
        try {
            return prepared.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** Starts Seatkeeper; the caller closes it. */
    public static Application start(StartOptions options) throws Exception {
        return new Application(options);
    }

    public URI uri() {
        return web.uri();
    }

    public AppContext context() {
        return context;
    }

    public UserService users() {
        return users;
    }

    /** The nightly schedule, whose chain of steps tests can run at once. */
    public NightlySchedule nightly() {
        return features.nightly();
    }

    /** The jobs engine: tests wait for a run with {@code jobs().runner().awaitCompletion(...)}. */
    public JobsEngine jobs() {
        return features.jobs();
    }

    /** The morning report's use cases: tests send it when its time has come, as its timer does. */
    public MorningReports morningReports() {
        return features.morningReports();
    }

    private void sendMail() {
        try {
            context.mail().dispatchPending();
        } catch (RuntimeException e) {
            LOG.warn("Sending mail from the outbox failed: {}", e.getMessage());
        }
    }

    private void onScheduleChange() {
        FeatureWiring.onSettingsChanged(context, features);
    }

    @Override
    public void close() {
        web.stop();
        scheduler.shutdown();
        for (int i = closeables.size() - 1; i >= 0; i--) {
            try {
                closeables.get(i).close();
            } catch (Exception e) {
                LOG.warn("Stopping {} failed: {}", closeables.get(i), e.getMessage());
            }
        }
        // after the jobs engine (running jobs end their current chunk): the demo's syncs still need the emulator
        if (demo != null) {
            demo.close();
        }
        if (demoMail != null) {
            demoMail.close();
        }
        database.close();
        dataDirectory.close();
    }
}
