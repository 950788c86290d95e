package dk.tilknyt.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import dk.tilknyt.TilknytApplication;

/**
 * {@code bench/run web --users U --seconds S [--url URL] [--user NAME --password PW]} (bench.md): U concurrent
 * users sign in and click through the leader's pages (home, dashboard, comparison, goals, org, staff, inbox,
 * recruitment) for S seconds, over HTTP on loopback, and one JSON line reports the latencies. Without
 * {@code --url} it starts Tilknyt itself in demo mode on an in-memory database and uses a demo leader.
 */
public final class WebBench {

    private static final List<String> PAGES = List.of("/", "/keyfigures", "/keyfigures/compare", "/keyfigures/goals",
            "/org", "/staff", "/inbox", "/recruitment", "/recruitment/funnel");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private WebBench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Bench.options(args);
        int users = Math.max(1, Integer.parseInt(options.getOrDefault("users", "10")));
        int seconds = Math.max(1, Math.min(600, Integer.parseInt(options.getOrDefault("seconds", "30"))));
        String user = options.getOrDefault("user", "demo-leder-nord");
        String password = options.getOrDefault("password", user + "-2026!");
        ConfigurableApplicationContext app = null;
        String base = options.get("url");
        if (base == null) {
            app = startDemo();
            base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
            awaitHealthy(base);
        }
        if (!URI.create(base).getHost().matches("127\\.\\d+\\.\\d+\\.\\d+|localhost|\\[?::1]?")) {
            throw new IllegalArgumentException("The web benchmark only drives an application on loopback: " + base);
        }
        try {
            run(base, users, seconds, user, password);
        } finally {
            if (app != null) {
                app.close();
            }
        }
    }

    private static void run(String base, int users, int seconds, String user, String password) throws Exception {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(users);
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            int offset = i;
            running.add(pool.submit(() -> {
                HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                        .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
                if (!login(client, base, user, password)) {
                    errors.incrementAndGet();
                    return null;
                }
                for (int click = offset; System.nanoTime() < deadline; click++) {
                    String page = PAGES.get(click % PAGES.size());
                    long started = System.nanoTime();
                    try {
                        HttpResponse<Void> response = client.send(get(base + page), HttpResponse.BodyHandlers.discarding());
                        latencies.add(System.nanoTime() - started);
                        if (response.statusCode() >= 400) {
                            errors.incrementAndGet();
                        }
                    } catch (IOException e) {
                        errors.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        pool.shutdown();
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.println(String.format(Locale.ROOT,
                "{\"bench\":\"web\",\"users\":%d,\"seconds\":%d,\"requests\":%d,\"p50_ms\":%.1f,\"p95_ms\":%.1f,\"errors\":%d}",
                users, seconds, sorted.size(), percentile(sorted, 0.50), percentile(sorted, 0.95), errors.get()));
    }

    private static boolean login(HttpClient client, String base, String user, String password) throws Exception {
        String form = client.send(get(base + "/login"), HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = CSRF.matcher(form);
        if (!token.find()) {
            return false;
        }
        String body = "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(token.group(1));
        HttpResponse<Void> answer = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
        return answer.statusCode() == 302 && !answer.headers().firstValue("Location").orElse("").contains("error");
    }

    private static ConfigurableApplicationContext startDemo() {
        return new SpringApplicationBuilder(TilknytApplication.class).run(
                "--spring.datasource.url=jdbc:h2:mem:webbench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "--spring.datasource.username=sa", "--tilknyt.demo=true", "--server.port=0",
                "--spring.main.banner-mode=off", "--logging.level.root=WARN");
    }

    /** The demo loads in the background; health answers UP when it is done (at most ~2 minutes). */
    private static void awaitHealthy(String base) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        for (int i = 0; i < 240; i++) {
            HttpResponse<String> health = client.send(get(base + "/actuator/health"), HttpResponse.BodyHandlers.ofString());
            if (health.body().contains("\"UP\"")) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Tilknyt did not become healthy at " + base);
    }

    private static HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static double percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(p * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1e6;
    }
}
