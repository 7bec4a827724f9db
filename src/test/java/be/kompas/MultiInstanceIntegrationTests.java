package be.kompas;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import be.kompas.storage.JobLocks;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Two Kompas processes behind a load balancer, as two web applications in this JVM on one external PostgreSQL: a
 * session started on one is valid on the other, and a job that both fire runs once.
 */
class MultiInstanceIntegrationTests {

    @TempDir
    static Path dataDir;

    static EmbeddedPostgres database;
    static ConfigurableApplicationContext first;
    static ConfigurableApplicationContext second;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        database = EmbeddedPostgres.builder().setDataDirectory(dataDir.resolve("external")).setCleanDataDirectory(true)
                .setPort(0).start();
        // One after the other, so that only the first loads the demo data.
        first = start("first");
        second = start("second");
    }

    private static ConfigurableApplicationContext start(String name) {
        return new SpringApplicationBuilder(KompasApplication.class).run("--spring.profiles.active=test",
                "--server.port=0", "--kompas.data-dir=" + dataDir.resolve(name), "--kompas.sessions.jdbc=true",
                "--kompas.scheduling.enabled=false",
                "--spring.datasource.url=jdbc:postgresql://localhost:" + database.getPort() + "/postgres",
                "--spring.datasource.username=postgres");
    }

    @AfterAll
    static void stop() throws Exception {
        second.close();
        first.close();
        database.close();
    }

    @Test
    void aSessionStartedOnOneInstanceIsValidOnTheOther() throws Exception {
        var browser = HttpSignIn.signedIn(url(first, "").toString(), "demo.coordinator", "test-password-123");

        var home = browser.send(HttpRequest.newBuilder(url(second, "/")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("PZ Demostad").doesNotContain("id=\"password\"");
    }

    @Test
    void aJobThatBothInstancesFireAtOnceRunsOnce() {
        var runs = new AtomicInteger();
        var fromFirst = CompletableFuture.supplyAsync(() -> first.getBean(JobLocks.class)
                .runOnce("test.both-fire", Duration.ofMinutes(5), runs::incrementAndGet));
        var fromSecond = CompletableFuture.supplyAsync(() -> second.getBean(JobLocks.class)
                .runOnce("test.both-fire", Duration.ofMinutes(5), runs::incrementAndGet));

        assertThat(fromFirst.join() ^ fromSecond.join()).isTrue();
        assertThat(runs).hasValue(1);
        assertThat(second.getBean(JobLocks.class).runOnce("test.both-fire", Duration.ofMinutes(5),
                runs::incrementAndGet)).isFalse();
    }

    private static URI url(ConfigurableApplicationContext instance, String path) {
        return URI.create("http://localhost:" + instance.getEnvironment().getProperty("local.server.port") + path);
    }
}
